package dk.trinvis;

import dk.trinvis.internal.yaml.RuleSetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the folders a {@link RuleSetHolder} watches looked like: those it was given, as given (a
 * link's target is part of a folder's fingerprint), and those a load read besides, such as a
 * layer's base, by their real paths.
 *
 * @param prints each folder's fingerprint, given folders first
 * @param reals  the real paths of every folder in {@code prints}
 */
record Watched(Map<Path, RuleSetFiles.Fingerprint> prints, Set<Path> reals) {
    /** Takes the fingerprints now. */
    static Watched of(List<Path> given, List<Path> read) {
        Map<Path, RuleSetFiles.Fingerprint> prints = new LinkedHashMap<>();
        Set<Path> reals = new HashSet<>();
        for (Path g : given) {
            prints.put(g, RuleSetFiles.fingerprint(g));
            reals.add(real(g));
        }
        for (Path r : read) {
            if (reals.add(real(r))) {
                prints.put(r, RuleSetFiles.fingerprint(r));
            }
        }
        return new Watched(prints, reals);
    }

    /** Whether every folder a load read was watched during it. */
    boolean covers(List<Path> read) {
        return read.stream().map(Watched::real).allMatch(reals::contains);
    }

    /** The latest modification time of any file, in epoch milliseconds. */
    long newestModified() {
        return prints.values().stream().mapToLong(RuleSetFiles.Fingerprint::newestModified).max().orElse(0);
    }

    /** Every folder's fingerprint, after its path: equal texts, equal folders. */
    String text() {
        StringBuilder b = new StringBuilder();
        prints.forEach((folder, print) -> b.append("# ").append(folder).append('\n').append(print.text()));
        return b.toString();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
