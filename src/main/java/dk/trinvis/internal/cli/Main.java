package dk.trinvis.internal.cli;

import dk.trinvis.internal.util.ControlChars;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trinvis} command line: check, decide, guide, test and schema on a rule set; serve it over HTTP. */
@Command(name = "trinvis", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Channel decisions and step-by-step guides for Danish mandatory digital self-service.",
        subcommands = {CheckCommand.class, DecideCommand.class, GuideCommand.class, TestCommand.class, SchemaCommand.class, DiffCommand.class, PreviewCommand.class, NewCommand.class, ServeCommand.class,
                ReleaseCommand.class, ReplayCommand.class, AffectedCommand.class, ReportCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        // serve and preview run on Jetty, whose start-up lines would come before the service's own
        // first line; its warnings still show. A user's own -D setting wins.
        System.getProperties().putIfAbsent("org.eclipse.jetty.LEVEL", "WARN");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        // Commands may print without a line end; flush before exit or that output is lost.
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err, args);
    }

    /** Runs the CLI reading answers from {@code in}; used by tests of {@code interview}. */
    public static int run(BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand(new CommandLine(new InterviewCommand(in)));
        cli.addSubcommand(new JourneyCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // A value an option's converter refused is one line in the command line's language, like every usage error.
        CommandLine.IParameterExceptionHandler picocliDefault = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            if (e.getCause() instanceof Converters.Refused refused) {
                String option = e.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                        : e.getArgSpec() == null ? "" : e.getArgSpec().paramLabel();
                e.getCommandLine().getErr().println("trinvis: "
                        + ControlChars.strip(refused.message(ToolLanguage.of(arguments), option)));
                return CommandLine.ExitCode.USAGE;
            }
            return picocliDefault.handleParseException(e, arguments);
        });
        // picocli already exits 2 (ExitCode.USAGE) on invalid input; map our own failures too:
        // a request the rule set cannot answer is a usage error, a rule set that does not load is not.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof LoadFailure) {
                commandLine.getErr().println(e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            commandLine.getErr().println("trinvis: " + ControlChars.strip(String.valueOf(e.getMessage())));
            return e instanceof UsageException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
