package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The architecture as docs/architecture.md draws it, checked on the compiled classes as jdeps reads
 * them: the package arrows are exactly the table's (a whitelist), nothing cycles, the module
 * exports the four API packages and nothing internal shows through them, and no package holds a
 * knot of more than three classes that all reach each other.
 */
class ArchitectureTest {
    private static final Pattern ARROW = Pattern.compile("^\\s+(dk\\.trinvis[\\w.$]*)\\s+->\\s+(dk\\.trinvis[\\w.$]*)\\s");
    private static final Pattern ROW = Pattern.compile("^\\| `(dk\\.trinvis[\\w.]*)` \\|.*\\| ([^|]+) \\|\\s*$");
    private static final String ROOT = "dk.trinvis";
    private static final String INTERNAL = ROOT + ".internal";
    private static final Set<String> EXPORTED = Set.of(ROOT, ROOT + ".model", ROOT + ".render", ROOT + ".check");
    private static final int MOST_CLASSES_IN_A_CYCLE = 3;

    /** The library's compiled classes, without module-info (jdeps would resolve its requires). */
    private static Path classes;
    private static Path copy;
    /** Class to the classes of Trinvis it uses, nested classes counted as their top-level class. */
    private static Map<String, Set<String>> classGraph;
    private static Map<String, Set<String>> packageGraph;
    /** The arrows docs/architecture.md allows, by package. */
    private static Map<String, Set<String>> allowed;

    @BeforeAll
    static void readGraphs(@TempDir Path dir) throws IOException, URISyntaxException {
        classes = Path.of(RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        copy = dir.resolve("classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")
                    && !p.getFileName().toString().equals("module-info.class")).toList()) {
                Path target = copy.resolve(classes.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        classGraph = classGraph(copy);
        packageGraph = packages(classGraph);
        Files.writeString(classes.resolveSibling("package-graph.txt"), packageGraph.entrySet().stream()
                .map(e -> e.getKey() + " -> " + String.join(", ", e.getValue())).collect(Collectors.joining("\n", "", "\n")));
        allowed = allowedArrows(Path.of("docs/architecture.md"));
    }

    @Test
    void theDocumentedTableListsExactlyThePackagesOfTheCode() {
        assertThat(allowed.keySet()).containsExactlyInAnyOrderElementsOf(packageGraph.keySet());
    }

    @Test
    void everyArrowBetweenPackagesIsOneTheTableAllows() {
        assertThat(forbidden(packageGraph)).as("arrows docs/architecture.md does not list").isEmpty();
    }

    @Test
    void everyArrowTheTableListsIsInTheCode() {
        Map<String, Set<String>> unused = new TreeMap<>();
        allowed.forEach((from, to) -> to.stream().filter(t -> !packageGraph.getOrDefault(from, Set.of()).contains(t))
                .forEach(t -> unused.computeIfAbsent(from, k -> new TreeSet<>()).add(t)));
        assertThat(unused).as("arrows in docs/architecture.md the code no longer has").isEmpty();
    }

    @Test
    void theWhitelistReportsAForbiddenArrow(@TempDir Path dir) throws IOException {
        // A renderer that reaches into the decision engine, compiled beside the library's classes.
        Path source = dir.resolve("src/dk/trinvis/render/ReachesIntoTheEngine.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package dk.trinvis.render;\nclass ReachesIntoTheEngine {\n"
                + "    Object engine = dk.trinvis.internal.decide.DecisionEngine.class;\n}\n");
        Path mutated = dir.resolve("classes");
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = mutated.resolve(copy.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        StringWriter log = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(log), new PrintWriter(log),
                "-cp", copy.toString(), "-d", mutated.toString(), source.toString());
        assertThat(rc).as(log.toString()).isZero();

        assertThat(forbidden(packages(classGraph(mutated))))
                .containsEntry(ROOT + ".render", Set.of(INTERNAL + ".decide"));
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        assertThat(cycles(packageGraph, false)).isEmpty();
    }

    @Test
    void noPackageHoldsAKnotOfMoreThanThreeClasses() {
        List<Set<String>> knots = cycles(classGraph, true).stream()
                .filter(c -> c.size() > MOST_CLASSES_IN_A_CYCLE).toList();
        assertThat(knots).as("classes of one package that all reach each other").isEmpty();
    }

    @Test
    void theModuleExportsExactlyTheFourApiPackages() throws IOException {
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertThat(module.name()).isEqualTo(ROOT);
            assertThat(module.exports()).allMatch(e -> !e.isQualified())
                    .extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrderElementsOf(EXPORTED);
        }
    }

