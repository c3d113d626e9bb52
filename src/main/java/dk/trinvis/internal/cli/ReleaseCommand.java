package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.util.EngineVersion;
import dk.trinvis.internal.yaml.Release;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trinvis release --rules DIR --out DIR}: freezes a rule set that loads into a
 * content-addressed release: its files, a manifest with each file's SHA-256, the rule set's hash,
 * the engine version and the date, and the release id (the manifest's SHA-256).
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Write a content-addressed release of a rule set: its files and a manifest of their hashes, "
                + "verified whenever it is loaded.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:released", "1:the rule set does not load", "2:usage error"})
final class ReleaseCommand implements Callable<Integer> {
    @Mixin
    RuleSetOption rules;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new folder for the release.")
    Path out;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Language language = lang.language();
        Path folder = rules.folder(null, language);
        if (folder == null) {
            throw new UsageException(Phrase.text(language, "release.rules"));
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || !empty(out))) {
            throw new UsageException(Phrase.text(language, "release.outNotEmpty", out));
        }
        // Only a rule set that loads is released; it is loaded as the release will be read.
        RuleSet ruleSet = ReplayOutput.load(folder, language, spec);
        if (ruleSet == null) {
            return ExitCode.SOFTWARE;
        }
        String id = Release.write(folder, out, EngineVersion.CURRENT, Instant.now());
        spec.commandLine().getOut().println(Phrase.text(language, "release.written", out, id, ruleSet.contentHash()));
        return ExitCode.OK;
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
