package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a rule set from its files: all-or-nothing, every problem reported at once. */
public final class RuleSetLoader {
    private RuleSetLoader() {
    }

    /** Most documents a rule set may hold: forty times the bundled Danish set. */
    public static final int MAX_DOCUMENTS = 20_000;

    /** Loads the files; throws {@link RuleSetException} with every problem when any is an error. */
    public static CompiledRuleSet load(List<SourceFile> files, Problems problems) {
        return load(files, problems, null);
    }

    /** Loads the files of a release (its id, or null for plain files); all or nothing as {@link #load(List, Problems)}. */
    public static CompiledRuleSet load(List<SourceFile> files, Problems problems, String release) {
        if (problems.hasErrors()) {
            // A file that could not be read leaves holes every reference would report: give the cause alone.
            throw new RuleSetException(problems.sorted());
        }
        Documents.Collected collected = new Documents.Collected();
        Documents documents = new Documents(collected);
        int count = 0;
        for (SourceFile file : files) {
            Scalars scalars = new Scalars(file.path(), problems);
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
        return new CompiledRuleSet(linked.model(), linked.expressions(), linked.hours(), linked.rules(),
                hash(files), problems.sorted(), release);
    }

    private static String decode(SourceFile file, Problems problems) {
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
