package dk.trinvis.bench;

import static java.util.Map.entry;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.internal.util.CopenhagenTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The baseline: the bundled rules as an expert writes them in plain Java — one lookup for the
 * service's wave and area, the strongest exemption tested first, no allocation beyond the result.
 */
final class HandCoded {
    private static final LocalDate WAVE1 = LocalDate.of(2012, 12, 1);
    private static final LocalDate WAVE2 = LocalDate.of(2013, 12, 1);
    private static final LocalDate WAVE3 = LocalDate.of(2014, 12, 1);
    private static final LocalDate WAVE4 = LocalDate.of(2015, 12, 1);
    private static final LocalDate NEVER = LocalDate.MAX;
    private static final LocalDate HVIDOVRE_FROM = LocalDate.of(2012, 6, 1);
    private static final LocalDate DIGITAL_POST_RIGHT = LocalDate.of(2023, 6, 1);
    private static final LocalDateTime VARDE_FROM = LocalDateTime.of(2023, 11, 17, 0, 0);
    private static final LocalDateTime VARDE_TO = LocalDateTime.of(2023, 11, 28, 10, 0);

    private record Rules(LocalDate mandatoryFrom, String area, boolean digital) {
        Rules(LocalDate mandatoryFrom, String area) {
            this(mandatoryFrom, area, true);
        }
    }

    private static final Map<String, Rules> SERVICES = Map.ofEntries(
            entry("flytning", new Rules(WAVE1, "borgerservice")),
            entry("sundhedskort", new Rules(WAVE1, "sundhed")),
            entry("eu-sygesikringskort", new Rules(WAVE1, "sundhed")),
            entry("dagtilbud", new Rules(WAVE1, "boern-og-unge")),
            entry("skoleindskrivning", new Rules(WAVE1, "boern-og-unge")),
            entry("laegevalg", new Rules(WAVE2, "sundhed")),
            entry("navngivning", new Rules(WAVE2, "familie")),
            entry("faderskab", new Rules(WAVE2, "familie")),
            entry("fripladstilskud", new Rules(WAVE2, "boern-og-unge")),
            entry("cykeltyveri", new Rules(WAVE2, "politi")),
            entry("navne-adressebeskyttelse", new Rules(WAVE2, "borgerservice")),
            entry("boerne-ungeydelse", new Rules(WAVE3, "udbetaling-danmark")),
            entry("boligstoette", new Rules(WAVE3, "udbetaling-danmark")),
            entry("foertidspension", new Rules(WAVE3, "udbetaling-danmark")),
            entry("folkepension", new Rules(WAVE3, "udbetaling-danmark")),
            entry("byggetilladelse", new Rules(WAVE3, "byggeri")),
            entry("foraeldremyndighed", new Rules(WAVE3, "familie")),
            entry("separation-skilsmisse", new Rules(WAVE3, "familie")),
            entry("boernebidrag", new Rules(WAVE3, "familie")),
            entry("beboerindskudslaan", new Rules(WAVE3, "bolig")),
            entry("parkeringslicens", new Rules(WAVE3, "trafik")),
            entry("cpr-attest", new Rules(WAVE3, "borgerservice")),
            entry("fritagelse-digital-post", new Rules(NEVER, "borgerservice", false)),
            entry("sygedagpenge", new Rules(WAVE4, "beskaeftigelse")),
            entry("boerneattest", new Rules(WAVE4, "attester")),
            entry("personligt-tillaeg", new Rules(WAVE4, "pension")));

    private HandCoded() {
    }

    static Outcome decide(DecisionRequest r) {
        String name = r.service();
        Rules service = SERVICES.get(name);
        LocalDateTime moment = LocalDateTime.ofInstant(r.at(), CopenhagenTime.ZONE);
        LocalDate day = moment.toLocalDate();
        String municipality = r.municipality();
        boolean outage = municipality.equals("0573")
                && (name.equals("laegevalg") || name.equals("sundhedskort"))
                && !moment.isBefore(VARDE_FROM) && moment.isBefore(VARDE_TO);

        String requirement;
        if (outage) {
            requirement = "unavailable";
        } else if (!service.digital()) {
            requirement = "optional";
        } else if (!day.isBefore(service.mandatoryFrom())) {
            requirement = "mandatory-digital";
        } else if (municipality.equals("0167") && !day.isBefore(HVIDOVRE_FROM) && day.isBefore(WAVE1)
                && (service.area().equals("boern-og-unge") || service.area().equals("borgerservice"))) {
            requirement = "steered-digital";
        } else {
            requirement = "optional";
        }

        Map<String, Object> f = r.facts();
        // Exemption grounds are decided only while self-service is required.
        boolean required = requirement.equals("mandatory-digital") || requirement.equals("steered-digital");
        boolean lawInForce = required && !day.isBefore(WAVE1);
        boolean mustOffer = lawInForce && (is(f, "physicalImpairment") || is(f, "cognitiveImpairment")
                || is(f, "lacksDigitalSkills") || is(f, "sociallyVulnerable") || is(f, "noFixedAddress")
                || is(f, "languageBarrier") || is(f, "cannotGetMitID"));
        String alternative;
        if (!required) {
            alternative = "none";
        } else if (mustOffer) {
            alternative = "must-offer";
        } else if (!day.isBefore(DIGITAL_POST_RIGHT) && !service.area().equals("domstole")
                && is(f, "digitalPostExempt")
                || name.equals("navngivning") && !day.isBefore(WAVE2) && is(f, "childBaptised")) {
            alternative = "right-on-request";
        } else if (lawInForce && is(f, "clearAdvantage")
                || name.equals("flytning") && !day.isBefore(WAVE2) && is(f, "suitableByNature")
                || name.equals("sygedagpenge") && !day.isBefore(WAVE4) && is(f, "suitableByNature")) {
            alternative = "may-accept";
        } else {
            alternative = "none";
        }

        String channel;
        if (outage) {
            channel = null;
        } else if (mustOffer || !service.digital()) {
            channel = "alternative";
        } else if (is(f, "needsHelp")) {
            channel = "assisted";
        } else {
            channel = "self-service";
        }
        return new Outcome(requirement, channel, alternative);
    }

    private static boolean is(Map<String, Object> facts, String name) {
        return Boolean.TRUE.equals(facts.get(name));
    }
}
