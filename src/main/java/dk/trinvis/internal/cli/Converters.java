package dk.trinvis.internal.cli;

import dk.trinvis.model.Language;
import dk.trinvis.render.GuideFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for option types whose messages say what to type instead. ({@code --at} is
 * parsed by RequestOptions: it takes offsets and warns about clock changes, which needs the error stream.)
 */
final class Converters {
    private Converters() {
    }

    /** {@code --lang}: an ISO 639 code; Danish, English and Ukrainian have every fixed sentence, others fall back to Danish. */
    static final class Lang implements ITypeConverter<Language> {
        @Override
        public Language convert(String text) {
            return Language.parse(text).orElseThrow(() -> new TypeConversionException(
                    "--lang must be an ISO 639 language code such as da, en or uk, not '" + text + "'"));
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

    /** {@code --events-max-size}: bytes, or a whole number with K, M or G (binary: 1K = 1,024 bytes). */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})\\s*([KMG]?)I?B?")
                    .matcher(text.trim().toUpperCase(Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("a size is a positive whole number of bytes, or with K, M or G (e.g. 64M), not '"
                        + text + "'");
            }
            int shift = switch (m.group(2)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            return Long.parseLong(m.group(1)) << shift;
        }
    }
}
