package dk.trinvis.internal.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.util.Json;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A release: a rule-set folder frozen with a manifest. The folder holds the rule files as they
 * were, {@value #MANIFEST} (format, the rule set's hash, the engine version that made it, when,
 * and every file with its own SHA-256) and {@value #ID_FILE}, the SHA-256 of the manifest's bytes:
 * the release's id, so the id names the content and any changed byte of any file is found.
 * Loading a release verifies all of it before a rule is read and refuses a tampered one.
 */
public final class Release {
    /** The manifest's file name in a release folder. */
    public static final String MANIFEST = "manifest.json";
    /** The file holding the release's id. */
    public static final String ID_FILE = "release.id";
    /** The manifest format this version writes and reads. */
    public static final String FORMAT = "trinvis-release/1";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private Release() {
    }

    /** Whether the folder is a release (it has a manifest or an id file). */
    public static boolean is(Path folder) {
        return Files.exists(folder.resolve(MANIFEST)) || Files.exists(folder.resolve(ID_FILE));
    }

    /**
     * Writes a release of the rule-set folder (read as {@link RuleSetFiles#read(Path, Problems)}
     * reads it) into an empty (or new) folder and returns its id.
     *
     * @throws IOException when a file cannot be read or written
     */
    public static String write(Path rules, Path out, String engineVersion, Instant created) throws IOException {
        Problems problems = new Problems();
        List<SourceFile> files = RuleSetFiles.read(rules, problems);
        if (problems.hasErrors()) {
            throw new IOException("the rule set's files cannot be read: " + problems.sorted().get(0).message());
        }
        return write(files, out, engineVersion, created);
    }

    /**
     * Writes a release of the files into an empty (or new) folder and returns its id.
     *
     * @param files         the rule set's files as read from its folder
     * @param out           the release folder
     * @param engineVersion the engine version that checked it
     * @param created       when it is made
     * @throws IOException when the folder cannot be written
     */
    public static String write(List<SourceFile> files, Path out, String engineVersion, Instant created)
            throws IOException {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (SourceFile f : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("sha256", sha256(f.bytes()));
            listed.add(entry);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("ruleSetHash", RuleSetLoader.hash(files));
        manifest.put("engineVersion", engineVersion);
        manifest.put("created", created.toString());
        manifest.put("files", listed);
        byte[] bytes = (Json.write(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
        String id = sha256(bytes);
        Files.createDirectories(out);
        for (SourceFile f : files) {
            Path target = out.resolve(f.path()).normalize();
            if (!target.startsWith(out.normalize())) {
                throw new IOException("file outside the release: " + f.path());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, f.bytes());
        }
        Files.write(out.resolve(MANIFEST), bytes);
        Files.writeString(out.resolve(ID_FILE), id + "\n", StandardCharsets.US_ASCII);
        return id;
    }

    /**
     * Checks the release's id and manifest and returns the manifest, or null after reporting what
     * is wrong; the files themselves are checked with {@link Manifest#verify}.
     */
    public static @Nullable Manifest manifest(Path folder, Problems problems) {
        Location idAt = new Location(ID_FILE, 1, 1);
        Location manifestAt = new Location(MANIFEST, 1, 1);
        byte[] idBytes;
        byte[] manifestBytes;
        try {
            idBytes = Files.readAllBytes(folder.resolve(ID_FILE));
        } catch (IOException e) {
            problems.error(Codes.RELEASE, idAt, Phrase.of("release.noId", ID_FILE));
            return null;
        }
        try {
            manifestBytes = Files.readAllBytes(folder.resolve(MANIFEST));
        } catch (IOException e) {
            problems.error(Codes.RELEASE, manifestAt, Phrase.of("release.noManifest", MANIFEST));
            return null;
        }
        String idText = new String(idBytes, StandardCharsets.US_ASCII);
        String id = idText.endsWith("\n") ? idText.substring(0, idText.length() - 1) : idText;
        if (!ID.matcher(id).matches()) {
            problems.error(Codes.RELEASE, idAt, Phrase.of("release.badId"));
            return null;
        }
        String actual = sha256(manifestBytes);
        if (!actual.equals(id)) {
            problems.error(Codes.RELEASE, manifestAt, Phrase.of("release.manifestChanged", id, actual));
            return null;
        }
        String text = new String(manifestBytes, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            problems.error(Codes.RELEASE, manifestAt, Phrase.of("release.badManifest", e.getOriginalMessage()));
            return null;
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("files").isArray()) {
            problems.error(Codes.RELEASE, manifestAt, Phrase.of("release.format", FORMAT));
            return null;
        }
        Map<String, String> files = new TreeMap<>();
        for (JsonNode f : root.path("files")) {
            files.put(f.path("path").asText(), f.path("sha256").asText());
        }
        return new Manifest(id, root.path("ruleSetHash").asText(), root.path("engineVersion").asText(),
                root.path("created").asText(), files, text);
    }

    /**
     * A release's manifest, checked against its id.
     *
     * @param id            the release id: the SHA-256 of the manifest's bytes
     * @param ruleSetHash   the rule set's hash as {@link RuleSetLoader#hash} makes it
     * @param engineVersion the engine version that made the release
     * @param created       when it was made, ISO instant
     * @param files         each file's SHA-256, by path
     * @param text          the manifest as written, to locate a file's line in it
     */
    public record Manifest(String id, String ruleSetHash, String engineVersion, String created,
                           Map<String, String> files, String text) {

        /**
         * Reports every file the manifest lists that is missing or differs from the bytes read,
         * and every file in the folder it does not list.
         */
        public void verify(Path folder, List<SourceFile> read, Problems problems) {
            Map<String, byte[]> loaded = new TreeMap<>();
            read.forEach(f -> loaded.put(f.path(), f.bytes()));
            for (Map.Entry<String, String> listed : files.entrySet()) {
                byte[] bytes = loaded.get(listed.getKey());
                if (bytes == null) {
                    problems.error(Codes.RELEASE, lineOf(listed.getKey()), Phrase.of("release.missing", listed.getKey()));
                } else if (!sha256(bytes).equals(listed.getValue())) {
                    problems.error(Codes.RELEASE, new Location(listed.getKey(), 1, 1),
                            Phrase.of("release.changed", listed.getKey(), id));
                }
            }
            for (String other : others(folder)) {
                if (!files.containsKey(other)) {
                    problems.error(Codes.RELEASE, new Location(other, 1, 1), Phrase.of("release.extra", other));
                }
            }
            if (!problems.hasErrors() && !RuleSetLoader.hash(read).equals(ruleSetHash)) {
                problems.error(Codes.RELEASE, new Location(MANIFEST, 1, 1), Phrase.of("release.hash", ruleSetHash));
            }
        }

        /** Where the manifest names a path, so an editor jumps to the line. */
        private Location lineOf(String path) {
            int at = text.indexOf("\"" + path + "\"");
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new Location(MANIFEST, at < 0 ? 1 : line, 1);
        }
    }

    /** Every regular, not hidden file of the folder but the release's own two, relative with '/'. */
    private static List<String> others(Path folder) {
        List<String> found = new ArrayList<>();
        try {
            Path root = folder.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    if (!file.getFileName().toString().startsWith(".") && !rel.equals(MANIFEST) && !rel.equals(ID_FILE)) {
                        found.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The rule files were read already; a folder that cannot be listed again shows up there.
        }
        return found;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
