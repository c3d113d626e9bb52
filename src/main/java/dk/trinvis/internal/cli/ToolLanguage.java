package dk.trinvis.internal.cli;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --lang da|en}: the language of what a tool prints for editors and testers (check, test,
 * diff, new, preview). A picocli mixin, so each command takes it the same way; JSON stays English.
 */
final class ToolLanguage {
    @Option(names = "--lang", paramLabel = "da|en", converter = Converters.ToolLang.class,
            description = "Language of what the command prints for you; "
            + "default: Danish when the system language is Danish, else English. JSON stays English.")
    @Nullable Language lang;

    /** The language asked for, or the system's (Danish or English) when none was. */
    Language language() {
        return lang == null ? Phrase.defaultLanguage() : lang;
    }

    /**
     * The language of a command line's messages before picocli has read it: its {@code --lang} when
     * that names a language, else the system's. Used to word a refused option value.
     */
    static Language of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Language.parse(value).orElse(Phrase.defaultLanguage());
            }
        }
        return Phrase.defaultLanguage();
    }
}
