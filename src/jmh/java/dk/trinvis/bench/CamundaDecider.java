package dk.trinvis.bench;

import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
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
    private final boolean isoText;

    /**
     * @param isoText whether day and moment are passed as the ISO text JUEL cells compare with,
     *                instead of the LocalDate and LocalDateTime FEEL's temporal literals compare with
     */
    CamundaDecider(RuleSetModel model, DmnEngine engine, List<String> facts, boolean isoText) {
        this.engine = engine;
        this.facts = facts;
        this.isoText = isoText;
        for (Service s : model.services().values()) {
            areas.put(s.id(), s.area());
        }
    }

    abstract Answer decide(Input r);

    /** The request's variables: service, municipality, area, day, moment and each fact read (unknown = false). */
    VariableMap variables(Input r) {
        // The same Copenhagen conversion Trinvis and the hand-coded baseline use.
        LocalDateTime moment = CopenhagenTime.local(r.at());
        VariableMap v = Variables.createVariables()
                .putValue("service", r.service())
                .putValue("municipality", r.municipality())
                .putValue("area", areas.get(r.service()));
        if (isoText) {
            v.putValue("day", moment.toLocalDate().toString()).putValue("moment", moment.toString());
        } else {
            v.putValue("day", moment.toLocalDate()).putValue("moment", moment);
        }
        Map<String, Object> given = r.facts();
        for (String f : facts) {
            v.putValue(f, Boolean.TRUE.equals(given.get(f)));
        }
        return v;
    }

    static DmnDecision decision(DmnEngine engine, String xml, String key) {
        return engine.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
    }

    /** Whether digital self-service is required, so that exemption grounds are decided at all. */
    static boolean required(String requirement) {
        return requirement.equals("mandatory-digital") || requirement.equals("steered-digital");
    }

    /**
     * The expert tables on the default FEEL engine, or with every expression in JUEL; the channel
     * from the third table, or (two tables) in Java as an application would compute it.
     */
    static final class Expert extends CamundaDecider {
        private final DmnDecision requirement;
        private final DmnDecision alternative;
        private final DmnDecision channel;
        private final Set<String> paperOnly;

        Expert(RuleSetModel model, ExpertTables.Dialect dialect, boolean channelTable) {
            super(model, engine(dialect), ExpertTables.facts(model), dialect == ExpertTables.Dialect.JUEL);
            String xml = ExpertTables.dmn(model, dialect);
            requirement = decision(engine, xml, "requirement");
            alternative = decision(engine, xml, "alternative");
            channel = channelTable ? decision(engine, xml, "channel") : null;
            paperOnly = Set.copyOf(ExpertTables.paperOnly(model));
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
        Answer decide(Input r) {
            VariableMap v = variables(r);
            String req = engine.evaluateDecisionTable(requirement, v).getSingleEntry();
            String alt = "none";
            List<Object> grounds = List.of();
            // As in a DRD: the alternative decision is only taken while self-service is required.
            if (required(req)) {
                DmnDecisionTableResult matched = engine.evaluateDecisionTable(alternative, v);
                if (!matched.isEmpty()) {
                    alt = matched.get(0).getEntry("alternative");
                    grounds = matched.collectEntries("ground");
                }
            }
            String ch;
            if (channel != null) {
                v.putValue("requirement", req);
                v.putValue("alternative", alt);
                ch = engine.evaluateDecisionTable(channel, v).getSingleEntry();
            } else {
                ch = req.equals("unavailable") ? null
                        : alt.equals("must-offer") || paperOnly.contains(r.service()) ? "alternative"
                        : Boolean.TRUE.equals(r.facts().get("needsHelp")) ? "assisted" : "self-service";
            }
            return new Answer(req, ch, alt, grounds);
        }
    }

    /** The first generated tables ({@link NaiveTables}) on the default engine; ranking and channel in Java. */
    static final class Naive extends CamundaDecider {
        private final DmnDecision requirement;
        private final DmnDecision alternative;
        private final List<String> paperOnly;

        Naive(RuleSetModel model) {
            super(model, DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                    model.facts().values().stream().filter(f -> f.type() == FactType.BOOLEAN).map(Fact::id).toList(),
                    false);
            paperOnly = ExpertTables.paperOnly(model);
            String xml = NaiveTables.dmn(model);
            requirement = decision(engine, xml, "requirement");
            alternative = decision(engine, xml, "alternative");
        }

        @Override
        Answer decide(Input r) {
            VariableMap v = variables(r);
            String req = engine.evaluateDecisionTable(requirement, v).getSingleEntry();
            String best = "none";
            List<Object> grounds = new ArrayList<>();
            if (required(req)) {
                DmnDecisionTableResult matched = engine.evaluateDecisionTable(alternative, v);
                for (Map<String, Object> row : matched.getResultList()) {
                    String effect = (String) row.get("effect");
                    grounds.add(row.get("ground"));
                    if (ExpertTables.strength(effect) > ExpertTables.strength(best)) {
                        best = effect;
                    }
                }
            }
            String ch = req.equals("unavailable") ? null
                    : best.equals("must-offer") || paperOnly.contains(r.service()) ? "alternative"
                    : Boolean.TRUE.equals(r.facts().get("needsHelp")) ? "assisted" : "self-service";
            return new Answer(req, ch, best, grounds);
        }
    }
}
