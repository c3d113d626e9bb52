package dk.trinvis.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dk.trinvis.model.Capability;
import dk.trinvis.model.Contact;
import dk.trinvis.model.Decision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A {@link Decision} as compact JSON, streamed: the fields in {@code Decision}'s declared order,
 * written straight to UTF-8 by one Jackson generator — what {@link Decision#toJson()} gives, byte
 * for byte, once its indentation is taken out. {@code DecisionJsonTest} holds the two together on
 * every bundled test request and on random ones, so a field added to a record and not here fails
 * the build.
 */
public final class DecisionJson {
    /** Immutable once built and thread-safe; buffers are recycled per thread by Jackson. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private static final SerializedString SERVICE = name("service");
    private static final SerializedString MUNICIPALITY = name("municipality");
    private static final SerializedString REQUIREMENT = name("requirement");
    private static final SerializedString UNTIL = name("until");
    private static final SerializedString CHANNEL = name("channel");
    private static final SerializedString ALTERNATIVE = name("alternative");
    private static final SerializedString AUTHORITY = name("authority");
    private static final SerializedString GROUNDS = name("grounds");
    private static final SerializedString CONSIDERED_GROUNDS = name("consideredGrounds");
    private static final SerializedString HELP = name("help");
    private static final SerializedString MISSING_FACTS = name("missingFacts");
    private static final SerializedString TRACE = name("trace");
    private static final SerializedString RECEIPT = name("receipt");
    private static final SerializedString ID = name("id");
    private static final SerializedString NAME = name("name");
    private static final SerializedString CONTACT = name("contact");
    private static final SerializedString PROCESSED_BY = name("processedBy");
    private static final SerializedString TITLE = name("title");
    private static final SerializedString EFFECT = name("effect");
    private static final SerializedString LEGAL = name("legal");
    private static final SerializedString LOCATION = name("location");
    private static final SerializedString OUTCOME = name("outcome");
    private static final SerializedString REASON = name("reason");
    private static final SerializedString TYPE = name("type");
    private static final SerializedString CAN = name("can");
    private static final SerializedString OPEN_NOW = name("openNow");
    private static final SerializedString HOURS = name("hours");
    private static final SerializedString CLOSES_AT = name("closesAt");
    private static final SerializedString NEXT_OPENING = name("nextOpening");
    private static final SerializedString QUESTION = name("question");
    private static final SerializedString ASKED_OF = name("askedOf");
    private static final SerializedString DECIDES = name("decides");
    private static final SerializedString RULE = name("rule");
    private static final SerializedString TEXT = name("text");
    private static final SerializedString RULE_SET_HASH = name("ruleSetHash");
    private static final SerializedString AT = name("at");
    private static final SerializedString LANG = name("lang");
    private static final SerializedString AUDIENCE = name("audience");
    private static final SerializedString FACTS = name("facts");
    private static final SerializedString PHONE = name("phone");
    private static final SerializedString EMAIL = name("email");
    private static final SerializedString URL = name("url");
    private static final SerializedString ADDRESS = name("address");

    private DecisionJson() {
    }

    private static SerializedString name(String field) {
        return new SerializedString(field);
    }

    /** The decision as compact UTF-8 JSON, e.g. for a response whose length is sent first. */
    public static byte[] bytes(Decision decision) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            write(decision, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the decision as compact UTF-8 JSON to the stream, which is flushed, not closed: a
     * server writes it into its response buffer without a copy of the whole document.
     */
    public static void write(Decision decision, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            decision(g, decision);
        }
    }

    private static void decision(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeFieldName(SERVICE);
        g.writeString(d.service());
        g.writeFieldName(MUNICIPALITY);
        g.writeString(d.municipality());
        g.writeFieldName(REQUIREMENT);
        g.writeString(d.requirement().value());
        g.writeFieldName(UNTIL);
        moment(g, d.until());
        g.writeFieldName(CHANNEL);
        if (d.channel() == null) {
            g.writeNull();
        } else {
            g.writeString(d.channel().value());
        }
        g.writeFieldName(ALTERNATIVE);
        g.writeString(d.alternative().value());
        g.writeFieldName(AUTHORITY);
        authority(g, d.authority());
        g.writeFieldName(GROUNDS);
        g.writeStartArray();
        for (Decision.MatchedGround m : d.grounds()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(m.id());
            g.writeFieldName(TITLE);
            g.writeString(m.title());
            g.writeFieldName(EFFECT);
            g.writeString(m.effect().value());
            g.writeFieldName(LEGAL);
            g.writeString(m.legal());
            g.writeFieldName(LOCATION);
            g.writeString(m.location());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(CONSIDERED_GROUNDS);
        g.writeStartArray();
        for (Decision.ConsideredGround c : d.consideredGrounds()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(c.id());
            g.writeFieldName(EFFECT);
            g.writeString(c.effect().value());
            g.writeFieldName(OUTCOME);
            g.writeString(c.outcome().value());
            g.writeFieldName(REASON);
            g.writeString(c.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(HELP);
        g.writeStartArray();
        for (Decision.Help h : d.help()) {
            help(g, h);
        }
        g.writeEndArray();
        g.writeFieldName(MISSING_FACTS);
        g.writeStartArray();
        for (Decision.MissingFact m : d.missingFacts()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(m.id());
            g.writeFieldName(TYPE);
            g.writeString(m.type());
            g.writeFieldName(QUESTION);
            g.writeString(m.question());
            g.writeFieldName(ASKED_OF);
            g.writeString(m.askedOf().value());
            g.writeFieldName(DECIDES);
            strings(g, m.decides());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(TRACE);
        g.writeStartArray();
        for (Decision.TraceEntry t : d.trace()) {
            g.writeStartObject();
            g.writeFieldName(RULE);
            g.writeString(t.rule());
            g.writeFieldName(LOCATION);
            g.writeString(t.location());
            g.writeFieldName(LEGAL);
            g.writeString(t.legal());
            g.writeFieldName(OUTCOME);
            g.writeString(t.outcome().value());
            g.writeFieldName(TEXT);
            g.writeString(t.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(RECEIPT);
        receipt(g, d.receipt());
        g.writeEndObject();
    }

    private static void authority(JsonGenerator g, Decision.Responsible a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(a.id());
        g.writeFieldName(NAME);
        g.writeString(a.name());
        g.writeFieldName(CONTACT);
        contact(g, a.contact());
        g.writeFieldName(PROCESSED_BY);
        strings(g, a.processedBy());
        g.writeEndObject();
    }

    private static void help(JsonGenerator g, Decision.Help h) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(h.id());
        g.writeFieldName(TYPE);
        g.writeString(h.type().value());
        g.writeFieldName(NAME);
        g.writeString(h.name());
        g.writeFieldName(CONTACT);
        contact(g, h.contact());
        g.writeFieldName(CAN);
        g.writeStartArray();
        for (Capability c : h.can()) {
            g.writeString(c.value());
        }
        g.writeEndArray();
        g.writeFieldName(OPEN_NOW);
        if (h.openNow() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(h.openNow());
        }
        g.writeFieldName(HOURS);
        g.writeString(h.hours());
        g.writeFieldName(CLOSES_AT);
        moment(g, h.closesAt());
        g.writeFieldName(NEXT_OPENING);
        moment(g, h.nextOpening());
        g.writeEndObject();
    }

    private static void contact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        g.writeFieldName(PHONE);
        g.writeString(c.phone());
        g.writeFieldName(EMAIL);
        g.writeString(c.email());
        g.writeFieldName(URL);
        g.writeString(c.url());
        g.writeFieldName(ADDRESS);
        g.writeString(c.address());
        g.writeEndObject();
    }

    private static void receipt(JsonGenerator g, Decision.Receipt r) throws IOException {
        g.writeStartObject();
        g.writeFieldName(RULE_SET_HASH);
        g.writeString(r.ruleSetHash());
        g.writeFieldName(AT);
        moment(g, r.at());
        g.writeFieldName(LANG);
        g.writeString(r.lang());
        g.writeFieldName(AUDIENCE);
        g.writeString(r.audience().value());
        g.writeFieldName(FACTS);
        g.writeStartObject();
        for (Map.Entry<String, Object> f : r.facts().entrySet()) {
            g.writeFieldName(f.getKey());
            fact(g, f.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A fact's value: a decided request holds only the four types a fact can have. */
    private static void fact(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof LocalDate day) {
            g.writeString(day.toString());
        } else {
            throw new IllegalArgumentException("a fact of type " + value.getClass().getName()
                    + " in a decision: the engine accepts only boolean, integer, string and date facts");
        }
    }

    private static void moment(JsonGenerator g, OffsetDateTime at) throws IOException {
        if (at == null) {
            g.writeNull();
        } else {
            g.writeString(at.toString());
        }
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
