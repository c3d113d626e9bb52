package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Language;
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.render.TextRenderer;
import java.io.BufferedReader;
import dk.trinvis.internal.util.ControlChars;
import dk.trinvis.internal.util.PhraseBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trinvis interview}: asks on the terminal, one question at a time, only what can still
 * change the decision or the guide, then prints the guide (or the decision). {@code --format json}
 * prints where the interview stands for the facts given, for scripts that ask themselves.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = "Ask the fewest questions, one at a time, then show the guide that applies.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the rule set has errors",
            "2:usage error, unknown service, municipality or fact, or input ended before the interview was done"})
final class InterviewCommand implements Callable<Integer> {
    private final BufferedReader in;

    @Mixin
    RequestOptions request;

    @Option(names = "--format", defaultValue = "text", converter = Converters.Interview.class,
            description = "text (ask on the terminal) or json (print the state for the facts given) (default: ${DEFAULT-VALUE}).")
    InterviewFormat format;

    @Option(names = "--audience", defaultValue = "citizen", paramLabel = "citizen|staff", converter = Converters.Answerer.class,
            description = "Who answers: staff are also asked staff and authority facts (default: ${DEFAULT-VALUE}).")
    Audience audience;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    InterviewCommand(BufferedReader in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        RuleSet rules = request.ruleSet();
        DecisionRequest base = request.toRequest(spec.commandLine().getErr()).audience(audience);
        PrintWriter out = spec.commandLine().getOut();
        if (format == InterviewFormat.JSON) {
            out.print(interview(rules, base).toJson() + "\n");
            return ExitCode.OK;
        }
        return ask(rules, base, out);
    }

    /** Asks until done; "back" drops the last answer, as a portal's back link does. */
    private int ask(RuleSet rules, DecisionRequest base, PrintWriter out) {
        Words words = new Words(base.language());
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Interview i = interview(rules, base);
        while (!i.done()) {
            Question q = i.next();
            out.print(words.prompt(q, order.size() + 1, order.size() + i.remaining()));
            out.flush();
            String line = readLine();
            if (line == null) {
                spec.commandLine().getErr().println("trinvis: " + words.ended(q));
                return ExitCode.USAGE;
            }
            line = line.strip();
            if (System.console() == null) {
                // Answers piped in are not echoed by a terminal; echo them so the transcript reads.
                out.println(ControlChars.strip(line));
            }
            if (words.isBack(line)) {
                if (!order.isEmpty()) {
                    answers.remove(order.remove(order.size() - 1));
                }
            } else {
                Object value = words.value(q, line);
                if (value == null) {
                    out.println(words.invalid(q, null));
                    continue;
                }
                try {
                    Map<String, Object> tried = new LinkedHashMap<>(answers);
                    tried.put(q.fact(), value);
                    i = rules.interview(base.facts(tried));
                    answers.put(q.fact(), value);
                    order.add(q.fact());
                    continue;
                } catch (RequestException e) {
                    out.println(words.invalid(q, e.getMessage()));
                    continue;
                }
            }
            i = interview(rules, base.facts(answers));
        }
        out.println();
        out.print(i.guide() != null ? new TextRenderer().render(i.guide())
                : DecisionText.render(i.decision(), base.language()));
        return ExitCode.OK;
    }

    private static Interview interview(RuleSet rules, DecisionRequest request) {
        try {
            return rules.interview(request);
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terminal's words in the citizen's language, and what they accept as answers in any bundled language. */
    private record Words(Language lang) {
        private PhraseBook book() {
            return PhraseBook.of(PhraseBook.CITIZEN, lang.code());
        }

        // Questions and allowed values are rule-set text: what a terminal would act on is taken out, as every command does.
        String prompt(Question q, int number, int atMost) {
            String text = q.question() != null ? q.question() : q.fact();
            return ControlChars.strip(book().get("interview.progress", number, atMost) + " " + text + " " + hint(q) + " ");
        }

        String hint(Question q) {
            if (q.type().equals("boolean")) {
                return book().get("interview.yesNo");
            }
            if (!q.values().isEmpty()) {
                return "[" + String.join("/", q.values()) + "]";
            }
            if (q.type().equals("integer")) {
                return "[" + (q.min() == null ? "" : q.min()) + "–" + (q.max() == null ? "" : q.max()) + "]";
            }
            return q.type().equals("date") ? "[YYYY-MM-DD]" : "";
        }

        /** Yes and no in any bundled language, null for another answer to a yes/no question; other answers go to the rule set's own validation as written. */
        Object value(Question q, String answer) {
            if (q.type().equals("boolean")) {
                String a = answer.toLowerCase(Locale.ROOT);
                if (a.equals("true") || anyBook("interview.yes", a)) {
                    return Boolean.TRUE;
                }
                return a.equals("false") || anyBook("interview.no", a) ? Boolean.FALSE : null;
            }
            return answer;
        }

        boolean isBack(String answer) {
            return anyBook("interview.backWord", answer.toLowerCase(Locale.ROOT));
        }

        private static boolean anyBook(String key, String answer) {
            for (String code : PhraseBook.CITIZEN_LANGUAGES) {
                if (List.of(PhraseBook.of(PhraseBook.CITIZEN, code).get(key).split(",")).contains(answer)) {
                    return true;
                }
            }
            return false;
        }

        String invalid(Question q, String why) {
            return ControlChars.strip(book().get("interview.pleaseAnswer", hint(q)) + (why == null ? "" : " (" + why + ")")
                    + "; " + book().get("interview.back"));
        }

        String ended(Question q) {
            return ControlChars.strip("input ended before '" + q.fact() + "' was answered");
        }
    }
}
