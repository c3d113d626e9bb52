package dk.trinvis.internal.cli;

import dk.trinvis.internal.insight.Filter;
import dk.trinvis.internal.insight.Names;
import dk.trinvis.internal.insight.Report;
import dk.trinvis.internal.insight.ReportFormat;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trinvis report FILE…}: the channel-shift report of decision events, every count under 10 hidden. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report channel shift from decision events (JSON Lines from serve --events or a DecisionListener, "
                + "plain or gzip): self-service share against a target, grounds behind alternatives, citizens sent to "
                + "closed or unknown help by weekday and hour, where interviews stop. Counts under 10 read \"< 10\".",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reported", "2:usage error or a file that cannot be read"})
final class ReportCommand implements Callable<Integer> {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event files (.jsonl, or gzip); - reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--target", paramLabel = "SHARE", defaultValue = "0.8",
            description = "The self-service share aimed at, 0 to 1 (default: ${DEFAULT-VALUE}, KL's 80 % goal).")
    double target;

    @Option(names = "--municipality", paramLabel = "CODE", description = "Count only this municipality; repeat for more.")
    List<String> municipalities = new ArrayList<>();

    @Option(names = "--service", paramLabel = "ID", description = "Count only this service; repeat for more.")
    List<String> services = new ArrayList<>();

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Count only answers of decision, guide, interview or journey calls; repeat for more.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "The first month counted.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "The last month counted.")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--stylesheet", paramLabel = "URL",
            description = "HTML: link Det Fælles Designsystem's stylesheet from here, e.g. /dkfds/css/dkfds.min.css.")
    String stylesheet;

    @Mixin
    RuleSetOption rules;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Language language = lang.language();
        if (!(target >= 0 && target <= 1)) {
            throw new UsageException(Phrase.text(language, "cli.report.target", target));
        }
        for (String month : new String[] {from, to}) {
            if (month != null && !MONTH.matcher(month).matches()) {
                throw new UsageException(Phrase.text(language, "cli.report.month", month));
            }
        }
        for (String source : sources) {
            if (!Set.of("decision", "guide", "interview", "journey").contains(source)) {
                throw new UsageException(Phrase.text(language, "cli.report.source", source));
            }
        }
        Names names = Names.of(RuleSetOption.load(rules.rules, language).model());
        Report report;
        try {
            report = Report.read(files, System.in, new Filter(Set.copyOf(municipalities), Set.copyOf(services),
                    Set.copyOf(sources), from, to), target);
        } catch (UncheckedIOException e) {
            throw new UsageException(Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
        String text = format.render(report, names, language, stylesheet);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException(Phrase.text(language, "cli.report.unwritable", out) + ": " + e.getMessage());
            }
        }
        return ExitCode.OK;
    }
}
