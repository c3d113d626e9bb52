package dk.trinvis.cli;

import dk.trinvis.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the rule set a command names, or the bundled one, and says how to print its paths. */
final class RuleSetOption {
    private RuleSetOption() {
    }

    static RuleSet load(Path path) {
        if (path != null && !Files.exists(path)) {
            throw new UsageException("there is no folder " + path + " (give the folder that holds the rule set's .yaml files)");
        }
        return path == null ? RuleSet.bundled() : RuleSet.load(path);
    }

    /** What to put before a problem's file so the printed path opens from the current folder. */
    static String prefix(Path path) {
        return path == null ? "guides" : path.toString();
    }
}
