package dk.trinvis.cli;

import dk.trinvis.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: the rule set every command works on, the bundled Danish set when absent.
 * A picocli mixin, so each command takes its rule set the same way.
 */
final class RuleSetOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rule-set folder (default: the bundled Danish set).")
    Path rules;

    /**
     * The folder named by {@code --rules}, or by the positional PATH older versions took; null for
     * the bundled set.
     */
    Path folder(Path positional) {
        if (rules != null && positional != null && !rules.equals(positional)) {
            throw new UsageException("give the rule set once: --rules " + rules + " or " + positional + ", not both");
        }
        return rules != null ? rules : positional;
    }

    static RuleSet load(Path folder) {
        if (folder == null) {
            return RuleSet.bundled();
        }
        // A wrong folder is a usage error: one line, exit 2, not a rule-set problem list.
        if (folder.toString().isBlank()) {
            throw new UsageException("the rule-set folder is empty text; give a folder, e.g. guides");
        }
        if (!Files.exists(folder)) {
            throw new UsageException("no rule-set folder at " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException(folder + " is a file; give the folder that holds the rule set's .yaml files");
        }
        return RuleSet.load(folder);
    }

    /** What to put before a problem's file so the printed path opens from the current folder. */
    static String prefix(Path folder) {
        return folder == null ? "guides" : folder.toString();
    }
}
