package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.check.ReplayChange;
import dk.trinvis.check.ReplayReport;
import dk.trinvis.check.ReplayResult;
import dk.trinvis.internal.util.ControlChars;
import dk.trinvis.internal.util.Json;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code replay} and {@code affected} share, as a picocli mixin: the archive and its options,
 * loading a rule set, opening the archive, printing the report.
 */
final class ReplayOutput {
    @Parameters(paramLabel = "FILE", description = "The archive: one decision or receipt per line (JSON Lines).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ToolLanguage lang;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The rule set, or null after printing why it does not load. */
    @Nullable RuleSet load(@Nullable Path folder) {
        return load(folder, lang.language(), spec);
    }

    /** The rule set, or null after printing why it does not load, for a command without the archive's options. */
    static @Nullable RuleSet load(@Nullable Path folder, Language language, CommandSpec spec) {
        try {
            return RuleSetOption.load(folder, language);
        } catch (RuleSetException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Phrase.text(language, "diff.noLoad", folder == null ? Phrase.text(language, "diff.bundled") : folder));
            e.problems().forEach(p -> err.println(ControlChars.strip(p.format(RuleSetOption.prefix(folder), language))));
            return null;
        }
    }

    /** The archive as UTF-8; a missing file is a usage error. */
    private static Reader open(Path file, Language language) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(Phrase.text(language, "replay.noFile", file));
        }
    }

    /** How one archive is compared: replayed on one rule set, or between an old and a new one. */
    @FunctionalInterface
    interface Comparison {
        ReplayReport of(Reader archive) throws IOException;
    }

    /** Compares the archive, prints the report, and says whether every answer stayed the same (exit 0) or not (1). */
    int run(Comparison comparison, boolean affected) throws IOException {
        Language language = lang.language();
        ReplayReport report;
        try (Reader in = open(file, language)) {
            report = comparison.of(in);
        }
        print(report, format, language, spec.commandLine().getOut(), affected);
        return report.allIdentical() ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /** The report as JSON, or as lines for a person: each changed or unreplayed decision, then the summary. */
    private static void print(ReplayReport report, Format format, Language language, PrintWriter out, boolean affected) {
        if (format == Format.JSON) {
            out.println(Json.write(report));
            return;
        }
        for (ReplayResult r : report.results()) {
            if (r.status() == ReplayResult.Status.CHANGED) {
                out.println(ControlChars.strip(Phrase.text(language, "replay.changed", r.line(), r.service(),
                        r.municipality(), r.at())));
                for (ReplayChange c : r.changes()) {
                    out.println("  " + ControlChars.strip(Phrase.text(language, "replay.change", c.field(), c.before(), c.after())));
                }
            } else {
                out.println(ControlChars.strip(Phrase.text(language, "replay.notReplayed", r.line(), r.reason())));
            }
        }
        out.println(Phrase.text(language, affected ? "affected.summary" : "replay.summary", report.total(),
                report.identical(), report.changed(), report.notReplayed())
                + (affected && report.skipped() > 0 ? " " + Phrase.text(language, "affected.skipped", report.skipped()) : ""));
    }
}
