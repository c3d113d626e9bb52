package dk.trinvis.internal.lint;

import dk.trinvis.model.Phrase;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HoursPeriod;
import dk.trinvis.model.Link;
import dk.trinvis.model.Location;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.TestCase;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.compiled.Problems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Warnings about hours, Markdown links inside texts and tests: content that loads but that
 * citizens or testers would trip over.
 */
final class ContentLint {
    private static final Pattern SPAN = Pattern.compile("(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)");
    /** An overnight span longer than this is more likely two times written the wrong way round. */
    private static final int LONGEST_PLAUSIBLE_NIGHT = 12 * 60;
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private ContentLint() {
    }

    static void hours(HelpOffer o, Problems out) {
        List<HoursPeriod> dated = new ArrayList<>(o.hours());
        dated.sort(Comparator.comparing((HoursPeriod h) -> h.validity().from(), Comparator.nullsFirst(Comparator.naturalOrder())));
        if (!dated.isEmpty()) {
            LocalDate first = dated.get(0).validity().from();
            LocalDate exists = o.validity().from();
            if (first != null && (exists == null || exists.isBefore(first))) {
                out.warning(LintCode.HOURS_GAP, dated.get(0).location(), Phrase.of("lint.TRV114.before", o.id(), first));
            }
        }
        for (int i = 1; i < dated.size(); i++) {
            LocalDate end = dated.get(i - 1).validity().to();
            LocalDate next = dated.get(i).validity().from();
            if (end != null && next != null && end.isBefore(next)) {
                out.warning(LintCode.HOURS_GAP, dated.get(i).location(), Phrase.of("lint.TRV114.between", o.id(), end, next));
            }
        }
        for (HoursPeriod h : o.hours()) {
            Matcher m = SPAN.matcher(h.spec());
            while (m.find()) {
                int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
                int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
                if (end < start && end + 1440 - start > LONGEST_PLAUSIBLE_NIGHT) {
                    out.warning(LintCode.HOURS_SWAPPED, h.location(), Phrase.of("lint.TRV115", m.group(),
                            m.group(3) + ":" + m.group(4) + "-" + m.group(1) + ":" + m.group(2)));
                }
            }
        }
    }

    /** Links written as Markdown inside a text, as {@link Link}s located at the text's owner. */
    static void markdownLinks(@Nullable Text text, Location at, Consumer<Link> check) {
        if (text == null) {
            return;
        }
        for (String t : (Iterable<String>) text.all()::iterator) {
            if (t == null || t.indexOf("](") < 0) {
                continue;
            }
            MARKDOWN.parse(t).accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Link link) {
                    check.accept(new Link(link.getDestination(), Text.da(plain(link)), at));
                }
            });
        }
    }

    private static String plain(Node link) {
        StringBuilder b = new StringBuilder();
        for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
            b.append(PLAIN.render(n));
        }
        return b.toString();
    }

    /** Step ids a test expects that no guide it reads (national or its municipality's overlay) has. */
    static void testSteps(RuleSetModel model, Problems out) {
        for (TestCase t : model.tests()) {
            if (t.expect() == null || !t.expect().needsGuide()) {
                continue;
            }
            Set<String> known = new LinkedHashSet<>();
            for (Guide g : model.guides()) {
                if (g.service().equals(t.given().service())
                        && (!g.overlay() || Objects.equals(g.municipality(), t.given().municipality()))) {
                    known.addAll(g.stepIds());
                }
            }
            Set<String> expected = new LinkedHashSet<>();
            for (List<String> ids : java.util.Arrays.asList(t.expect().stepsShown(), t.expect().stepsHidden(),
                    t.expect().stepsOrder())) {
                if (ids != null) {
                    expected.addAll(ids);
                }
            }
            for (String id : expected) {
                if (!known.contains(id)) {
                    String close = DidYouMean.closest(id, known).orElse(null);
                    out.warning(LintCode.TEST_UNKNOWN_STEP, t.location(), close == null
                            ? Phrase.of("lint.TRV116", t.name(), id, t.given().service())
                            : Phrase.of("lint.TRV116.close", t.name(), id, t.given().service(), close));
                }
            }
        }
    }
}
