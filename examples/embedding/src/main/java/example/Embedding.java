package example;

import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.RuleSet;
import dk.trinvis.render.GuideFormat;
import java.time.LocalDateTime;

/** The shortest useful embedding: load the Danish rules, decide, print the guide. */
public final class Embedding {
    public static void main(String[] args) {
        RuleSet rules = RuleSet.bundled();
        DecisionRequest request = DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-04-08T10:00"))
                .fact("hasMitID", false);
        Decision decision = rules.decide(request);
        System.out.println(decision.requirement().value() + " / " + decision.channel().value());
        System.out.print(GuideFormat.TEXT.renderer().render(rules.guide(request)));
    }
}
