package dk.trinvis.internal.cli;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import picocli.CommandLine.Option;

/**
 * {@code --lang da|en}: the language of what a tool prints for editors and testers (check, test,
 * diff, new, preview). A picocli mixin, so each command takes it the same way; JSON stays English.
 */
final class ToolLanguage {
    @Option(names = "--lang", paramLabel = "da|en", description = "Language of what the command prints for you; "
            + "default: Danish when the system language is Danish, else English. JSON stays English.")
    String lang;

    /** The language asked for, or the system's (Danish or English) when none was. */
    Language language() {
        return lang == null ? Phrase.defaultLanguage() : Language.parse(lang)
                .orElseThrow(() -> new UsageException(Phrase.text(Phrase.defaultLanguage(), "cli.lang.unknown", lang)));
    }
}
