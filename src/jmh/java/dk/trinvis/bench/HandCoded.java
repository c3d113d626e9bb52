package dk.trinvis.bench;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.util.CopenhagenTime;
import java.time.LocalDate;
import java.util.Map;

/** The baseline: the same requirement and alternative written as plain Java ifs for the bundled set. */
final class HandCoded {
    private static final LocalDate WAVE1 = LocalDate.of(2012, 12, 1);
    private static final LocalDate WAVE2 = LocalDate.of(2013, 12, 1);
    private static final LocalDate WAVE3 = LocalDate.of(2014, 12, 1);
    private static final LocalDate WAVE4 = LocalDate.of(2015, 12, 1);
    private static final LocalDate HVIDOVRE = LocalDate.of(2012, 6, 1);
    private static final LocalDate DIGITAL_POST = LocalDate.of(2023, 6, 1);

    private HandCoded() {
    }

    /** Requirement and alternative packed as "requirement/alternative". */
    static String decide(DecisionRequest r) {
        LocalDate day = r.at().atZone(CopenhagenTime.ZONE).toLocalDate();
        LocalDate from = switch (r.service()) {
            case "flytning", "sundhedskort", "eu-sygesikringskort", "dagtilbud", "skoleindskrivning" -> WAVE1;
            case "laegevalg", "navngivning", "faderskab", "fripladstilskud", "cykeltyveri", "navne-adressebeskyttelse" -> WAVE2;
            case "sygedagpenge", "boerneattest", "personligt-tillaeg" -> WAVE4;
            default -> WAVE3;
        };
        String requirement;
        if (!day.isBefore(from)) {
            requirement = "mandatory-digital";
        } else if (r.municipality().equals("0167") && !day.isBefore(HVIDOVRE) && day.isBefore(WAVE1)
                && (r.service().equals("flytning") || r.service().equals("dagtilbud")
                || r.service().equals("skoleindskrivning") || r.service().equals("fripladstilskud")
                || r.service().equals("navne-adressebeskyttelse") || r.service().equals("cpr-attest"))) {
            requirement = "steered-digital";
        } else {
            requirement = "optional";
        }
        Map<String, Object> f = r.facts();
        String alternative = "none";
        if (!day.isBefore(WAVE1)) {
            if (is(f, "clearAdvantage")) {
                alternative = "may-accept";
            }
            if (is(f, "physicalImpairment") || is(f, "cognitiveImpairment") || is(f, "lacksDigitalSkills")
                    || is(f, "sociallyVulnerable") || is(f, "noFixedAddress") || is(f, "languageBarrier")
                    || is(f, "cannotGetMitID")) {
                alternative = "must-offer";
            }
        }
        if (!day.isBefore(DIGITAL_POST) && is(f, "digitalPostExempt")) {
            alternative = "right-on-request";
        }
        return requirement + "/" + alternative;
    }

    private static boolean is(Map<String, Object> facts, String name) {
        return Boolean.TRUE.equals(facts.get(name));
    }
}
