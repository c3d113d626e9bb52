package dk.trinvis.internal.cli;

import dk.trinvis.internal.util.Moment;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.JourneyFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for every typed option. A value they refuse is a {@link Refused}: a phrase
 * of the tools book, which {@link Main} prints in the language of the command line's
 * {@code --lang} (or the system's) with the option's name filled in, as one line.
 */
final class Converters {
    private Converters() {
    }

    /** A value an option does not take: the phrase to print, its slot {0} the option's name. */
    static final class Refused extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient @Nullable Object[] args;

        Refused(String key, @Nullable Object... args) {
            super(Phrase.text(Language.EN, key, withOption("the option", args)));
            this.key = key;
            this.args = args;
        }

        /** The message in a language, for the option of that name. */
        String message(Language words, String option) {
            return Phrase.text(words, key, withOption(option, args));
        }

        private static @Nullable Object[] withOption(String option, @Nullable Object[] args) {
            Object[] all = new Object[args.length + 1];
            all[0] = option;
            System.arraycopy(args, 0, all, 1, args.length);
            return all;
        }
    }

    /** {@code --at}, {@code --decide-at}: a moment, read as everywhere else ({@link Moment}). */
    static final class At implements ITypeConverter<Moment> {
        @Override
        public Moment convert(String text) {
            try {
                return Moment.parse(text);
            } catch (Moment.Invalid e) {
                throw switch (e.reason()) {
                    case FORMAT -> new Refused("cli.at.format", text);
                    case IMPOSSIBLE -> new Refused("cli.at.impossible", text);
                    case RANGE -> new Refused("cli.at.range", text, Moment.FIRST_YEAR, Moment.LAST_YEAR);
                };
            }
        }
    }

    /** {@code journey --at}: the day of a life event, in the same years as a moment. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return Moment.day(text);
            } catch (Moment.Invalid e) {
                throw e.reason() == Moment.Invalid.Reason.RANGE
                        ? new Refused("cli.at.range", text, Moment.FIRST_YEAR, Moment.LAST_YEAR)
                        : new Refused("cli.journey.at", text);
            }
        }
    }

    /** {@code --fact NAME=VALUE}; the value is typed later by the rule set's Facts. */
    static final class Fact implements ITypeConverter<FactArgument> {
        @Override
        public FactArgument convert(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new Refused("cli.fact.format", text);
            }
            return new FactArgument(text.substring(0, eq), text.substring(eq + 1));
        }
    }

    /** {@code --lang} of a request: an ISO 639 code; da, en and uk have every fixed sentence, others fall back to Danish. */
    static final class Lang implements ITypeConverter<Language> {
        @Override
        public Language convert(String text) {
            return Language.parse(text).orElseThrow(() -> new Refused("cli.lang.iso", text));
        }
    }

    /** {@code --lang} of the tools: Danish or English, the languages the tools book is written in. */
    static final class ToolLang implements ITypeConverter<Language> {
        @Override
        public Language convert(String text) {
            return Language.parse(text).filter(l -> l.equals(Language.DA) || l.equals(Language.EN))
                    .orElseThrow(() -> new Refused("cli.lang.unknown", text));
        }
    }

    /** {@code guide --format}: any of the renderers' formats. */
    static final class Guide implements ITypeConverter<GuideFormat> {
        @Override
        public GuideFormat convert(String text) {
            return GuideFormat.parse(text).orElseThrow(() -> new Refused("cli.format.render",
                    text.toLowerCase(Locale.ROOT)));
        }
    }

    /** {@code journey --format}: any of the journey renderers' formats. */
    static final class Journey implements ITypeConverter<JourneyFormat> {
        @Override
        public JourneyFormat convert(String text) {
            return JourneyFormat.parse(text).orElseThrow(() -> new Refused("cli.format.render",
                    text.toLowerCase(Locale.ROOT)));
        }
    }

    /** {@code interview --format}: asking on the terminal, or the state as JSON. */
    static final class Interview implements ITypeConverter<InterviewFormat> {
        @Override
        public InterviewFormat convert(String text) {
            for (InterviewFormat f : InterviewFormat.values()) {
                if (f.toString().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new Refused("cli.interview.format", text);
        }
    }

    /** {@code interview --audience}: who answers, a citizen or staff (the authority is no one at a terminal). */
    static final class Answerer implements ITypeConverter<Audience> {
        @Override
        public Audience convert(String text) {
            return Audience.parse(text.strip()).filter(a -> a != Audience.AUTHORITY)
                    .orElseThrow(() -> new Refused("cli.interview.audience", text));
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
