package dk.trinvis.yaml;

import dk.trinvis.compiled.Problems;
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
            problems.error(Codes.FILE, top, "rule-set folder " + folder + " not found",
                    "give the folder that holds the .yaml files");
            return files;
        }
        if (!Files.isDirectory(root)) {
            problems.error(Codes.FILE, top, folder + " is a file, not a folder",
                    "give the folder that holds the .yaml files");
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
            problems.error(Codes.FILE, top, "no .yaml files in the rule-set folder",
                    near.isEmpty() ? "give the folder that holds the .yaml files"
                            : "rename " + near.get(0) + " to end in .yaml");
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
                        problems.error(Codes.FILE, at, "link points nowhere", "remove the link or restore its target");
                        continue;
                    }
                    if (!p.toRealPath().startsWith(root)) {
                        problems.error(Codes.FILE, at, "link points outside the rule-set folder",
                                "copy the file into the folder instead of linking to it");
                        continue;
                    }
                }
                // Following links here is safe: the target is inside the folder. A FIFO or device would hang a read.
                if (!Files.isRegularFile(p)) {
                    problems.error(Codes.FILE, at, "not a regular file", "rule sets hold plain files only");
                    continue;
                }
                long size = Files.size(p);
                if (size > MAX_FILE_BYTES) {
                    problems.error(Codes.UNSAFE, at, "file is " + size / 1024 + " KiB, more than the "
                            + MAX_FILE_BYTES / 1024 + " KiB a rule-set file may have", "split it into smaller files");
                    continue;
                }
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    problems.error(Codes.UNSAFE, at, "the rule set passes " + MAX_TOTAL_BYTES / (1024 * 1024)
                            + " MiB with this file", "a rule set this large is a mistake; point at the rule-set folder");
                    return files;
                }
                files.add(new SourceFile(rel, Files.readAllBytes(p)));
            } catch (IOException e) {
                problems.error(Codes.FILE, at, "cannot read file: " + cause(e), null);
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
                                        "folder is more than " + MAX_DEPTH + " levels deep; its files are not read",
                                        "move the files up");
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
                                    "cannot read: " + cause(e), null);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.error(Codes.FILE, new Location(".", 1, 1), "cannot list the rule-set folder: " + cause(e), null);
            return false;
        }
        if (paths.size() > MAX_FILES) {
            problems.error(Codes.FILE, new Location(".", 1, 1), "more than " + MAX_FILES
                    + " YAML files in the rule-set folder", "point at the rule-set folder itself, not a parent");
            return false;
        }
        return true;
    }

    /** Yes for a leading dot: version-control folders, editor lock and swap files. */
    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** The reason in words: the JDK's messages for these are just the path. */
    private static String cause(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while the rule set was read";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
            problems.error(Codes.FILE, new Location(prefix, 1, 1), "no rule-set files in the jar", null);
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
