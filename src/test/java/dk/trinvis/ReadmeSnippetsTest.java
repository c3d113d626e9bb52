package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md compiles as written, against the library and its dependencies:
 * its imports at the top of a class, and the rest either as the class's members (a block that
 * declares methods) or as the body of a method (a block of statements).
 */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** A member declared at the block's first column: an annotation, or a type and a name and '('. */
    private static final Pattern MEMBER = Pattern.compile("(?m)^(@\\w+|[\\w<>\\[\\], ]+ \\w+\\(.*\\) \\{)$");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmeCompiles() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("Java blocks in README.md").hasSizeGreaterThanOrEqualTo(4);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            int n = i + 1;
            tests.add(DynamicTest.dynamicTest("block " + n + ": " + block.lines().filter(l -> !l.startsWith("import"))
                    .filter(l -> !l.isBlank()).findFirst().orElse(""), () -> compiles("ReadmeBlock" + n, block)));
        }
        return tests.stream();
    }

    private void compiles(String name, String block) throws IOException {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        block.lines().forEach(l -> (l.startsWith("import ") ? imports : body).append(l).append('\n'));
        boolean members = MEMBER.matcher(body).find();
        String source = imports + "\nclass " + name + " {\n"
                + (members ? body : "void snippet() throws Exception {\n" + body + "}\n") + "}\n";
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, source);
        StringWriter log = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(log), new PrintWriter(log),
                "-cp", System.getProperty("java.class.path"), "-d", dir.resolve("out").toString(), file.toString());
        assertThat(rc).as("%s\n%s", log, source).isZero();
    }
}
