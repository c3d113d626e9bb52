package dk.trinvis.cli;

import dk.trinvis.model.Language;
import dk.trinvis.render.GuideFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for option types whose messages say what to type instead. */
final class Converters {
    private Converters() {
    }

    /** {@code --at}: a Copenhagen local date-time, or a date meaning its midnight. */
    static final class LocalTime implements ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String text) {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "--at takes a Copenhagen local time like 2014-04-08T20:30, not '" + text + "'");
            }
        }
    }

    /** {@code --lang}: {@code da} or {@code en}. */
    static final class Lang implements ITypeConverter<Language> {
        @Override
        public Language convert(String text) {
            return Language.parse(text).orElseThrow(() -> new TypeConversionException(
                    "--lang must be da or en, not '" + text + "'"));
        }
    }

    /** {@code guide --format}: any of the renderers' formats. */
    static final class Guide implements ITypeConverter<GuideFormat> {
        @Override
        public GuideFormat convert(String text) {
            return GuideFormat.parse(text).orElseThrow(() -> new TypeConversionException(
                    "--format must be text, markdown, html, print or json, not '" + text.toLowerCase(Locale.ROOT) + "'"));
        }
    }
}
