package dk.trinvis.internal.interview;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Condition;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Guide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.internal.util.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The facts any rule of a service refers to: its exemption grounds, the assist rules and the
 * conditions of its guides' steps. An interview never asks anything else, so the ones not yet
 * answered bound the questions still to come.
 */
final class Scope {
    private final RuleSetModel model;
    private final Map<String, Set<String>> byService = new HashMap<>();

    Scope(CompiledRuleSet compiled) {
        this.model = compiled.model();
        Map<Condition, Expression> expressions = compiled.expressions();
        // Each rule's facts once, and each service's guides by service: not per service, nor a scan of every guide.
        List<ExemptionGround> grounds = model.grounds();
        List<Set<String>> groundFacts = new ArrayList<>();
        for (ExemptionGround g : grounds) {
            groundFacts.add(addFacts(expressions.get(g.when()), new TreeSet<>()));
        }
        Set<String> assistFacts = new TreeSet<>();
        for (AssistRule a : model.assistRules()) {
            addFacts(expressions.get(a.when()), assistFacts);
        }
        Map<String, List<Guide>> guides = new HashMap<>();
        for (Guide g : model.guides()) {
            guides.computeIfAbsent(g.service(), k -> new ArrayList<>()).add(g);
        }
        for (Service s : model.services().values()) {
            Set<String> facts = new TreeSet<>();
            for (int i = 0; i < grounds.size(); i++) {
                ExemptionGround g = grounds.get(i);
                boolean applies = (g.areas().isEmpty() || g.areas().contains(s.area()))
                        && !g.exceptAreas().contains(s.area());
                if (applies) {
                    facts.addAll(groundFacts.get(i));
                }
            }
            facts.addAll(assistFacts);
            for (Guide g : guides.getOrDefault(s.id(), List.of())) {
                addSteps(g.steps(), expressions, facts);
            }
            byService.put(s.id(), facts);
        }
    }

    private static void addSteps(List<Step> steps, Map<Condition, Expression> expressions, Set<String> facts) {
        for (Step st : steps) {
            if (st.when() != null) {
                addFacts(expressions.get(st.when()), facts);
            }
            addSteps(st.steps(), expressions, facts);
            addSteps(st.oneOf(), expressions, facts);
        }
    }

    private static Set<String> addFacts(@Nullable Expression e, Set<String> facts) {
        if (e == null) {
            return facts;
        }
        for (String name : e.names()) {
            String id = Names.factId(name);
            if (id != null) {
                facts.add(id);
            }
        }
        return facts;
    }

    /** How many facts of these services the audience may still be asked, given the answers. */
    int unanswered(Collection<String> services, Audience audience, Set<String> answered) {
        Set<String> open = new TreeSet<>();
        for (String s : services) {
            for (String f : byService.getOrDefault(s, Set.of())) {
                if (!answered.contains(f) && audience.mayAsk(Objects.requireNonNull(model.facts().get(f), "rules ask declared facts").askedOf())) {
                    open.add(f);
                }
            }
        }
        return open.size();
    }
}
