package dk.trinvis.bench;

import static java.util.Map.entry;

import dk.trinvis.internal.util.CopenhagenTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the bundled rules as an expert writes them in plain Java — one lookup for the
 * service's wave and area, every exemption ground tested once into a bit set, the strongest
 * alternative read from it, the time converted by the same transition table Trinvis uses, and
 * no allocation beyond the local moment and the result.
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

    /** The exemption grounds, strongest first, each a bit of the answer's {@code grounds}. */
    enum Ground {
        SAERLIGT_HANDICAP("saerligt-handicap"),
        KOGNITIV_FUNKTIONSNEDSAETTELSE("kognitiv-funktionsnedsaettelse"),
        MANGLENDE_DIGITALE_KOMPETENCER("manglende-digitale-kompetencer"),
        SOCIALT_UDSAT("socialt-udsat"),
        SPROGVANSKELIGHEDER("sprogvanskeligheder"),
        KAN_IKKE_FAA_MITID("kan-ikke-faa-mitid"),
        DIGITAL_POST_FRITAGET("digital-post-fritaget"),
        NAVNGIVNING_VED_DAAB("navngivning-ved-daab"),
        KLARE_OEKONOMISKE_FORDELE("klare-oekonomiske-fordele"),
        EFTER_SAGENS_KARAKTER_FLYTNING("efter-sagens-karakter-flytning"),
        EFTER_SAGENS_KARAKTER_SYGEDAGPENGE("efter-sagens-karakter-sygedagpenge");

        final String id;
        final int bit = 1 << ordinal();

        Ground(String id) {
            this.id = id;
        }
    }

    private static final int MUST_OFFER = Ground.SAERLIGT_HANDICAP.bit | Ground.KOGNITIV_FUNKTIONSNEDSAETTELSE.bit
            | Ground.MANGLENDE_DIGITALE_KOMPETENCER.bit | Ground.SOCIALT_UDSAT.bit | Ground.SPROGVANSKELIGHEDER.bit
            | Ground.KAN_IKKE_FAA_MITID.bit;
    private static final int RIGHT_ON_REQUEST = Ground.DIGITAL_POST_FRITAGET.bit | Ground.NAVNGIVNING_VED_DAAB.bit;

    /**
     * The hand-coded answer: requirement, channel, strongest alternative, and the matched grounds
     * as bits of {@link Ground} — what an expert returns when speed matters.
     */
    record Answer(String requirement, String channel, String alternative, int grounds) {
        Outcome outcome() {
            List<String> ids = new ArrayList<>();
            for (Ground g : Ground.values()) {
                if ((grounds & g.bit) != 0) {
                    ids.add(g.id);
                }
            }
            return new Outcome(requirement, channel, alternative, ids);
        }
    }

    private HandCoded() {
    }

    static Answer decide(Input r) {
        String name = r.service();
        Rules service = SERVICES.get(name);
        // The same Copenhagen conversion Trinvis uses: a table of the zone's transitions.
        LocalDateTime moment = CopenhagenTime.local(r.at());
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

        // Exemption grounds are decided only while self-service is required; each is tested, so
        // the answer names every ground that matched, not only the strongest.
        int grounds = 0;
        boolean required = requirement.equals("mandatory-digital") || requirement.equals("steered-digital");
        if (required) {
            Map<String, Object> f = r.facts();
            if (!day.isBefore(WAVE1)) {
                grounds |= is(f, "physicalImpairment") ? Ground.SAERLIGT_HANDICAP.bit : 0;
                grounds |= is(f, "cognitiveImpairment") ? Ground.KOGNITIV_FUNKTIONSNEDSAETTELSE.bit : 0;
                grounds |= is(f, "lacksDigitalSkills") ? Ground.MANGLENDE_DIGITALE_KOMPETENCER.bit : 0;
                grounds |= is(f, "sociallyVulnerable") || is(f, "noFixedAddress") ? Ground.SOCIALT_UDSAT.bit : 0;
                grounds |= is(f, "languageBarrier") ? Ground.SPROGVANSKELIGHEDER.bit : 0;
                grounds |= is(f, "cannotGetMitID") ? Ground.KAN_IKKE_FAA_MITID.bit : 0;
                grounds |= is(f, "clearAdvantage") ? Ground.KLARE_OEKONOMISKE_FORDELE.bit : 0;
            }
            if (!day.isBefore(DIGITAL_POST_RIGHT) && !service.area().equals("domstole") && is(f, "digitalPostExempt")) {
                grounds |= Ground.DIGITAL_POST_FRITAGET.bit;
            }
            if (!day.isBefore(WAVE2) && name.equals("navngivning") && is(f, "childBaptised")) {
                grounds |= Ground.NAVNGIVNING_VED_DAAB.bit;
            }
            if (!day.isBefore(WAVE2) && name.equals("flytning") && is(f, "suitableByNature")) {
                grounds |= Ground.EFTER_SAGENS_KARAKTER_FLYTNING.bit;
            }
            if (!day.isBefore(WAVE4) && name.equals("sygedagpenge") && is(f, "suitableByNature")) {
                grounds |= Ground.EFTER_SAGENS_KARAKTER_SYGEDAGPENGE.bit;
            }
        }
        String alternative = (grounds & MUST_OFFER) != 0 ? "must-offer"
                : (grounds & RIGHT_ON_REQUEST) != 0 ? "right-on-request"
                : grounds != 0 ? "may-accept" : "none";

        String channel;
        if (outage) {
            channel = null;
        } else if ((grounds & MUST_OFFER) != 0 || !service.digital()) {
            channel = "alternative";
        } else if (is(r.facts(), "needsHelp")) {
            channel = "assisted";
        } else {
            channel = "self-service";
        }
        return new Answer(requirement, channel, alternative, grounds);
    }

    private static boolean is(Map<String, Object> facts, String name) {
        return Boolean.TRUE.equals(facts.get(name));
    }
}
