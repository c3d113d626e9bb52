package dk.trinvis.internal.cli;

import dk.trinvis.model.Phrase;
import dk.trinvis.RuleSet;
import dk.trinvis.check.BaseUpdate;
import dk.trinvis.check.LintCodes;
import dk.trinvis.check.Linter;
import dk.trinvis.check.Timeline;
import dk.trinvis.model.Language;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.internal.util.Json;
import dk.trinvis.internal.util.ControlChars;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trinvis check [PATH]}: loads a rule set and prints every problem with its location. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Load and lint a rule set; report every problem with file:line:column.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean, or warnings only", "1:errors (or warnings with --strict)", "2:usage error"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    RuleSetOption rules;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Same as --rules, as older versions took it.")
    @Nullable Path path;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Treat warnings as errors: they print and count as errors.")
    boolean strict;

    @Option(names = "--matrix", description = "Also print, per service and municipality, the dates the requirement changes.")
    boolean matrix;

    @Option(names = "--base", paramLabel = "DIR", description = "For a layer: load it on this base instead (a new "
            + "release, or 'bundled') and report what the update does to it: overlay anchors gone, replaced national "
            + "steps changed, tests that now fail.")
    String base;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language();
        Path folder = rules.folder(path, language);
        List<Problem> problems;
        boolean loaded;
        try {
            if (base != null && folder == null) {
                throw new UsageException(Phrase.text(language, "cli.base.noLayer"));
            }
            RuleSet ruleSet = base == null || folder == null ? RuleSetOption.read(folder, language)
                    : RuleSetOption.layerOn(folder, base, language);
            problems = new java.util.ArrayList<>(ruleSet.warnings());
            problems.addAll(new Linter(Clock.systemUTC(), strict).lint(ruleSet));
            if (base != null && folder != null) {
                List<Problem> update = update(folder, ruleSet, language);
                // "The new base has no step 'log-ind' any more" says more than "names no step": one line, not two.
                problems.removeIf(p -> p.code().equals(LintCodes.OVERLAY_UNKNOWN_STEP) && update.stream()
                        .anyMatch(u -> u.code().equals(LintCodes.BASE_DROPS_ANCHOR) && u.location().equals(p.location())));
                problems.addAll(update);
            }
            problems.sort(Problem.BY_LOCATION);
            loaded = true;
            if (matrix) {
                spec.commandLine().getOut().print(ControlChars.strip(Timeline.matrix(ruleSet)));
                spec.commandLine().getOut().flush();
            }
        } catch (RuleSetException e) {
            problems = e.problems();
            loaded = false;
        }
        if (strict) {
            // --strict means what it prints: every warning is an error (e.g. 'remove:' of a step that is not there).
            problems = problems.stream().map(p -> new Problem(Problem.Severity.ERROR, p.code(), p.location(), p.message(),
                    p.hint(), p.phrase())).toList();
        }
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.size() - errors;
        String prefix = RuleSetOption.prefix(folder);
        if (format == Format.JSON) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("ok", loaded && (warnings == 0 || !strict));
            report.put("errors", errors);
            report.put("warnings", warnings);
            report.put("problems", problems.stream().map(p -> json(p, prefix)).toList());
            out.println(Json.write(report));
        } else {
            problems.forEach(p -> out.println(ControlChars.strip(p.format(prefix, language))));
            out.println(summary(errors, warnings, language));
        }
        return errors > 0 || (strict && warnings > 0) ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    /** What the new base does to the layer, against the layer on the base it names; nothing to compare when that fails to load. */
    private static List<Problem> update(Path layer, RuleSet updated, Language language) {
        RuleSet current;
        try {
            current = RuleSet.load(layer);
        } catch (RuleSetException e) {
            return List.of();
        }
        return BaseUpdate.compare(current, updated, language);
    }

    private static Map<String, Object> json(Problem p, String prefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", p.severity().label());
        m.put("code", p.code());
        m.put("file", p.location().under(prefix).file());
        m.put("line", p.location().line());
        m.put("column", p.location().column());
        m.put("message", p.message());
        m.put("hint", p.hint());
        return m;
    }

    private static String summary(long errors, long warnings, Language lang) {
        if (errors == 0 && warnings == 0) {
            return Phrase.text(lang, "summary.clean");
        }
        return Phrase.text(lang, "summary.counts", errors, Phrase.text(lang, errors == 1 ? "summary.error.one"
                : "summary.error.many"), warnings, Phrase.text(lang, warnings == 1 ? "summary.warning.one"
                : "summary.warning.many"));
    }
}
