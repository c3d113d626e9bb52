package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.check.RuleSetDiff;
import dk.trinvis.internal.util.ControlChars;
import dk.trinvis.internal.util.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trinvis diff --old OLD --rules NEW}: what changes for citizens between two rule-set
 * versions; either defaults to the bundled set. {@code diff OLD NEW} still works. A layer alone
 * ({@code diff --rules LAYER}) is compared with its base, for its municipality.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changes for citizens between two rule-set versions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:citizens see no change", "1:citizens see a change",
                "2:usage error, or a version does not load"})
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--old", paramLabel = "DIR", description = "The rule-set folder in use (default: the bundled Danish "
            + "set; for a layer, its base).")
    @Nullable Path old;

    @Mixin
    RuleSetOption rules;

    @Parameters(arity = "0..2", paramLabel = "OLD NEW", description = "Same as --old OLD --rules NEW, as older versions took them.")
    List<Path> positional = List.of();

    @Option(names = "--municipality", paramLabel = "CODE", description = "Only this municipality (default for a layer "
            + "compared with its base: the layer's).")
    @Nullable String municipality;

    @Option(names = "--from", paramLabel = "DATE", description = "Only changes on or after this day.")
    @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only changes before this day.")
    @Nullable LocalDate to;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Language language = lang.language();
        // JSON says every change in English, for scripts; what goes to the terminal follows --lang.
        Language says = format == Format.JSON ? Language.EN : language;
        if (positional.size() == 1 || (positional.size() == 2 && (old != null || rules.rules != null))) {
            throw new UsageException(Phrase.text(language, "diff.usage"));
        }
        Path beforeFolder = positional.isEmpty() ? old : positional.get(0);
        Path afterFolder = positional.isEmpty() ? rules.folder(null, language) : positional.get(1);
        RuleSet after = load(afterFolder, language);
        if (after == null) {
            return ExitCode.USAGE;
        }
        // A layer alone is compared with its base: what its municipality's citizens see change.
        boolean layerAlone = positional.isEmpty() && old == null && after.base().isPresent();
        RuleSet before = layerAlone ? after.base().orElseThrow() : load(beforeFolder, language);
        if (before == null) {
            return ExitCode.USAGE;
        }
        String only = municipality != null || !layerAlone ? municipality
                : after.layers().get(after.layers().size() - 1).municipality();
        List<RuleSetDiff.Change> changes = RuleSetDiff.compare(before, after, only, from, to, says);
        long seen = changes.stream().filter(RuleSetDiff.Change::citizensSeeIt).count();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(Json.write(changes));
        } else {
            changes.forEach(c -> out.println(ControlChars.strip(c.format(language))));
            long notes = changes.size() - seen;
            out.println(Phrase.text(language, seen == 1 ? "diff.summary.one" : "diff.summary.many", seen)
                    + (notes == 0 ? "" : Phrase.text(language, notes == 1 ? "diff.summary.review.one"
                    : "diff.summary.review.many", notes)));
        }
        return seen == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /** The rule set, or null after printing why it does not load. */
    private @Nullable RuleSet load(@Nullable Path folder, Language language) {
        try {
            return RuleSetOption.read(folder, language);
        } catch (RuleSetException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Phrase.text(language, "diff.noLoad", folder == null ? Phrase.text(language, "diff.bundled") : folder));
            e.problems().forEach(p -> err.println(p.format(RuleSetOption.prefix(folder), language)));
            return null;
        }
    }
}
