package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Layers;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Layer;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * Loads one folder's files, as {@link RuleSetFiles} read them; throws {@link RuleSetException}
     * with every problem when any is an error. A {@code kind: Layer} among them is not followed:
     * {@link LayerStack} loads layers.
     */
    public static CompiledRuleSet load(List<SourceFile> files, Problems problems) {
        return load(files, problems, null);
    }

    /** Loads the files of a release (its id, or null for plain files); all or nothing as {@link #load(List, Problems)}. */
    public static CompiledRuleSet load(List<SourceFile> files, Problems problems, @Nullable String release) {
        if (problems.hasErrors()) {
            // A file that could not be read leaves holes every reference would report: give the cause alone.
            throw new RuleSetException(problems.sorted());
        }
        Parser parser = new Parser(problems);
        return link(List.of(Part.of("rules", null, null, "", true, files, parser.parse(files), null, release)), parser);
    }

    /** Reads every part's documents, base first, and links them into one rule set. */
    static CompiledRuleSet link(List<Part> parts, Parser parser) {
        Problems problems = parser.problems;
        Documents.Collected collected = new Documents.Collected();
        Documents documents = new Documents(collected);
        Map<String, Integer> ofFile = new HashMap<>();
        List<Layers.Part> described = new ArrayList<>();
        for (Part part : parts) {
            part.files().forEach(f -> ofFile.put(f.path(), described.size()));
            described.add(new Layers.Part(part.layer(), part.prefix(), part.own(), part.folder()));
            // The base's tests belong to the base: a layer is tested by its own.
            documents.readTests(part.own());
            for (Parsed d : part.documents()) {
                documents.read(d.node(), d.scalars());
            }
        }
        if (parser.limitAt != null) {
            // Past the limit the documents read are a hostile file's first ones: say what they are, link nothing.
            problems.limit(Codes.UNSAFE, parser.limitAt, Phrase.of("files.tooManyDocuments", MAX_DOCUMENTS));
            throw new RuleSetException(problems.sorted());
        }
        Layers layers = new Layers(described, ofFile);
        Linker.Linked linked = new Linker(problems, collected, layers).link();
        if (problems.hasErrors()) {
            throw new RuleSetException(problems.sorted());
        }
        checkCost(linked.model(), problems);
        String hash = parts.size() == 1 ? parts.get(0).layer().contentHash()
                : hashOf(parts.stream().map(p -> p.layer().contentHash()).toList());
        // The base's warnings belong to the base, as its lint warnings do.
        List<Problem> warnings = problems.sorted().stream().filter(w -> layers.own(w.location())).toList();
        // A rule set from one release is that release; a layered one names each part's in its layers.
        String release = parts.size() == 1 ? parts.get(0).layer().release() : null;
        return new CompiledRuleSet(linked.model(), linked.expressions(), linked.hours(), linked.rules(), hash,
                warnings, release, layers);
    }

    /** A document as composed, with the reader of its file's scalars. */
    record Parsed(Node node, Scalars scalars) {
    }

    /**
     * One folder of a rule set, read and parsed: the whole rule set, or its base, or a layer on it.
     *
     * @param layer     what receipts say of it
     * @param prefix    what its files' paths start with
     * @param own       whether it was asked for, rather than loaded as a base
     * @param folder    the folder it was read from, or null for the bundled set
     * @param files     its files, paths starting with the prefix
     * @param documents its documents in file order
     */
    record Part(Layer layer, String prefix, boolean own, @Nullable Path folder, List<SourceFile> files,
                List<Parsed> documents) {
        /** A part of the files as read (paths without the prefix, which is hashed without it too). */
        static Part of(String name, @Nullable String municipality, @Nullable String base, String prefix, boolean own,
                       List<SourceFile> files, List<Parsed> documents, @Nullable Path folder, @Nullable String release) {
            return new Part(new Layer(name, municipality, base, hash(files, prefix.length()), release), prefix, own,
                    folder, files, documents);
        }
    }

    /** Decodes and composes files, counting documents over every part of one load. */
    static final class Parser {
        private final Problems problems;
        private int count;
        // Shared by every file of the load, so MAX_LANGUAGES counts the whole rule set, layers too.
        private final Set<Language> languages = new HashSet<>(Language.BUNDLED);
        /** Where the document past the limit starts, once a load has one. */
        private @Nullable Location limitAt;

        Parser(Problems problems) {
            this.problems = problems;
        }

        /** The files' documents; once a load passes {@link #MAX_DOCUMENTS}, no more. */
        List<Parsed> parse(List<SourceFile> files) {
            List<Parsed> parsed = new ArrayList<>();
            for (SourceFile file : files) {
                if (limitAt != null) {
                    break;
                }
                Scalars scalars = new Scalars(file.path(), problems, languages);
                String text = decode(file, problems);
                if (text == null) {
                    continue;
                }
                for (Node document : SafeYaml.documents(text, scalars)) {
                    if (++count > MAX_DOCUMENTS) {
                        limitAt = scalars.location(document);
                        return parsed;
                    }
                    parsed.add(new Parsed(document, scalars));
                }
            }
            return parsed;
        }
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
        int malformed = malformedAt(bytes);
        if (malformed >= 0) {
            problems.error(Codes.FILE, at(bytes, malformed, file.path()), Phrase.of("files.notUtf8"));
            return null;
        }
        // Valid UTF-8: the string is made straight from the bytes, without a char array the file's size between.
        String text = new String(bytes, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return controlFree(text, file.path(), problems) ? text : null;
    }

    /** Where the first byte that is not UTF-8 is, as the strict decoder finds it; -1 when every byte is. */
    private static int malformedAt(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // The decoded text is thrown away: a small window is enough to find the first mistake.
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length + 1, 8192));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
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
    static String hash(List<SourceFile> files) {
        return hash(files, 0);
    }

    /** The hash of files whose paths carry a prefix of this length, as if read alone. */
    private static String hash(List<SourceFile> files, int prefixLength) {
        MessageDigest digest = sha256();
        for (SourceFile f : files) {
            digest.update(f.path().substring(prefixLength).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.bytes());
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of a layered rule set: over its parts' hashes, base first. */
    private static String hashOf(List<String> partHashes) {
        MessageDigest digest = sha256();
        for (String h : partHashes) {
            digest.update(h.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
