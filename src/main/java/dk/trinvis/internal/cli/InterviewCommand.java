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
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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

    /** Asks until done; "back" drops the last page's answers, as a portal's back link does. */
    private int ask(RuleSet rules, DecisionRequest base, PrintWriter out) {
        Words words = new Words(base.language());
        List<Page> pages = new ArrayList<>();
        Interview i = interview(rules, base);
        while (!i.done()) {
            Question q = Objects.requireNonNull(i.next(), "an interview not done has a question");
            out.print(words.prompt(q, pages.size() + 1));
            out.flush();
            String line = readLine();
            if (line == null) {
                spec.commandLine().getErr().println("trinvis: " + words.ended());
                return ExitCode.USAGE;
            }
            line = line.strip();
            if (System.console() == null) {
                // Answers piped in are not echoed by a terminal; echo them so the transcript reads.
                out.println(ControlChars.strip(line));
            }
            if (words.isBack(line)) {
                if (!pages.isEmpty()) {
                    pages.remove(pages.size() - 1);
                }
                i = interview(rules, request(base, pages));
                continue;
            }
            Page page = q.group() != null ? words.members(q, line) : words.single(q, line);
            if (page == null) {
                out.println(words.invalid(q));
                continue;
            }
            List<Page> tried = new ArrayList<>(pages);
            tried.add(page);
            try {
                i = rules.interview(request(base, tried));
                pages.add(page);
            } catch (RequestException e) {
                // The rule set refused the value (out of range, not one of the values): ask again in words.
                out.println(words.invalid(q));
            }
        }
        out.println();
        out.print(i.guide() != null ? new TextRenderer().render(i.guide())
                : DecisionText.render(Objects.requireNonNull(i.decision(), "a finished interview has its decision"),
                        base.language()));
        return ExitCode.OK;
    }

    /** The request with every page's answers. */
    private static DecisionRequest request(DecisionRequest base, List<Page> pages) {
        Map<String, Object> facts = new LinkedHashMap<>();
        List<String> dontKnow = new ArrayList<>();
        for (Page p : pages) {
            facts.putAll(p.facts());
            dontKnow.addAll(p.dontKnow());
        }
        return base.facts(facts).dontKnow(dontKnow.toArray(new String[0]));
    }

    /**
     * The answers one page gave.
     *
     * @param facts    the facts answered with a value
     * @param dontKnow the facts answered "don't know"
     */
    private record Page(Map<String, Object> facts, List<String> dontKnow) {
    }

    private static Interview interview(RuleSet rules, DecisionRequest request) {
        try {
            return rules.interview(request);
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private @Nullable String readLine() {
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

        /**
         * The question, for a group with its numbered members and "0" for none of them. Questions and
         * allowed values are rule-set text: what a terminal would act on is taken out, as every command does.
         */
        String prompt(Question q, int number) {
            return ControlChars.strip(page(q, number));
        }

        private String page(Question q, int number) {
            String progress = book().get("interview.progress", number);
            if (q.group() == null) {
                return progress + " " + text(q.question(), Objects.requireNonNull(q.fact(), "a single question names its fact")) + " " + hint(q) + " ";
            }
            StringBuilder b = new StringBuilder(progress).append(' ').append(text(q.question(), q.group())).append('\n');
            for (int n = 0; n < q.facts().size(); n++) {
                Question.Member m = q.facts().get(n);
                b.append("  ").append(n + 1).append(". ").append(text(m.question(), m.fact()));
                if (m.dontKnow()) {
                    b.append(' ').append(book().get("interview.group.dontKnowThis", n + 1));
                }
                b.append('\n');
            }
            b.append("  0. ").append(text(q.none(), "0")).append('\n');
            return b.append(hint(q)).append(' ').toString();
        }

        private static String text(@Nullable String text, String id) {
            return text != null ? text : id;
        }

        String hint(Question q) {
            if (q.group() != null) {
                boolean dontKnow = q.facts().stream().anyMatch(Question.Member::dontKnow);
                return book().get(dontKnow ? "interview.group.hintDontKnow" : "interview.group.hint", q.facts().size());
            }
            if (q.type().equals("boolean")) {
                return book().get(q.dontKnow() ? "interview.yesNoDontKnow" : "interview.yesNo");
            }
            String dontKnow = q.dontKnow() ? "/" + book().get("interview.dontKnow") : "";
            if (!q.values().isEmpty()) {
                return "[" + String.join("/", q.values()) + dontKnow + "]";
            }
            if (q.type().equals("integer")) {
                return "[" + (q.min() == null ? "" : q.min()) + "–" + (q.max() == null ? "" : q.max()) + dontKnow + "]";
            }
            return q.type().equals("date") ? "[YYYY-MM-DD" + dontKnow + "]" : dontKnow.isEmpty() ? "" : "[" + dontKnow.substring(1) + "]";
        }

        /**
         * One fact's answer: yes and no in any bundled language for a yes/no question, "ved ikke" where
         * allowed, any other answer as written for the rule set to check; null for an answer that is none.
         */
        @Nullable Page single(Question q, String answer) {
            String a = answer.toLowerCase(Locale.ROOT);
            if (q.dontKnow() && anyBook("interview.dontKnowWord", a)) {
                return new Page(Map.of(), List.of(q.fact()));
            }
            if (q.type().equals("boolean")) {
                Boolean value = a.equals("true") || anyBook("interview.yes", a) ? Boolean.TRUE
                        : a.equals("false") || anyBook("interview.no", a) ? Boolean.FALSE : null;
                return value == null ? null : new Page(Map.of(q.fact(), value), List.of());
            }
            return answer.isEmpty() ? null : new Page(Map.of(q.fact(), answer), List.of());
        }

        /**
         * A group's answer: "0" for none, else the numbers of the members that apply ("1,3"), a member
         * not known written "?2" where allowed; every member shown and not named is no. Null for
         * anything else.
         */
        @Nullable Page members(Question q, String answer) {
            String[] parts = answer.split("[,;\\s]+");
            Map<String, Object> facts = new LinkedHashMap<>();
            List<String> dontKnow = new ArrayList<>();
            if (parts.length == 1 && parts[0].equals("0")) {
                q.facts().forEach(m -> facts.put(m.fact(), Boolean.FALSE));
                return new Page(facts, dontKnow);
            }
            Map<String, Boolean> chosen = new LinkedHashMap<>();
            for (String part : parts) {
                boolean unknown = part.startsWith("?");
                String digits = unknown ? part.substring(1) : part;
                if (!digits.matches("[0-9]{1,3}")) {
                    return null;
                }
                int n = Integer.parseInt(digits);
                if (n < 1 || n > q.facts().size()) {
                    return null;
                }
                Question.Member m = q.facts().get(n - 1);
                if (unknown && !m.dontKnow() || chosen.put(m.fact(), unknown) != null) {
                    return null;
                }
            }
            for (Question.Member m : q.facts()) {
                Boolean unknown = chosen.get(m.fact());
                if (Boolean.TRUE.equals(unknown)) {
                    dontKnow.add(m.fact());
                } else {
                    facts.put(m.fact(), unknown != null);
                }
            }
            return new Page(facts, dontKnow);
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

        String invalid(Question q) {
            return ControlChars.strip(book().get("interview.pleaseAnswer", hint(q)) + "; " + book().get("interview.back"));
        }

        String ended() {
            return book().get("interview.ended");
        }
    }
}
