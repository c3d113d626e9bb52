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
                ReleaseCommand.class, ReplayCommand.class, AffectedCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
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
