package dk.trinvis.cli;

import dk.trinvis.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the rule set a command names, or the bundled one, and says how to print its paths. */
final class RuleSetOption {
    private RuleSetOption() {
    }

    static RuleSet load(Path path) {
        if (path == null) {
            return RuleSet.bundled();
        }
        // A wrong path is a usage error: one line, exit 2, not a rule-set problem list.
        if (path.toString().isBlank()) {
            throw new UsageException("the rule-set folder is empty text; give a folder, e.g. guides");
        }
        if (!Files.exists(path)) {
            throw new UsageException("no rule-set folder at " + path);
        }
        if (!Files.isDirectory(path)) {
            throw new UsageException(path + " is a file; give the folder that holds the rule set's .yaml files");
        }
        return RuleSet.load(path);
    }

    /** What to put before a problem's file so the printed path opens from the current folder. */
    static String prefix(Path path) {
        return path == null ? "guides" : path.toString();
    }
}
