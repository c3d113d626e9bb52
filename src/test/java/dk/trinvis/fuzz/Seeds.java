package dk.trinvis.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The checked-in seeds of the fuzzers, and mutations of them drawn from jqwik's randomness. */
public final class Seeds {
    private Seeds() {
    }

    /** One seed per line of a file under src/test/resources/fuzz; {@code \n} in a line is a line end. */
    public static List<String> lines(String name) {
        try {
            return Files.readAllLines(Path.of("src/test/resources/fuzz").resolve(name)).stream()
                    .filter(l -> !l.isBlank()).map(l -> l.replace("\\n", "\n")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seed with a few edits made of the given tokens: insertions, deletions, replacements and
     * truncations. The seed alone comes out too, so every seed is tried as written.
     */
    public static Arbitrary<String> mutated(List<String> seeds, List<String> tokens) {
        return Arbitraries.randoms().map(random -> mutate(seeds.get(random.nextInt(seeds.size())), tokens, random));
    }

    /** Strings made of the tokens only: syntax soup. */
    public static Arbitrary<String> soup(List<String> tokens, int maxTokens) {
        return Arbitraries.of(tokens).list().ofMaxSize(maxTokens).map(l -> String.join("", l));
    }

    static String mutate(String seed, List<String> tokens, Random random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = random.nextInt(5);
        for (int i = 0; i < edits; i++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, tokens.get(random.nextInt(tokens.size())));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(6)));
                case 2 -> b.replace(at, Math.min(b.length(), at + 1), tokens.get(random.nextInt(tokens.size())));
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }
}
