package dk.trinvis.internal.cli;

import dk.trinvis.internal.insight.EventSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trinvis schema}: prints the JSON Schema of rule-set YAML for editor completion, or of decision events. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of rule-set YAML documents, or with --events of a decision event line.")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--events", description = "The schema of a decision event (one line of serve --events), for a warehouse.")
    boolean events;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(events ? EventSchema.json().strip() : JsonSchema.json());
        return ExitCode.OK;
    }
}
