package dk.trinvis.render;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import dk.trinvis.util.CopenhagenTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The fixed words around a guide, in Danish and English. */
final class Labels {
    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private static final DateTimeFormatter DA_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final boolean en;

    Labels(Language language) {
        this.en = language == Language.EN;
    }

    String ready() {
        return en ? "What you need ready" : "Det skal du have klar";
    }

    String steps() {
        return en ? "Step by step" : "Trin for trin";
    }

    String processingTime() {
        return en ? "Processing time" : "Sagsbehandlingstid";
    }

    String help() {
        return en ? "Get help" : "Få hjælp";
    }

    String legal() {
        return en ? "Legal basis" : "Lovgrundlag";
    }

    String links() {
        return en ? "Links" : "Links";
    }

    String either() {
        return en ? "Do one of these:" : "Gør et af følgende:";
    }

    String optional() {
        return en ? "(optional)" : "(valgfrit)";
    }

    String openNow() {
        return en ? "open now" : "åben nu";
    }

    String opens(OffsetDateTime at) {
        return (en ? "opens " : "åbner ") + when(at);
    }

    String closes(OffsetDateTime at) {
        return (en ? "closes " : "lukker ") + when(at);
    }

    String closedOpeningUnknown() {
        return en ? "closed now; when it opens again is not known" : "lukket nu; hvornår der åbnes igen, kendes ikke";
    }

    String hoursUnknown() {
        return en ? "opening hours not known – contact it before you go"
                : "åbningstiden kendes ikke – kontakt stedet, før du går";
    }

    String guidanceOnly() {
        return en ? "guidance only" : "kun vejledning";
    }

    String when(OffsetDateTime at) {
        return at.atZoneSameInstant(CopenhagenTime.ZONE).format(en ? EN : DA);
    }

    String day(java.time.LocalDate date) {
        return date.format(en ? EN_DAY : DA_DAY);
    }

    String eventDate() {
        return en ? "Date" : "Dato";
    }

    String deadline() {
        return en ? "Deadline" : "Frist";
    }

    String journeyServices() {
        return en ? "What to do" : "Det skal du gøre";
    }

    String partOfJourney() {
        return en ? "Part of this journey" : "Del af dette forløb";
    }

    String previous() {
        return en ? "Previous" : "Forrige";
    }

    String next() {
        return en ? "Next" : "Næste";
    }

    String noGuide() {
        return en ? "There is no step-by-step guide for this service yet." : "Der er endnu ingen trin-for-trin-vejledning til denne ydelse.";
    }

    String openQuestion() {
        return en ? "Answer this for a more precise answer" : "Svar på dette for at få et mere præcist svar";
    }

    String selfService() {
        return en ? "Self-service" : "Selvbetjening";
    }

    /** One sentence saying what the decision means for the citizen. */
    String decision(Decision d) {
        OffsetDateTime until = d.until();
        dk.trinvis.model.Channel ch = d.channel();
        if (ch == null || until != null) {
            return until == null ? (en ? "The solution is down." : "Løsningen er ude af drift.")
                    : en ? "The solution is down until " + when(until) + "."
                    : "Løsningen er ude af drift indtil " + when(until) + ".";
        }
        String channel = switch (ch) {
            case SELF_SERVICE -> en ? "Use the digital self-service." : "Brug den digitale selvbetjening.";
            case ASSISTED -> en ? "Use the digital self-service; you can get help with it."
                    : "Brug den digitale selvbetjening; du kan få hjælp til den.";
            case ALTERNATIVE -> d.alternative() == dk.trinvis.model.Effect.NONE
                    ? en ? "There is no digital self-service for this; apply another way, as the steps say."
                    : "Der findes ingen digital selvbetjening til dette; søg på anden måde, som trinene beskriver."
                    : en ? "You can apply another way than digitally; the authority must offer it."
                    : "Du kan søge på anden måde end digitalt; myndigheden skal tilbyde det.";
        };
        String alternative = switch (d.alternative()) {
            case RIGHT_ON_REQUEST -> en ? " As you are exempt from Digital Post, you may ask for a non-digital way."
                    : " Da du er fritaget for Digital Post, kan du bede om en ikke-digital løsning.";
            case MAY_ACCEPT -> en ? " The authority may accept another channel." : " Myndigheden kan acceptere en anden kanal.";
            default -> "";
        };
        String authority = d.alternative() == dk.trinvis.model.Effect.NONE || d.authority() == null ? ""
                : en ? " A non-digital request is handled by " + d.authority().name() + "."
                : " En ikke-digital henvendelse behandles af " + d.authority().name() + ".";
        return channel + alternative + authority;
    }

    /** The help offer's state now, e.g. "open now", "opens Monday …", or that its hours are not known. */
    String state(Decision.Help h) {
        if (h.openNow() == null) {
            return hoursUnknown();
        }
        if (h.openNow()) {
            return h.closesAt() == null ? openNow() : openNow() + ", " + closes(h.closesAt());
        }
        return h.nextOpening() == null ? closedOpeningUnknown() : opens(h.nextOpening());
    }
}
