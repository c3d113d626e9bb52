package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.util.PathText;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.TrinvisException;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a rule set that may come in layers: a folder with a {@code kind: Layer} document is a
 * layer on the base it names ({@code bundled}, or a folder relative to it, itself perhaps a layer),
 * and base and layer load as one rule set. Files keep their place in locations: the folder given
 * prints as it always did, a base folder as the path from it ({@code ../national/x.yaml}), the
 * bundled set as {@code bundled:x.yaml}.
 */
public final class LayerStack {
    /** Most layers standing on each other. */
    public static final int MAX_DEPTH = 8;
    /** The word a Layer writes for the rule set bundled in Trinvis. */
    public static final String BUNDLED = "bundled";
    /** Where the bundled rule set lies on the class path. */
    private static final String BUNDLED_RESOURCE = "/dk/trinvis/guides";

    private final Problems problems = new Problems();
    private final RuleSetLoader.Parser parser = new RuleSetLoader.Parser(problems);
    private final List<RuleSetLoader.Part> parts = new ArrayList<>();
    private final Consumer<List<SourceFile>> onRead;

    private LayerStack(Consumer<List<SourceFile>> onRead) {
        this.onRead = onRead;
    }

    /** The rule set in the folder: a plain rule set, or a layer with its base below it. */
    public static CompiledRuleSet folder(Path folder) {
        return folder(folder, files -> { });
    }

    /**
     * As {@link #folder(Path)}, handing each folder's files to {@code read} as they were read (paths
     * as locations print them): a holder keeps them to tell a file written only in part.
     */
    public static CompiledRuleSet folder(Path folder, Consumer<List<SourceFile>> read) {
        LayerStack stack = new LayerStack(read);
        stack.folder(folder, "", true, Base.DECLARED, null, new ArrayList<>());
        return stack.link();
    }

    /** The Danish rule set bundled in the Trinvis jar. */
    public static CompiledRuleSet bundled() {
        LayerStack stack = new LayerStack(files -> { });
        stack.bundled("", true);
        return stack.link();
    }

    /**
     * The layer in the folder on another base than the one it names: a national update to try it
     * on. Its locations print as {@link #folder(Path)}'s do.
     *
     * @param base the base folder, or null for the bundled rule set
     */
    public static CompiledRuleSet on(Path layer, @Nullable Path base) {
        LayerStack stack = new LayerStack(files -> { });
        stack.folder(layer, "", true, base == null ? Base.BUNDLED : Base.FOLDER, base, new ArrayList<>());
        return stack.link();
    }

    /**
     * A base with layers stacked on it, each on the ones before (their own {@code base:} is not
     * read): one rule set for, e.g., a server with every municipality's layer. Locations print as
     * the base's do; a layer's files as the path from the base folder (from the working folder
     * when the base is the bundled set).
     *
     * @param base   the base folder, or null for the bundled rule set
     * @param layers the layer folders, each with a {@code kind: Layer}
     * @param read     takes each folder's files as they were read, as {@link #folder(Path, Consumer)}'s does
     */
    public static CompiledRuleSet stacked(@Nullable Path base, List<Path> layers, Consumer<List<SourceFile>> read) {
        LayerStack stack = new LayerStack(read);
        if (base == null) {
            stack.bundled("", true);
        } else {
            stack.folder(base, "", true, Base.DECLARED, null, new ArrayList<>());
        }
        for (Path layer : layers) {
            String prefix = base == null ? PathText.fold(slashed(layer.toString())) : relative(base, layer);
            stack.folder(layer, prefix, true, Base.BELOW, null, new ArrayList<>());
        }
        return stack.link();
    }

    /** Where a layer's base comes from. */
    private enum Base {
        /** The one its {@code kind: Layer} names. */
        DECLARED,
        /** The bundled rule set, whatever it names. */
        BUNDLED,
        /** A folder given instead. */
        FOLDER,
        /** The parts already loaded: the layer is stacked on them. */
        BELOW
    }

    private CompiledRuleSet link() {
        return RuleSetLoader.link(parts, parser);
    }

    /**
     * Reads the folder, and first its base when it is a layer.
     *
     * @param chain the layers (real paths) standing on this folder, for telling a cycle
     */
    private void folder(Path folder, String prefix, boolean own, Base base, @Nullable Path given, List<Path> chain) {
        Problems read = new Problems();
        // A folder made by 'trinvis release' is verified: its id, its manifest, the very bytes loaded.
        Release.Manifest release = Release.is(folder) ? Release.manifest(folder, read) : null;
        List<SourceFile> files = read.hasErrors() ? List.of() : RuleSetFiles.read(folder, read);
        if (release != null && !read.hasErrors()) {
            release.verify(folder, files, read);
        }
        read.sorted().forEach(p -> problems.add(new dk.trinvis.model.Problem(p.severity(), p.code(),
                relocate(p.location(), prefix), Objects.requireNonNull(p.phrase()))));
        List<SourceFile> placed = files.stream().map(f -> new SourceFile(prefix + f.path(), f.bytes())).toList();
        onRead.accept(placed);
        // A file that could not be read leaves holes every reference would report: give the cause alone.
        List<RuleSetLoader.Parsed> documents = read.hasErrors() ? List.of() : parser.parse(placed);
        Declared layer = declared(documents, prefix);
        Path real = realPath(folder);
        if (layer == null && base == Base.BELOW || layer == null && base == Base.FOLDER
                || layer == null && base == Base.BUNDLED) {
            problems.error(Codes.LAYER, relocate(new Location(".", 1, 1), prefix), Phrase.of("layer.notALayer", folder));
        } else if (layer != null && base != Base.BELOW) {
            List<Path> above = new ArrayList<>(chain);
            above.add(real);
            switch (base) {
                case BUNDLED -> bundled(Location.BUNDLED, false);
                case FOLDER -> folder(Objects.requireNonNull(given), PathText.fold(prefix + relative(folder, given)),
                        false, Base.DECLARED, null, above);
                default -> declaredBase(folder, prefix, layer, above);
            }
        }
        parts.add(RuleSetLoader.Part.of(name(real), layer == null ? null : layer.municipality(),
                layer == null ? null : layer.base(), prefix, own, placed, documents, real,
                release == null ? null : release.id()));
    }

