package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.yaml.LayerStack;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: the rule set every command works on, the bundled Danish set when absent.
 * A picocli mixin, so each command takes its rule set the same way.
 */
final class RuleSetOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rule-set folder (default: the bundled Danish set).")
    @Nullable Path rules;

    /**
     * The folder named by {@code --rules}, or by the positional PATH older versions took; null for
     * the bundled set. A usage error, in the language given, when both name different folders.
     */
    @Nullable Path folder(@Nullable Path positional, Language lang) {
        if (rules != null && positional != null && !rules.equals(positional)) {
            throw new UsageException(Phrase.text(lang, "cli.rules.twice", rules, positional));
        }
        return rules != null ? rules : positional;
    }

    /**
     * The rule set in the folder, or the bundled one for null; a wrong folder is a usage error, and
     * a rule set that does not load a {@link LoadFailure}, in the language given.
     */
    static RuleSet load(@Nullable Path folder, Language lang) {
        try {
            return read(folder, lang);
        } catch (RuleSetException e) {
            throw LoadFailure.of(e, prefix(folder), lang);
        }
    }

    /** As {@link #load}, leaving the problems of a rule set that does not load to the caller. */
    static RuleSet read(@Nullable Path folder, Language lang) {
        if (folder == null) {
            return RuleSet.bundled();
        }
        usable(folder, lang);
        return RuleSet.load(folder);
    }

    /** A wrong folder is a usage error: one line, exit 2, not a rule-set problem list. */
    static void usable(Path folder, Language lang) {
        if (folder.toString().isBlank()) {
            throw new UsageException(Phrase.text(lang, "cli.rules.blank"));
        }
        if (!Files.exists(folder)) {
            throw new UsageException(Phrase.text(lang, "cli.rules.missing", folder));
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException(Phrase.text(lang, "cli.rules.file", folder));
        }
    }

    /**
     * The layer in the folder on another base: a folder, or {@code bundled}; wrong folders are usage
     * errors in the language given, the problems of a rule set that does not load the caller's.
     */
    static RuleSet layerOn(Path layer, String base, Language lang) {
        if (layer == null) {
            throw new UsageException(Phrase.text(lang, "cli.base.noLayer"));
        }
        usable(layer, lang);
        Path folder = base.equals(LayerStack.BUNDLED) ? null : Path.of(base);
        if (folder != null) {
            usable(folder, lang);
        }
        return RuleSet.layerOn(layer, folder);
    }

    /** A base with layers, as a server or the preview takes them; load errors as {@link #load} says them. */
    static RuleSet stacked(Path base, List<Path> layers, Language lang) {
        if (base != null) {
            usable(base, lang);
        }
        layers.forEach(l -> usable(l, lang));
        try {
            return RuleSet.stacked(base, layers);
        } catch (RuleSetException e) {
            throw LoadFailure.of(e, base == null ? "" : base.toString(), lang);
        }
    }

    /** What to put before a problem's file so the printed path opens from the current folder. */
    static String prefix(@Nullable Path folder) {
        return folder == null ? "guides" : folder.toString();
    }
}
