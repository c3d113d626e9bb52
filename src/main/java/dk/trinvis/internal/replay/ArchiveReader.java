package dk.trinvis.internal.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an archive of decisions: JSON Lines (one decision or receipt per line), or decisions as
 * {@code decide --format json} prints them, pretty and one after another. In JSON Lines a line
 * that is not JSON is reported and the rest are still read.
 */
public final class ArchiveReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveReader() {
    }

    /** Every entry of the archive, in order. */
    public static List<Archived> read(Reader in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return List.of();
        }
        return whole(lines.get(first)) ? jsonLines(lines) : stream(String.join("\n", lines));
    }

    /** Whether the line is one complete JSON value. */
    private static boolean whole(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() == null) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Archived> jsonLines(List<String> lines) {
        List<Archived> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser p = JSON.createParser(line)) {
                out.add(p.nextToken() == JsonToken.START_OBJECT ? DecisionStream.read(JSON, p, i + 1)
                        : Archived.unreadable(i + 1, "not a JSON object"));
            } catch (JsonProcessingException e) {
                out.add(Archived.unreadable(i + 1, "not JSON: " + e.getOriginalMessage()));
            } catch (IOException e) {
                out.add(Archived.unreadable(i + 1, "cannot be read: " + e.getMessage()));
            }
        }
        return out;
    }

    /** Pretty JSON values one after another; a syntax error ends the reading there, reported. */
    private static List<Archived> stream(String text) {
        List<Archived> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(new StringReader(text))) {
            int line = 1;
            try {
                while (p.nextToken() != null) {
                    line = p.currentTokenLocation().getLineNr();
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        out.add(Archived.unreadable(line, "not a JSON object"));
                        p.skipChildren();
                        continue;
                    }
                    out.add(DecisionStream.read(JSON, p, line));
                }
            } catch (JsonProcessingException e) {
                out.add(Archived.unreadable(e.getLocation() == null ? line : e.getLocation().getLineNr(),
                        "not JSON: " + e.getOriginalMessage() + " (nothing after it was read)"));
            }
        } catch (IOException e) {
            out.add(Archived.unreadable(1, "cannot be read: " + e.getMessage()));
        }
        return out;
    }
}
