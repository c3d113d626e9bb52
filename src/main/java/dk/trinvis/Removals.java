package dk.trinvis;

import dk.trinvis.model.DocumentInfo;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Guide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Step;
import dk.trinvis.model.TestCase;
import dk.trinvis.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What a freshly loaded rule set no longer has that the running one had: files written only in
 * part (the new bytes are the start of the old ones, or nothing), documents, exemption grounds,
 * guide steps and their conditions, tests and facts, and texts that were cut short (the new text
 * is the start of the old one) or lost a language. A save in progress looks exactly like this: an
 * emptied {@code exemptions.yaml}, a guide written in two halves, a file truncated mid-copy all
 * load as smaller but valid rule sets. So a reload refuses such a set unless removals are accepted.
 */
final class Removals {
    /** Listed at most, then counted: a whole emptied folder should not print thousands of lines. */
    private static final int SHOWN = 10;

    private Removals() {
    }

    /** One line per thing lost, e.g. {@code step flytning/mitid} or {@code text of step flytning/mitid (da) cut short}. */
    static List<String> between(RuleSetModel current, RuleSetModel fresh, Map<String, byte[]> currentFiles,
                                Map<String, byte[]> freshFiles) {
        List<String> lost = new ArrayList<>();
        currentFiles.forEach((path, old) -> {
            byte[] now = freshFiles.get(path);
            if (now != null && startOf(now, old)) {
                lost.add("the end of file " + path + " (it is " + now.length + " of " + old.length + " bytes)");
            }
        });
        missing(documents(current), documents(fresh), "document ", lost);
        missing(ids(current.grounds(), ExemptionGround::id), ids(fresh.grounds(), ExemptionGround::id), "exemption ground ", lost);
        missing(ids(current.tests(), TestCase::name), ids(fresh.tests(), TestCase::name), "test ", lost);
        missing(count(current.facts().keySet()), count(fresh.facts().keySet()), "fact ", lost);
        Map<String, Text> before = texts(current);
        Map<String, Text> after = texts(fresh);
        missing(count(before.keySet()), count(after.keySet()), "", lost);
        before.forEach((where, old) -> {
            Text now = after.get(where);
            if (now != null) {
                shortened(old, now, (language, how) -> lost.add(where + " (" + language + ") " + how));
            }
        });
        if (lost.size() > SHOWN) {
            int more = lost.size() - SHOWN;
            List<String> shown = new ArrayList<>(lost.subList(0, SHOWN));
            shown.add("and " + more + " more");
            return shown;
        }
        return lost;
    }

    /** Whether the new bytes, but for trailing white space, are a proper start of the old: a file cut off. */
    private static boolean startOf(byte[] now, byte[] old) {
        int n = trimmedLength(now);
        if (n >= trimmedLength(old)) {
            return false;
        }
        return Arrays.equals(now, 0, n, old, 0, n);
    }

    private static int trimmedLength(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == '\n' || b[n - 1] == '\r' || b[n - 1] == '\t')) {
            n--;
        }
        return n;
    }

    private static void missing(Map<String, Integer> before, Map<String, Integer> after, String what, List<String> lost) {
        before.forEach((key, n) -> {
            if (after.getOrDefault(key, 0) < n) {
                lost.add(what + key);
            }
        });
    }

    /** Documents by kind and id (or by file, for kinds without one), counted. */
    private static Map<String, Integer> documents(RuleSetModel m) {
        List<String> keys = new ArrayList<>();
        for (DocumentInfo d : m.documents()) {
            keys.add(d.kind() + " " + (d.id() != null ? d.id() : "in " + d.location().file()));
        }
        return count(keys);
    }

    private static <T> Map<String, Integer> ids(List<T> items, java.util.function.Function<T, String> id) {
        return count(items.stream().map(id).toList());
    }

    private static Map<String, Integer> count(Iterable<String> keys) {
        Map<String, Integer> n = new HashMap<>();
        keys.forEach(k -> n.merge(k, 1, Integer::sum));
        return n;
    }

    /** The texts where a torn save shows: guides, their steps (by id), and exemption grounds. */
    private static Map<String, Text> texts(RuleSetModel m) {
        Map<String, Text> out = new LinkedHashMap<>();
        for (Guide g : m.guides()) {
            String guide = g.service() + (g.municipality() == null ? "" : "@" + g.municipality());
            put(out, "intro of guide " + guide, g.intro());
            steps(g.steps(), guide, out);
        }
        for (ExemptionGround g : m.grounds()) {
            put(out, "title of exemption ground " + g.id(), g.title());
            put(out, "description of exemption ground " + g.id(), g.description());
        }
        return out;
    }

    private static void steps(List<Step> steps, String guide, Map<String, Text> out) {
        for (Step s : steps) {
            put(out, "step " + guide + "/" + s.id(), s.title());
            if (s.when() != null) {
                // A condition cut off makes the step show to every citizen: as much a loss as the step.
                put(out, "condition of step " + guide + "/" + s.id(), Text.da(s.when().source()));
            }
            put(out, "body of step " + guide + "/" + s.id(), s.body());
            steps(s.steps(), guide, out);
            steps(s.oneOf(), guide, out);
        }
    }

    private static void put(Map<String, Text> out, String where, @Nullable Text text) {
        if (text != null) {
            out.putIfAbsent(where, text);
        }
    }

    /** Reports each language of the old text that the new one lost or has only the start of. */
    private static void shortened(Text old, Text now, BiConsumer<String, String> report) {
        old.byCode().forEach((language, before) -> {
            String after = now.byCode().get(language);
            if (after == null) {
                report.accept(language, "lost its translation");
            } else if (!Objects.equals(before.strip(), after.strip()) && before.strip().startsWith(after.strip())) {
                report.accept(language, "was cut short");
            }
        });
    }
}
