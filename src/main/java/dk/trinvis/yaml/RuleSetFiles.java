package dk.trinvis.yaml;

import dk.trinvis.compiled.Problems;
import dk.trinvis.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds and reads the YAML files of a rule-set folder, refusing what a rule set never needs:
 * links out of the folder, huge files, and folders with an absurd number of files.
 */
public final class RuleSetFiles {
    /** Most files a rule set may hold. */
    public static final int MAX_FILES = 5_000;
    /** Largest single file, in bytes. */
    public static final long MAX_FILE_BYTES = 3L * 1024 * 1024;

    private RuleSetFiles() {
    }

    /** Reads the rule-set files under the folder, in path order; problems go to the sink. */
    public static List<SourceFile> read(Path folder, Problems problems) {
        List<SourceFile> files = new ArrayList<>();
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            problems.error(Codes.FILE, new Location(folder.toString(), 1, 1), "rule-set folder not found",
                    "give the folder that holds the .yaml files");
            return files;
        }
        if (!Files.isDirectory(root)) {
            problems.error(Codes.FILE, new Location(folder.toString(), 1, 1), "not a folder",
                    "give the folder that holds the .yaml files");
            return files;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 32, new FileVisitOption[0])) {
            var it = walk.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                if (!isYaml(p) && looksLikeYaml(p) && Files.isRegularFile(p)) {
                    problems.warning(Codes.SKIPPED_FILE, new Location(relative(root, p), 1, 1),
                            dk.trinvis.model.Phrase.of("files.skipped", p.getFileName()));
                } else if (isYaml(p)) {
                    paths.add(p);
                    if (paths.size() > MAX_FILES) {
                        problems.error(Codes.FILE, new Location(".", 1, 1), "more than " + MAX_FILES
                                + " YAML files in the rule-set folder", "point at the rule-set folder itself, not a parent");
                        return files;
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(Codes.FILE, new Location(".", 1, 1), "cannot list the rule-set folder: " + e.getMessage(), null);
            return files;
        }
        paths.sort(Comparator.comparing(p -> relative(root, p)));
        for (Path p : paths) {
            String rel = relative(root, p);
            Location at = new Location(rel, 1, 1);
            try {
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                    problems.error(Codes.FILE, at, "link points outside the rule-set folder",
                            "copy the file into the folder instead of linking to it");
                    continue;
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
                    continue;
                }
                long size = Files.size(p);
                if (size > MAX_FILE_BYTES) {
                    problems.error(Codes.UNSAFE, at, "file is " + size / 1024 + " KiB, more than the "
                            + MAX_FILE_BYTES / 1024 + " KiB a rule-set file may have", "split it into smaller files");
                    continue;
                }
                files.add(new SourceFile(rel, Files.readAllBytes(p)));
            } catch (IOException e) {
                problems.error(Codes.FILE, at, "cannot read file: " + e.getMessage(), null);
            }
        }
        return files;
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
