package dk.trinvis.bench;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.internal.util.CopenhagenTime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Camunda DMN 7 deciding the same requests, the way an application embeds it: the tables parsed
 * once, the request turned into variables on each call (as any caller must), the tables evaluated.
 */
abstract class CamundaDecider {
    final DmnEngine engine;
    private final Map<String, String> areas = new HashMap<>();
    private final List<String> facts;

    CamundaDecider(RuleSetModel model, DmnEngine engine, List<String> facts) {
        this.engine = engine;
        this.facts = facts;
        for (Service s : model.services().values()) {
            areas.put(s.id(), s.area());
        }
    }

    abstract Outcome decide(DecisionRequest r);

    /** The request's variables: service, municipality, area, day, moment and each fact read (unknown = false). */
    VariableMap variables(DecisionRequest r) {
        LocalDateTime moment = LocalDateTime.ofInstant(r.at(), CopenhagenTime.ZONE);
        VariableMap v = Variables.createVariables()
                .putValue("service", r.service())
                .putValue("municipality", r.municipality())
                .putValue("area", areas.get(r.service()))
                .putValue("day", moment.toLocalDate())
                .putValue("moment", moment);
        for (String f : facts) {
            v.putValue(f, Boolean.TRUE.equals(r.facts().get(f)));
        }
        return v;
    }

    static DmnDecision decision(DmnEngine engine, String xml, String key) {
        return engine.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
    }

    /** The expert tables (three FIRST tables) on the default FEEL engine, or with every expression in JUEL. */
    static final class Expert extends CamundaDecider {
        private final DmnDecision requirement;
        private final DmnDecision alternative;
        private final DmnDecision channel;

        Expert(RuleSetModel model, ExpertTables.Dialect dialect) {
            super(model, engine(dialect), ExpertTables.facts(model));
            String xml = ExpertTables.dmn(model, dialect);
            requirement = decision(engine, xml, "requirement");
            alternative = decision(engine, xml, "alternative");
            channel = decision(engine, xml, "channel");
        }

        private static DmnEngine engine(ExpertTables.Dialect dialect) {
            DefaultDmnEngineConfiguration config =
                    (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            if (dialect == ExpertTables.Dialect.JUEL) {
                // All three, not only the input entries: FEEL parses each input expression on every
                // evaluation, and with only the entries in JUEL the 20 column headers cost 1.6 MB a call.
                String juel = DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE;
                config.setDefaultInputEntryExpressionLanguage(juel);
                config.setDefaultInputExpressionExpressionLanguage(juel);
                config.setDefaultOutputEntryExpressionLanguage(juel);
            }
            return config.buildEngine();
        }

        @Override
        Outcome decide(DecisionRequest r) {
            VariableMap v = variables(r);
            String req = engine.evaluateDecisionTable(requirement, v).getSingleEntry();
            // As in a DRD: the alternative decision is only taken while self-service is required.
            String alt = required(req) ? engine.evaluateDecisionTable(alternative, v).getSingleEntry() : "none";
            v.putValue("requirement", req);
            v.putValue("alternative", alt);
            String ch = engine.evaluateDecisionTable(channel, v).getSingleEntry();
            return new Outcome(req, ch, alt);
        }
    }

    /** Whether digital self-service is required, so that exemption grounds are decided at all. */
    static boolean required(String requirement) {
        return requirement.equals("mandatory-digital") || requirement.equals("steered-digital");
    }

    /** Today's generated tables ({@link NaiveTables}) on the default engine; ranking and channel in Java. */
    static final class Naive extends CamundaDecider {
        private final DmnDecision requirement;
        private final DmnDecision alternative;
        private final List<String> paperOnly;

        Naive(RuleSetModel model) {
            super(model, DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                    model.facts().values().stream().filter(f -> f.type() == FactType.BOOLEAN).map(Fact::id).toList());
            paperOnly = ExpertTables.paperOnly(model);
            String xml = NaiveTables.dmn(model);
            requirement = decision(engine, xml, "requirement");
            alternative = decision(engine, xml, "alternative");
        }

        @Override
        Outcome decide(DecisionRequest r) {
            VariableMap v = variables(r);
            String req = engine.evaluateDecisionTable(requirement, v).getSingleEntry();
            String best = "none";
            List<Object> effects = required(req) ? engine.evaluateDecisionTable(alternative, v).collectEntries("effect")
                    : List.of();
            for (Object effect : effects) {
                if (ExpertTables.strength((String) effect) > ExpertTables.strength(best)) {
                    best = (String) effect;
                }
            }
            String ch = req.equals("unavailable") ? null
                    : best.equals("must-offer") || paperOnly.contains(r.service()) ? "alternative"
                    : Boolean.TRUE.equals(r.facts().get("needsHelp")) ? "assisted" : "self-service";
            return new Outcome(req, ch, best);
        }
    }
}
