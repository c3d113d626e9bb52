package dk.trinvis.decide;

import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;

/** The trace's sentences in Danish and English. */
final class Say {
    private final Language language;

    Say(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    String it(String da, String en) {
        return language == Language.EN ? en : da;
    }

    String periodApplies(String from, String basis) {
        return it("Digital selvbetjening er obligatorisk fra " + from + " (" + basis + "); papir afvises, medmindre en undtagelse gælder.",
                "Digital self-service is mandatory from " + from + " (" + basis + "); paper is rejected unless an exemption applies.");
    }

    String periodNotYet(String from) {
        return it("Obligatorisk digital selvbetjening gælder først fra " + from + ".",
                "Mandatory digital self-service applies only from " + from + ".");
    }

    String periodEnded(String to) {
        return it("Perioden med obligatorisk digital selvbetjening sluttede " + to + ".",
                "The period of mandatory digital self-service ended on " + to + ".");
    }

    String steers(Municipality municipality, String from) {
        return it(municipality.authorityName() + " styrer mod digital selvbetjening fra " + from
                        + " med hjælp; papir modtages stadig.",
                municipality.authorityName() + " steers citizens to digital self-service from " + from
                        + ", with help; paper is still accepted.");
    }

    String steerNotInForce(Municipality municipality) {
        return it(municipality.authorityName() + "s lokale politik gælder ikke på dette tidspunkt.",
                municipality.authorityName() + "'s local policy does not apply at this moment.");
    }

    String noSelfService() {
        return it("Der findes ingen digital selvbetjening til denne ydelse; den søges på anden måde.",
                "There is no digital self-service for this service; it is applied for another way.");
    }

    String optional() {
        return it("Ingen regel gør digital selvbetjening obligatorisk; borgeren kan vælge kanal.",
                "No rule makes digital self-service mandatory; the citizen may choose the channel.");
    }

    String outage(String until, boolean selfServiceDown) {
        return selfServiceDown
                ? it("Løsningen er ude af drift indtil " + until + "; den kan ikke bruges før da.",
                "The solution is down until " + until + "; it cannot be used before then.")
                : it("Der er driftsforstyrrelser indtil " + until + "; nogle steder kan ikke hjælpe før da.",
                "There is an outage until " + until + "; some places cannot help before then.");
    }

    String outageNotNow() {
        return it("Driftsforstyrrelsen dækker ikke dette tidspunkt.", "The outage does not cover this moment.");
    }

    String groundMatched(String title, String effectText, String authority) {
        return it("Undtagelse: " + title + ". " + effectText + authority,
                "Exemption: " + title + ". " + effectText + authority);
    }

    String effect(dk.trinvis.model.Effect effect) {
        return switch (effect) {
            case MUST_OFFER -> it("Myndigheden skal tilbyde en anden måde end digital selvbetjening.",
                    "The authority must offer another way than digital self-service.");
            case MAY_ACCEPT -> it("Myndigheden kan undlade at afvise en ikke-digital henvendelse.",
                    "The authority may accept a non-digital application.");
            case RIGHT_ON_REQUEST -> it("Borgeren har ret til den ikke-digitale løsning, hvis borgeren beder om det.",
                    "The citizen has a right to the non-digital alternative when they ask for it.");
            case NONE -> "";
        };
    }

    String groundNotMatched(String title) {
        return it("Undtagelsen '" + title + "' gælder ikke for borgeren.", "The exemption '" + title + "' does not apply to the citizen.");
    }

    String groundUnknown(String title, String facts) {
        return it("Undtagelsen '" + title + "' kan ikke afgøres uden oplysning om: " + facts + ".",
                "The exemption '" + title + "' cannot be decided without: " + facts + ".");
    }

    String groundNotNeeded(String title) {
        return it("Undtagelsen '" + title + "' afgøres ikke: der er intet krav om digital selvbetjening at undtage fra nu.",
                "The exemption '" + title + "' is not decided: there is no requirement of digital self-service to be exempt"
                        + " from now.");
    }

    String groundNotInForce(String title) {
        return it("Undtagelsen '" + title + "' gælder ikke på dette tidspunkt.",
                "The exemption '" + title + "' is not in force at this moment.");
    }

    String groundAreaExcluded(String title) {
        return it("Undtagelsen '" + title + "' gælder ikke for dette område.",
                "The exemption '" + title + "' does not apply to this area.");
    }

    String authority(String who) {
        return who == null ? "" : it(" Det afgøres af: " + who + ".", " Decided by: " + who + ".");
    }

    String assist(String title) {
        return it("Borgeren får hjælp til den digitale løsning: " + title + ".", "The citizen gets help with the digital solution: " + title + ".");
    }

    String assistNot(String title) {
        return it("Reglen om hjælp '" + title + "' gælder ikke.", "The help rule '" + title + "' does not apply.");
    }

    String offerOpen(String name, String closesAt) {
        return closesAt == null ? it(name + " har åbent nu.", name + " is open now.")
                : it(name + " har åbent nu og lukker " + closesAt + ".", name + " is open now and closes " + closesAt + ".");
    }

    String offerHoursUnknown(String name) {
        return it("Åbningstiden for " + name + " kendes ikke; kontakt stedet før du tager af sted.",
                "The opening hours of " + name + " are not known; contact it before you go.");
    }

    String offerDown(String name, String until) {
        return it(name + " er ramt af driftsforstyrrelsen indtil " + until + " og vises ikke.",
                name + " is hit by the outage until " + until + " and is not listed.");
    }

    String offerNext(String name, String next) {
        return next == null ? it(name + " har lukket nu; hvornår der åbnes igen, kendes ikke.",
                name + " is closed now; when it opens again is not known.")
                : it(name + " har lukket nu; åbner igen " + next + ".", name + " is closed now; opens again " + next + ".");
    }

    String offerClosedForGood(String name) {
        return it(name + " åbner ikke igen inden for et år og vises ikke.", name + " does not open again within a year and is not listed.");
    }

    String offerNotInForce(String name) {
        return it(name + " findes ikke på dette tidspunkt.", name + " does not exist at this moment.");
    }

}