    /** Loads the base a layer names, or says why it cannot be. */
    private void declaredBase(Path folder, String prefix, Declared layer, List<Path> chain) {
        String base = layer.base();
        if (base == null) {
            return; // the missing key is reported when the document is read
        }
        if (base.equals(BUNDLED)) {
            bundled(Location.BUNDLED, false);
            return;
        }
        Path path;
        try {
            path = Path.of(base);
        } catch (java.nio.file.InvalidPathException e) {
            problems.error(Codes.LAYER, layer.at(), Phrase.of("layer.baseMissing", base));
            return;
        }
        if (path.isAbsolute()) {
            problems.error(Codes.LAYER, layer.at(), Phrase.of("layer.baseAbsolute", base));
            return;
        }
        Path target = folder.resolve(path);
        if (!Files.isDirectory(target)) {
            problems.error(Codes.LAYER, layer.at(), Phrase.of("layer.baseMissing", base));
            return;
        }
        Path real = realPath(target);
        if (chain.contains(real)) {
            problems.error(Codes.LAYER, layer.at(), Phrase.of("layer.cycle", base));
            return;
        }
        if (chain.size() >= MAX_DEPTH) {
            problems.error(Codes.LAYER, layer.at(), Phrase.of("layer.tooDeep", MAX_DEPTH));
            return;
        }
        folder(target, PathText.fold(prefix + slashed(base)), false, Base.DECLARED, null, chain);
    }

    /** Reads the bundled rule set, its files' paths starting with the prefix. */
    private void bundled(String prefix, boolean own) {
        URL url = LayerStack.class.getResource(BUNDLED_RESOURCE);
        if (url == null) {
            throw new TrinvisException("the bundled rule set is missing from the class path (" + BUNDLED_RESOURCE + ")");
        }
        List<SourceFile> files;
        Problems read = new Problems();
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    files = RuleSetFiles.read(file, BUNDLED_RESOURCE.substring(1) + "/", read);
                }
            } else {
                files = RuleSetFiles.read(Path.of(url.toURI()), read);
            }
        } catch (URISyntaxException | IOException e) {
            throw new TrinvisException("cannot read the bundled rule set: " + e.getMessage(), e);
        }
        read.sorted().forEach(problems::add);
        List<SourceFile> placed = files.stream().map(f -> new SourceFile(prefix + f.path(), f.bytes())).toList();
        parts.add(RuleSetLoader.Part.of(BUNDLED, null, null, prefix, own, placed, parser.parse(placed), null, null));
    }

    /** What a folder's {@code kind: Layer} says, read before its documents are. */
    private record Declared(@Nullable String base, @Nullable String municipality, Location document, Location at) {
    }

    /** The folder's Layer document, or null; a second one is an error. */
    private @Nullable Declared declared(List<RuleSetLoader.Parsed> documents, String prefix) {
        Declared first = null;
        for (RuleSetLoader.Parsed d : documents) {
            if (!isLayer(d)) {
                continue;
            }
            Mapping m = Mapping.of(d.scalars(), d.node(), Objects.requireNonNull(Schema.KINDS.get("Layer")));
            if (m == null) {
                continue;
            }
            if (first != null) {
                problems.error(Codes.LAYER, m.location(), Phrase.of("layer.twice", first.document()));
                continue;
            }
            first = new Declared(m.string("base"), m.string("municipality"), m.location(),
                    m.absent("base") ? m.location() : m.location("base"));
        }
        return first;
    }

    private static boolean isLayer(RuleSetLoader.Parsed d) {
        if (d.node() instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")) {
                    return t.getValueNode() instanceof ScalarNode v && v.getValue().equals("Layer");
                }
            }
        }
        return false;
    }

    /** A location of a file read in a folder, as the part's prefix places it. */
    private static Location relocate(Location at, String prefix) {
        if (prefix.isEmpty()) {
            return at;
        }
        String file = at.file().equals(".") ? PathText.fold(prefix) : prefix + at.file();
        return new Location(file.endsWith("/") && file.length() > 1 ? file.substring(0, file.length() - 1) : file,
                at.line(), at.column());
    }

    /** The path from one folder to another, ending in {@code /}. */
    private static String relative(Path from, Path to) {
        Path a = realPath(from);
        Path b = realPath(to);
        String rel = a.relativize(b).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : slashed(rel);
    }

    private static String slashed(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String name(Path folder) {
        Path name = folder.getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
