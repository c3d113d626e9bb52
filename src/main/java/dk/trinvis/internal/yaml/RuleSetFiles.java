package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds and reads the YAML files of a rule-set folder, refusing what a rule set never needs:
 * links out of the folder, special files, huge files and folders with an absurd number of files.
 * Hidden files and folders (a leading {@code .}: {@code .git/}, editor lock files) are not part
 * of a rule set and are skipped.
 */
public final class RuleSetFiles {
    /** Most files a rule set may hold. */
    public static final int MAX_FILES = 5_000;
    /** Largest single file, in bytes. */
    public static final long MAX_FILE_BYTES = 3L * 1024 * 1024;
    /** Largest rule set, all files together, in bytes: over thirty times the bundled Danish set. */
    public static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024;
    /** Deepest folder read below the rule-set folder; a file deeper is reported, never silently ignored. */
    public static final int MAX_DEPTH = 32;

    private RuleSetFiles() {
    }

    /** Reads the rule-set files under the folder, in path order; problems go to the sink. */
    public static List<SourceFile> read(Path folder, Problems problems) {
        List<SourceFile> files = new ArrayList<>();
        Location top = new Location(".", 1, 1);
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            problems.error(Codes.FILE, top, Phrase.of("files.folderNotFound", folder));
            return files;
        }
        if (!Files.isDirectory(root)) {
            problems.error(Codes.FILE, top, Phrase.of("files.notAFolder", folder));
            return files;
        }
        List<Path> paths = new ArrayList<>();
        List<String> near = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (!list(root, paths, near, skipped, problems)) {
            return files;
        }
        if (!paths.isEmpty()) {
            // Beside real rule files a 'flytning.yaml.txt' is easily missed; alone it is the error below.
            skipped.forEach(f -> problems.warning(Codes.SKIPPED_FILE, new Location(f, 1, 1),
                    Phrase.of("files.skipped", Path.of(f).getFileName())));
        }
        if (paths.isEmpty()) {
            problems.error(Codes.FILE, top, near.isEmpty() ? Phrase.of("files.none")
                    : Phrase.of("files.none.near", near.get(0)));
            return files;
        }
        paths.sort(Comparator.comparing(p -> relative(root, p)));
        long total = 0;
        for (Path p : paths) {
            String rel = relative(root, p);
            Location at = new Location(rel, 1, 1);
            try {
                if (Files.isSymbolicLink(p)) {
                    if (!Files.exists(p)) {
                        problems.error(Codes.FILE, at, Phrase.of("files.linkNowhere"));
                        continue;
                    }
                    if (!p.toRealPath().startsWith(root)) {
                        problems.error(Codes.FILE, at, Phrase.of("files.linkOutside"));
                        continue;
                    }
                }
                // Following links here is safe: the target is inside the folder. A FIFO or device would hang a read.
                if (!Files.isRegularFile(p)) {
                    problems.error(Codes.FILE, at, Phrase.of("files.notRegular"));
                    continue;
                }
                long size = Files.size(p);
                if (size > MAX_FILE_BYTES) {
                    problems.error(Codes.UNSAFE, at, Phrase.of("files.tooBig", size / 1024, MAX_FILE_BYTES / 1024));
                    continue;
                }
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    problems.error(Codes.UNSAFE, at, Phrase.of("files.tooMuch", MAX_TOTAL_BYTES / (1024 * 1024)));
                    return files;
                }
                files.add(new SourceFile(rel, Files.readAllBytes(p)));
            } catch (IOException e) {
                problems.error(Codes.FILE, at, cause("files.unreadable", e));
            }
        }
        return files;
    }

    /** Lists the YAML files under the root; false when the listing itself failed (already reported). */
    private static boolean list(Path root, List<Path> paths, List<String> near, List<String> skipped,
                                Problems problems) {
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isDirectory()) {
                                problems.error(Codes.FILE, new Location(relative(root, file), 1, 1),
                                        Phrase.of("files.tooDeep", MAX_DEPTH));
                                return FileVisitResult.CONTINUE;
                            }
                            if (isYaml(file)) {
                                paths.add(file);
                                return paths.size() > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                            }
                            if (looksLikeYaml(file)) {
                                skipped.add(relative(root, file));
                            }
                            if (near.isEmpty() && file.getFileName().toString().toLowerCase(Locale.ROOT)
                                    .matches(".*\\.ya?ml\\.[a-z]+")) {
                                near.add(relative(root, file));
                            }
                            return paths.size() > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.error(Codes.FILE, new Location(relative(root, file), 1, 1),
                                    cause("files.unlisted", e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.error(Codes.FILE, new Location(".", 1, 1), cause("files.unlistable", e));
            return false;
        }
        if (paths.size() > MAX_FILES) {
            problems.error(Codes.FILE, new Location(".", 1, 1), Phrase.of("files.tooMany", MAX_FILES));
            return false;
        }
        return true;
    }

    /** Yes for a leading dot: version-control folders, editor lock and swap files. */
    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /**
     * Why a file could not be read, in words: the JDK's messages for the usual two are just the path.
     * {@code key} says what failed; its slot {0} is a word under {@code ioCause.} or the JDK's message.
     */
    private static Phrase cause(String key, IOException e) {
        String cause = e instanceof AccessDeniedException ? "denied" : e instanceof NoSuchFileException ? "gone"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Phrase.of(key, cause);
    }

    /**
     * What changes when any rule-set file is saved: paths, sizes and modification times. Cheap;
     * for telling whether a folder stayed the same while it was read.
     */
    public static Fingerprint fingerprint(Path folder) {
        List<Path> paths = new ArrayList<>();
        Problems ignored = new Problems();
        StringBuilder b = new StringBuilder();
        long newest = 0;
        try {
            Path root = folder.toRealPath();
            list(root, paths, new ArrayList<>(), new ArrayList<>(), ignored);
            paths.sort(Comparator.naturalOrder());
            for (Path p : paths) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                long modified = a.lastModifiedTime().toMillis();
                newest = Math.max(newest, modified);
                b.append(p).append('\t').append(a.size()).append('\t').append(a.lastModifiedTime()).append('\n');
            }
        } catch (IOException e) {
            b.append("unreadable: ").append(e.getMessage());
        }
        return new Fingerprint(b.toString(), newest);
    }

    /**
     * The state of a rule-set folder's files.
     *
     * @param text           paths, sizes and modification times, one file a line
     * @param newestModified the latest modification time of any file, in epoch milliseconds
     */
    public record Fingerprint(String text, long newestModified) {
    }

    /** Reads the rule-set files stored in a jar under the prefix (e.g. {@code dk/trinvis/guides/}). */
    public static List<SourceFile> read(JarFile jar, String prefix, Problems problems) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(prefix) && !entry.isDirectory() && isYaml(name)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new SourceFile(name.substring(prefix.length()), in.readAllBytes()));
                }
            }
        }
        files.sort(Comparator.comparing(SourceFile::path));
        if (files.isEmpty()) {
            problems.error(Codes.FILE, new Location(prefix, 1, 1), Phrase.of("files.noneInJar", prefix));
        }
        return files;
    }

    private static boolean isYaml(Path p) {
        return p.getFileName() != null && isYaml(p.getFileName().toString());
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** A name like {@code flytning.yaml.txt} or {@code hvidovre.yml.bak}: meant as rules, but not read. */
    private static boolean looksLikeYaml(Path p) {
        String lower = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.contains(".yaml") || lower.contains(".yml");
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
