package dk.trinvis.internal.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The one JSON writer of Trinvis: stable field order, ISO dates, "\n" line ends on every OS. */
public final class Json {
    // ObjectWriter is immutable and thread-safe once built; sharing it avoids rebuilding per call.
    private static final ObjectWriter WRITER = writer();
    private static final ObjectWriter COMPACT = WRITER.withoutFeatures(SerializationFeature.INDENT_OUTPUT)
            .with(new MinimalPrettyPrinter(""));

    private Json() {
    }

    private static ObjectWriter writer() {
        SimpleModule dates = new SimpleModule("trinvis-dates");
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        dates.addSerializer(LocalDateTime.class, ToStringSerializer.instance);
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(dates)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer);
    }

    /** Writes any Trinvis result as compact UTF-8 JSON: the same fields in the same order, no white space. */
    public static byte[] compactBytes(Object value) {
        try {
            return COMPACT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes any Trinvis result as pretty JSON. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only a bug in a Trinvis record can get here: every value written is one of our own.
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a Trinvis record as compact JSON on one line, without a line end: one line of a JSON Lines file. */
    public static String line(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
