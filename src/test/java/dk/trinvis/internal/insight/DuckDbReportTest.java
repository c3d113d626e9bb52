package dk.trinvis.internal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionEvent;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB queries in docs/insight.md, run as written (only the file pattern pointed at a
 * folder of generated events, plain and gzip), give what {@code trinvis report} gives, hidden
 * cells included.
 */
class DuckDbReportTest {
    static Path dir;
    static Report report;

    @BeforeAll
    static void events(@TempDir Path folder) throws Exception {
        dir = folder;
        List<DecisionEvent> events = EventsFixture.random(7, 4_000);
        try (Writer plain = Files.newBufferedWriter(dir.resolve("events.jsonl"));
             OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("events.jsonl.1.gz")))) {
            for (int i = 0; i < events.size(); i++) {
                String line = events.get(i).toJson() + "\n";
                if (i % 2 == 0) {
                    plain.write(line);
                } else {
                    gz.write(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        report = Report.read(List.of(dir.resolve("events.jsonl").toString(), dir.resolve("events.jsonl.1.gz").toString()),
                new ByteArrayInputStream(new byte[0]), Filter.ALL, 0.8);
    }

    static String query(String name) throws Exception {
        String doc = Files.readString(Path.of("docs", "insight.md"));
        Matcher m = Pattern.compile("<!-- duckdb:" + name + " -->\\s*```sql\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("docs/insight.md has the %s query", name).isTrue();
        String sql = m.group(1);
        assertThat(sql).contains("'events*.jsonl*'");
        return sql.replace("'events*.jsonl*'", "'" + dir.resolve("events*.jsonl*") + "'").replaceAll(";\\s*$", "");
    }

    static List<String> rows(String sql, int columns) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(rs.getString(i));
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    @Test
    void theSelfServiceQueryGivesTheReportsTable() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Report.ShareRow r : report.shares()) {
            expected.add(r.municipality() + "|" + r.service() + "|" + r.month() + "|" + Cells.plain(r.decisions()) + "|"
                    + (r.shown() ? String.format(Locale.ROOT, "%.3f", Cells.rounded(r.share())) : Cells.SUPPRESSED));
        }
        List<String> actual = new ArrayList<>();
        for (String row : rows(query("shares"), 5)) {
            String[] c = row.split("\\|");
            // DuckDB prints a rounded decimal without trailing zeros; compare as three decimals.
            actual.add(String.join("|", c[0], c[1], c[2], c[3],
                    c[4].equals(Cells.SUPPRESSED) ? c[4] : String.format(Locale.ROOT, "%.3f", Double.parseDouble(c[4]))));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(expected).anyMatch(r -> r.contains("< 10")).anyMatch(r -> !r.contains("< 10"));
    }

    @Test
    void theHelpQueryGivesTheReportsTable() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Report.HelpRow r : report.help()) {
            expected.add(r.municipality() + "|" + r.weekday() + "|" + r.hour() + "|" + Cells.plain(r.sent()) + "|"
                    + Cells.plain(r.noneOpen()));
        }
        assertThat(rows(query("help"), 5)).containsExactlyElementsOf(expected);
    }
}
