package dk.trinvis.cli;

import dk.trinvis.RuleSet;
import java.nio.file.Path;

/** Loads the rule set a command names, or the bundled one, and says how to print its paths. */
final class RuleSetOption {
    private RuleSetOption() {
    }

    static RuleSet load(Path path) {
        return path == null ? RuleSet.bundled() : RuleSet.load(path);
    }

    /** What to put before a problem's file so the printed path opens from the current folder. */
    static String prefix(Path path) {
        return path == null ? "guides" : path.toString();
    }
}
