package dk.trinvis.internal.cli;

import dk.trinvis.internal.util.ControlChars;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.TrinvisException;
import java.util.List;

/**
 * A rule set that does not load, said as {@code check} says it: every problem with the folder in
 * front of its file, in the editor's language, then one closing line. Exits with code 1.
 */
final class LoadFailure extends TrinvisException {
    private static final long serialVersionUID = 1L;

    private LoadFailure(String message) {
        super(message);
    }

    /** The problems of a failed load, printed from the folder given ({@code prefix}) in the language. */
    static LoadFailure of(RuleSetException e, String prefix, Language lang) {
        List<Problem> problems = e.problems();
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        StringBuilder b = new StringBuilder();
        problems.forEach(p -> b.append(ControlChars.strip(p.format(prefix, lang))).append('\n'));
        b.append("trinvis: ").append(Phrase.text(lang, "cli.load.failed", errors,
                Phrase.text(lang, errors == 1 ? "summary.error.one" : "summary.error.many")));
        return new LoadFailure(b.toString());
    }
}
