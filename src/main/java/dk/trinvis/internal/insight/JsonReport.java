package dk.trinvis.internal.insight;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report as JSON for a program: the tables as arrays of rows, ids only, the names of the ids
 * that occur once in {@code names}. A count is a number when it is 10 or more and the string
 * {@code "< 10"} otherwise; so is a share, by the decisions it is a share of.
 */
final class JsonReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    static String render(Report r, Names names, dk.trinvis.model.Language lang) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            write(g, r, names, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void write(JsonGenerator g, Report r, Names names, dk.trinvis.model.Language lang) throws IOException {
        Report.Summary s = r.summary();
        g.writeStartObject();
        g.writeStringField("report", "channel-shift");
        g.writeNumberField("version", 1);
        g.writeStringField("suppressedBelow", Long.toString(Cells.THRESHOLD));
        g.writeNumberField("target", s.target());
        g.writeObjectFieldStart("read");
        g.writeArrayFieldStart("files");
        for (String f : s.files()) {
            g.writeString(f);
        }
        g.writeEndArray();
        count(g, "lines", s.lines());
        g.writeNumberField("skipped", s.skipped());
        g.writeArrayFieldStart("skippedLines");
        for (String p : s.problems()) {
            g.writeString(p);
        }
        g.writeEndArray();
        count(g, "events", s.events());
        count(g, "decisions", s.decisions());
        count(g, "notTallied", s.notTallied());
        g.writeStringField("firstMonth", s.firstMonth());
        g.writeStringField("lastMonth", s.lastMonth());
        g.writeEndObject();

        Set<String> municipalities = new TreeSet<>();
        Set<String> services = new TreeSet<>();
        Set<String> grounds = new TreeSet<>();
        g.writeArrayFieldStart("selfService");
        for (Report.ShareRow row : r.shares()) {
            municipalities.add(row.municipality());
            services.add(row.service());
            g.writeStartObject();
            where(g, row.municipality(), row.service());
            g.writeStringField("month", row.month());
            count(g, "decisions", row.decisions());
            if (row.shown()) {
                g.writeNumberField("share", Cells.rounded(row.share()));
                g.writeBooleanField("targetMet", row.share() >= s.target());
            } else {
                g.writeStringField("share", Cells.SUPPRESSED);
                g.writeStringField("targetMet", Cells.SUPPRESSED);
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("grounds");
        for (Report.GroundRow row : r.grounds()) {
            g.writeStartObject();
            where(g, row.municipality(), row.service());
            g.writeStringField("month", row.month());
            g.writeStringField("alternative", row.alternative().value());
            count(g, "decisions", row.decisions());
            g.writeArrayFieldStart("grounds");
            for (Report.GroundCount c : row.grounds()) {
                grounds.add(c.ground());
                g.writeStartObject();
                g.writeStringField("ground", c.ground());
                count(g, "decisions", c.decisions());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("help");
        for (Report.HelpRow row : r.help()) {
            g.writeStartObject();
            g.writeStringField("municipality", row.municipality());
            g.writeNumberField("weekday", row.weekday());
            g.writeNumberField("hour", row.hour());
            count(g, "sentToHelp", row.sent());
            count(g, "noneOpen", row.noneOpen());
            count(g, "noneListed", row.noneListed());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeObjectFieldStart("interview");
        g.writeArrayFieldStart("pages");
        for (Report.PageRow row : r.pages()) {
            g.writeStartObject();
            where(g, row.municipality(), row.service());
            g.writeNumberField("answers", row.answers());
            count(g, "shown", row.shown());
            count(g, "done", row.done());
            count(g, "leftEstimate", row.left());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("questions");
        for (Report.QuestionRow row : r.questions()) {
            g.writeStartObject();
            where(g, row.municipality(), row.service());
            g.writeStringField("question", row.question());
            count(g, "asked", row.asked());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeObjectFieldStart("names");
        g.writeObjectFieldStart("municipalities");
        for (String m : municipalities) {
            g.writeStringField(m, names.municipality(m));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("services");
        for (String id : services) {
            g.writeStringField(id, names.service(id, lang));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("grounds");
        for (String id : grounds) {
            g.writeStringField(id, names.ground(id, lang));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void where(JsonGenerator g, String municipality, String service) throws IOException {
        g.writeStringField("municipality", municipality);
        g.writeStringField("service", service);
    }

    private static void count(JsonGenerator g, String field, long n) throws IOException {
        if (Cells.shown(n)) {
            g.writeNumberField(field, n);
        } else {
            g.writeStringField(field, Cells.SUPPRESSED);
        }
    }
}