    @Test
    void everyPublicTypeOutsideTheApiIsUnderInternal() throws Exception {
        List<String> outside = new ArrayList<>();
        for (Class<?> type : topLevelTypes()) {
            String pkg = type.getPackageName();
            if (Modifier.isPublic(type.getModifiers()) && !EXPORTED.contains(pkg) && !pkg.startsWith(INTERNAL + ".")) {
                outside.add(type.getName());
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void noExportedSignatureNamesAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        Deque<Class<?>> types = new ArrayDeque<>();
        for (Class<?> type : topLevelTypes()) {
            if (EXPORTED.contains(type.getPackageName()) && Modifier.isPublic(type.getModifiers())) {
                types.add(type);
            }
        }
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            List<Type> named = new ArrayList<>();
            if (type.getGenericSuperclass() != null) {
                named.add(type.getGenericSuperclass());
            }
            named.addAll(Arrays.asList(type.getGenericInterfaces()));
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    named.add(f.getGenericType());
                }
            }
            List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
            members.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (Executable e : members) {
                if (visible(e.getModifiers()) && !e.isSynthetic()) {
                    named.addAll(Arrays.asList(e.getGenericParameterTypes()));
                    named.addAll(Arrays.asList(e.getGenericExceptionTypes()));
                    if (e instanceof Method m) {
                        named.add(m.getGenericReturnType());
                    }
                }
            }
            for (Type t : named) {
                for (Class<?> c : raw(t)) {
                    if (c.getName().startsWith(INTERNAL + ".")) {
                        leaks.add(type.getName() + " names " + c.getName());
                    }
                }
            }
            for (Class<?> member : type.getDeclaredClasses()) {
                if (visible(member.getModifiers())) {
                    types.add(member);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** The arrows of the graph that the table does not allow. */
    private static Map<String, Set<String>> forbidden(Map<String, Set<String>> graph) {
        Map<String, Set<String>> out = new TreeMap<>();
        graph.forEach((from, to) -> to.stream().filter(t -> !allowed.getOrDefault(from, Set.of()).contains(t))
                .forEach(t -> out.computeIfAbsent(from, k -> new TreeSet<>()).add(t)));
        return out;
    }

    private static Map<String, Set<String>> allowedArrows(Path doc) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(doc)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Set<String> to = new TreeSet<>();
            for (String name : m.group(2).split(",")) {
                String n = name.trim();
                if (!n.isEmpty() && !n.equals("nothing")) {
                    to.add(n.equals(ROOT) ? ROOT : ROOT + "." + n);
                }
            }
            out.put(m.group(1), to);
        }
        assertThat(out).as("package rows in %s", doc).hasSizeGreaterThan(10);
        return out;
    }

    private static Map<String, Set<String>> classGraph(Path dir) {
        StringWriter out = new StringWriter();
        int rc = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "-verbose:class", "-filter:none", "-e", "dk\\.trinvis.*", dir.toString());
        assertThat(rc).as(out.toString()).isZero();
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = ARROW.matcher(line);
            if (m.find()) {
                String from = topLevel(m.group(1));
                String to = topLevel(m.group(2));
                graph.computeIfAbsent(from, k -> new TreeSet<>());
                if (!from.equals(to)) {
                    graph.get(from).add(to);
                }
            }
        }
        return graph;
    }

    private static Map<String, Set<String>> packages(Map<String, Set<String>> classGraph) {
        Map<String, Set<String>> out = new TreeMap<>();
        classGraph.forEach((from, to) -> {
            String p = packageOf(from);
            Set<String> arrows = out.computeIfAbsent(p, k -> new TreeSet<>());
            to.stream().map(ArchitectureTest::packageOf).filter(q -> !q.equals(p)).forEach(arrows::add);
        });
        return out;
    }

    /**
     * The strongly connected components of more than one node (Tarjan); with {@code withinPackage},
     * of a class graph, only arrows between classes of one package count.
     */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph, boolean withinPackage) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, graph, withinPackage, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void strongConnect(String v, Map<String, Set<String>> graph, boolean withinPackage,
                                      Map<String, Integer> index,
                                      Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                      List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (withinPackage && !packageOf(w).equals(packageOf(v))) {
                continue;
            }
            if (!index.containsKey(w)) {
                strongConnect(w, graph, withinPackage, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    private static List<Class<?>> topLevelTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = copy.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                out.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Every class a type names, type arguments and bounds included. */
    private static List<Class<?>> raw(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(raw(p.getRawType()));
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> out.addAll(raw(a)));
        } else if (t instanceof GenericArrayType a) {
            out.addAll(raw(a.getGenericComponentType()));
        } else if (t instanceof WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(b -> out.addAll(raw(b)));
            Arrays.stream(w.getLowerBounds()).forEach(b -> out.addAll(raw(b)));
        }
        return out;
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }
}
