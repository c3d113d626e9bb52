package dk.trinvis.internal.insight;

import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The report's fixed words in one language, from the tools' phrase book ({@code report.*}). */
final class Words {
    final Language lang;
    final Locale locale;

    Words(Language lang) {
        this.lang = lang.isDanish() ? Language.DA : Language.EN;
        this.locale = this.lang.isDanish() ? Locale.forLanguageTag("da-DK") : Locale.UK;
    }

    String t(String key, @Nullable Object... args) {
        return Phrase.text(lang, "report." + key, args);
    }

    String effect(Effect e) {
        return t("effect." + e.value());
    }

    String weekday(int isoDay) {
        return t("weekday." + isoDay);
    }

    String count(long n) {
        return Cells.grouped(n, locale);
    }

    String percent(double share) {
        return Cells.percent(share, locale);
    }

    String hour(int hour) {
        return String.format(Locale.ROOT, "%02d:00", hour);
    }
}
