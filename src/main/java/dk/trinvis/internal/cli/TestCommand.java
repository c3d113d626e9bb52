package dk.trinvis.internal.cli;

import dk.trinvis.internal.cli.JUnitXml;
import dk.trinvis.check.TestResult;
import dk.trinvis.check.TestRun;
import dk.trinvis.check.TestRunner;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.internal.util.ControlChars;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trinvis test [PATH]}: runs every {@code kind: Test} document of a rule set. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule set's YAML tests; ends with 'N passed, N failed'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all tests passed", "1:a test failed or the rule set has errors", "2:usage error"})
final class TestCommand implements Callable<Integer> {

    @Mixin
    RuleSetOption rules;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Same as --rules, as older versions took it.")
    @Nullable Path path;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report.")
    @Nullable Path junitXml;

    @Option(names = "--coverage", description = "List what no test touched, with percentages.")
    boolean coverage;

    @Option(names = "--only", paramLabel = "NAME_OR_TAG", description = "Run only tests with this tag or name; "
            + "repeat for several.")
    List<String> only = new ArrayList<>();

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language();
        Path folder = rules.folder(path, language);
        TestRunner runner = new TestRunner(RuleSetOption.load(folder, language));
        TestRun run = runner.run(only);
        if (run.results().isEmpty() && !only.isEmpty()) {
            throw new UsageException(Phrase.text(language, "test.noneSelected",
                    String.join(Phrase.text(language, "test.or"), only)));
        }
        String prefix = RuleSetOption.prefix(folder);
        for (TestResult r : run.results()) {
            if (!r.passed()) {
                out.print(ControlChars.strip(r.report(language).replace(r.location().toString(),
                        r.location().under(prefix).toString())));
            }
        }
        // A layer's test that passes on the base alone proves nothing about the layer.
        runner.passingWithoutLayer(run).forEach(p -> out.println(ControlChars.strip(p.format(prefix, language))));
        if (coverage) {
            out.print(ControlChars.strip(run.coverage().report(language)));
        }
        if (junitXml != null) {
            Files.writeString(junitXml, JUnitXml.write(run, folder == null ? "bundled" : folder.toString(), language),
                    StandardCharsets.UTF_8);
        }
        out.println(run.summary(language));
        return run.failed() == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
    }
}
