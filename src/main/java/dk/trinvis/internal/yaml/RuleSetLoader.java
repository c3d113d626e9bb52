package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a rule set from its files: all-or-nothing, every problem reported at once. */
public final class RuleSetLoader {
    private RuleSetLoader() {
    }

    /** Most documents a rule set may hold: forty times the bundled Danish set. */
    public static final int MAX_DOCUMENTS = 20_000;

    /**
     * Most languages a rule set's texts may be written in, Danish counted: more than the EU's 24
     * official languages and the languages Danish municipalities translate into. Each one multiplies
     * the sentences prepared at load.
     */
    public static final int MAX_LANGUAGES = Scalars.MAX_LANGUAGES;

    /**
     * Most sentence sets the decision engine may prepare: services × (exemption grounds + assist
     * rules) × languages. About 0.7 KiB each, so a rule set within it loads under {@code -Xmx256m}
     * with room to spare; 1,000 services with 50 grounds in 3 languages is 150,000.
     */
    public static final long MAX_SENTENCE_SETS = 250_000;

    /** Loads the files; throws {@link RuleSetException} with every problem when any is an error. */
    public static CompiledRuleSet load(List<SourceFile> files, Problems problems) {
        return load(files, problems, null);
    }

    /** Loads the files of a release (its id, or null for plain files); all or nothing as {@link #load(List, Problems)}. */
    public static CompiledRuleSet load(List<SourceFile> files, Problems problems, @Nullable String release) {
        if (problems.hasErrors()) {
            // A file that could not be read leaves holes every reference would report: give the cause alone.
            throw new RuleSetException(problems.sorted());
        }
        Documents.Collected collected = new Documents.Collected();
        Documents documents = new Documents(collected);
        int count = 0;
        Set<Language> languages = new HashSet<>(Language.BUNDLED);
        for (SourceFile file : files) {
            Scalars scalars = new Scalars(file.path(), problems, languages);
            String text = decode(file, problems);
            if (text == null) {
                continue;
            }
            for (Node document : SafeYaml.documents(text, scalars)) {
                if (++count > MAX_DOCUMENTS) {
                    problems.limit(Codes.UNSAFE, scalars.location(document), Phrase.of("files.tooManyDocuments",
                            MAX_DOCUMENTS));
                    throw new RuleSetException(problems.sorted());
                }
                documents.read(document, scalars);
            }
        }
        Linker.Linked linked = new Linker(problems, collected).link();
        if (problems.hasErrors()) {
            throw new RuleSetException(problems.sorted());
        }
        checkCost(linked.model(), problems);
        return new CompiledRuleSet(linked.model(), linked.expressions(), linked.hours(), linked.rules(),
                hash(files), problems.sorted(), release);
    }

    /**
     * Refuses, before the engine prepares anything, a rule set whose sentences would not fit: the
     * service at which the count passes {@link #MAX_SENTENCE_SETS} is the located problem.
     */
    private static void checkCost(RuleSetModel model, Problems problems) {
        // The engine prepares sentences in the bundled phrase books' languages and the rule set's own.
        Set<Language> languages = new HashSet<>(Language.BUNDLED);
        languages.addAll(model.languages());
        long perService = (long) (model.grounds().size() + model.assistRules().size() + 1) * languages.size();
        long total = 0;
        for (Service s : model.services().values()) {
            total += perService;
            if (total > MAX_SENTENCE_SETS) {
                problems.limit(Codes.UNSAFE, s.location(), Phrase.of("load.tooManySentences", model.services().size(),
                        model.grounds().size() + model.assistRules().size(), languages.size(), MAX_SENTENCE_SETS));
                throw new RuleSetException(problems.sorted());
            }
        }
    }

    private static @Nullable String decode(SourceFile file, Problems problems) {
        byte[] bytes = file.bytes();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // Checked before decoding: UTF-16 would otherwise be reported as "not UTF-8" at a random byte.
                boolean utf16 = i + 2 < bytes.length && bytes[i + 2] == 0 || i >= 2 && bytes[i - 2] == 0;
                problems.error(Codes.FILE, at(bytes, i, file.path()), Phrase.of(utf16 ? "files.nul.utf16" : "files.nul"));
                return null;
            }
        }
        ByteBuffer in = ByteBuffer.wrap(file.bytes());
        CharBuffer out = CharBuffer.allocate(file.bytes().length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            problems.error(Codes.FILE, at(file.bytes(), in.position(), file.path()), Phrase.of("files.notUtf8"));
            return null;
        }
        String text = out.flip().toString();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return controlFree(text, file.path(), problems) ? text : null;
    }

    /**
     * Refuses characters YAML forbids before the parser sees them, at their real place: C0 controls
     * but tab and line ends, DEL and the C1 controls.
     */
    private static boolean controlFree(String text, String path, Problems problems) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                Location at = new Location(path, line, i - lineStart + 1);
                problems.error(Codes.FILE, at, Phrase.of("files.control", String.format("U+%04X", (int) c)));
                return false;
            }
        }
        return true;
    }

    /** Line and column of a byte offset, counting columns in bytes (good enough to find the spot). */
    private static Location at(byte[] bytes, int offset, String path) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(path, line, offset - lineStart + 1);
    }

    /** SHA-256 over every file's path and bytes in path order: the rule set's identity in receipts. */
    public static String hash(List<SourceFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile f : files) {
                digest.update(f.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.bytes());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
