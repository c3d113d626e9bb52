package dk.trinvis.internal.json;

import dk.trinvis.internal.util.DeferredList;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Capability;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Contact;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Layer;
import dk.trinvis.model.Effect;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.Legal;
import dk.trinvis.model.LegalReference;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Requirement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Decision} as compact JSON, streamed as UTF-8: the fields in {@code Decision}'s declared
 * order, byte for byte what {@link Decision#toJson()} gives once its indentation is taken out.
 * {@code DecisionJsonTest} holds the two together on every bundled test request, on random ones
 * and on texts and facts that need escaping, so a field added to a record and not here fails the
 * build.
 *
 * <p>Most of a decision is text a rule set prepared at load — trace sentences, grounds, questions,
 * contacts — shared by every decision as the same objects. Their JSON is kept by identity the
 * first time it is written ({@link Fragments}) and copied after that, and so is the fixed first
 * part of a help offer or a missing fact, under its id, checked against the other parts it was
 * written from; what is made for one request (a trace sentence made on reading, a help offer's
 * status and times, the receipt) is written anew ({@link JsonBytes}). One writer serves any number of threads and rule sets: keep one, as
 * {@code serve} does.
 */
public final class DecisionJson {
    /**
     * Room for the prepared values a busy server meets: the bundled set's are about 1,700 for its
     * test requests in one language. 256 KB of slots, and the JSON of the values kept.
     */
    private static final int SLOTS = 1 << 16;
    /** A whole decision of the bundled set fits, so it reaches the stream in one write. */
    private static final int BUFFER = 16 * 1024;
    /** A fragment is written on its own the first time; most are a few hundred bytes. */
    private static final int FRAGMENT_BUFFER = 1024;

    private static final byte[] SERVICE = JsonBytes.ascii("{\"service\":");
    private static final byte[] MUNICIPALITY = JsonBytes.ascii(",\"municipality\":");
    private static final byte[] REQUIREMENT = JsonBytes.ascii(",\"requirement\":");
    private static final byte[] UNTIL = JsonBytes.ascii(",\"until\":");
    private static final byte[] CHANNEL = JsonBytes.ascii(",\"channel\":");
    private static final byte[] ALTERNATIVE = JsonBytes.ascii(",\"alternative\":");
    private static final byte[] AUTHORITY = JsonBytes.ascii(",\"authority\":");
    private static final byte[] GROUNDS = JsonBytes.ascii(",\"grounds\":[");
    private static final byte[] CONSIDERED_GROUNDS = JsonBytes.ascii("],\"consideredGrounds\":[");
    private static final byte[] HELP = JsonBytes.ascii("],\"help\":[");
    private static final byte[] MISSING_FACTS = JsonBytes.ascii("],\"missingFacts\":[");
    private static final byte[] TRACE = JsonBytes.ascii("],\"trace\":[");
    private static final byte[] RECEIPT = JsonBytes.ascii("],\"receipt\":{\"ruleSetHash\":");

    private static final byte[] ID_FIRST = JsonBytes.ascii("{\"id\":");
    private static final byte[] NAME = JsonBytes.ascii(",\"name\":");
    private static final byte[] CONTACT = JsonBytes.ascii(",\"contact\":");
    private static final byte[] PROCESSED_BY = JsonBytes.ascii(",\"processedBy\":");
    private static final byte[] TITLE = JsonBytes.ascii(",\"title\":");
    private static final byte[] EFFECT = JsonBytes.ascii(",\"effect\":");
    private static final byte[] LEGAL = JsonBytes.ascii(",\"legal\":");
    private static final byte[] LOCATION = JsonBytes.ascii(",\"location\":");
    private static final byte[] OUTCOME = JsonBytes.ascii(",\"outcome\":");
    private static final byte[] REASON = JsonBytes.ascii(",\"reason\":");
    private static final byte[] TYPE = JsonBytes.ascii(",\"type\":");
    private static final byte[] CAN = JsonBytes.ascii(",\"can\":");
    private static final byte[] OPEN_NOW = JsonBytes.ascii(",\"openNow\":");
    private static final byte[] HOURS = JsonBytes.ascii(",\"hours\":");
    private static final byte[] CLOSES_AT = JsonBytes.ascii(",\"closesAt\":");
    private static final byte[] NEXT_OPENING = JsonBytes.ascii(",\"nextOpening\":");
    private static final byte[] QUESTION = JsonBytes.ascii(",\"question\":");
    private static final byte[] ASKED_OF = JsonBytes.ascii(",\"askedOf\":");
    private static final byte[] DECIDES = JsonBytes.ascii(",\"decides\":");
    private static final byte[] DONT_KNOW = JsonBytes.ascii(",\"dontKnow\":");
    private static final byte[] DONT_KNOW_TRUE = JsonBytes.ascii(",\"dontKnow\":true");
    private static final byte[] RULE_FIRST = JsonBytes.ascii("{\"rule\":");
    private static final byte[] TEXT = JsonBytes.ascii(",\"text\":");
    private static final byte[] ENGINE_VERSION = JsonBytes.ascii(",\"engineVersion\":");
    private static final byte[] RELEASE = JsonBytes.ascii(",\"release\":");
    private static final byte[] LAYERS = JsonBytes.ascii(",\"layers\":[");
    private static final byte[] LAYER_NAME = JsonBytes.ascii("{\"name\":");
    private static final byte[] NEXT_LAYER_NAME = JsonBytes.ascii(",{\"name\":");
    private static final byte[] LAYER_MUNICIPALITY = JsonBytes.ascii(",\"municipality\":");
    private static final byte[] LAYER_BASE = JsonBytes.ascii(",\"base\":");
    private static final byte[] LAYER_HASH = JsonBytes.ascii(",\"contentHash\":");
    private static final byte[] SERVICE_FIELD = JsonBytes.ascii(",\"service\":");
    private static final byte[] AT = JsonBytes.ascii(",\"at\":");
    private static final byte[] LANG = JsonBytes.ascii(",\"lang\":");
    private static final byte[] AUDIENCE = JsonBytes.ascii(",\"audience\":");
    private static final byte[] FACTS = JsonBytes.ascii(",\"facts\":{");
    private static final byte[] ACT_FIRST = JsonBytes.ascii("{\"act\":");
    private static final byte[] SECTION = JsonBytes.ascii(",\"section\":");
    private static final byte[] ELI = JsonBytes.ascii(",\"eli\":");
    private static final byte[] INFERRED = JsonBytes.ascii(",\"inferred\":");
    private static final byte[] PHONE_FIRST = JsonBytes.ascii("{\"phone\":");
    private static final byte[] EMAIL = JsonBytes.ascii(",\"email\":");
    private static final byte[] URL = JsonBytes.ascii(",\"url\":");
    private static final byte[] ADDRESS = JsonBytes.ascii(",\"address\":");

    // The spellings of the enums as JSON strings, made once: their value() methods build the text
    // on each call.
    private static final byte[][] REQUIREMENTS = spellings(Requirement.values(), Requirement::value);
    private static final byte[][] CHANNELS = spellings(Channel.values(), Channel::value);
    private static final byte[][] EFFECTS = spellings(Effect.values(), Effect::value);
    private static final byte[][] OUTCOMES = spellings(Outcome.values(), Outcome::value);
    private static final byte[][] HELP_TYPES = spellings(HelpType.values(), HelpType::value);
    private static final byte[][] AUDIENCES = spellings(Audience.values(), Audience::value);

    private final Fragments fragments;
    /** Each thread's buffer, reused from decision to decision. */
    private final ThreadLocal<JsonBytes> buffers = ThreadLocal.withInitial(() -> new JsonBytes(BUFFER));

    /** A writer with room for the prepared values of several rule sets. */
    public DecisionJson() {
        this(SLOTS);
    }

    /** A writer that keeps the JSON of at most this many values (rounded up to a power of two). */
    DecisionJson(int slots) {
        this.fragments = new Fragments(slots);
    }

    private static <E extends Enum<E>> byte[][] spellings(E[] values, Function<E, String> spelling) {
        byte[][] out = new byte[values.length][];
        for (E e : values) {
            out[e.ordinal()] = JsonBytes.ascii("\"" + spelling.apply(e) + "\"");
        }
        return out;
    }

    /**
     * The decision as compact UTF-8 JSON, e.g. for a response whose length is sent first: written
     * into this thread's buffer and copied once into an array of its own.
     */
    public byte[] bytes(Decision decision) {
        JsonBytes json = buffers.get().collect();
        try {
            decision(json, decision);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail", e);
        }
        return json.collected();
    }

    /**
     * Writes the decision as compact UTF-8 JSON to the stream, which is flushed, not closed: a
     * server writes it into its response buffer without a copy of the whole document.
     */
    public void write(Decision decision, OutputStream out) throws IOException {
        JsonBytes json = buffers.get().to(out);
        decision(json, decision);
        json.finish();
    }

    private void decision(JsonBytes json, Decision d) throws IOException {
        json.raw(SERVICE);
        json.string(d.service());
        json.raw(MUNICIPALITY);
        json.string(d.municipality());
        json.raw(REQUIREMENT);
        json.raw(REQUIREMENTS[d.requirement().ordinal()]);
        json.raw(UNTIL);
        json.moment(d.until());
        json.raw(CHANNEL);
        if (d.channel() == null) {
            json.writeNull();
        } else {
            json.raw(CHANNELS[d.channel().ordinal()]);
        }
        json.raw(ALTERNATIVE);
        json.raw(EFFECTS[d.alternative().ordinal()]);
        json.raw(AUTHORITY);
        authority(json, d.authority());
        json.raw(GROUNDS);
        list(json, d.grounds());
        json.raw(CONSIDERED_GROUNDS);
        list(json, d.consideredGrounds());
        json.raw(HELP);
        List<Decision.Help> help = d.help();
        for (int i = 0; i < help.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            help(json, help.get(i));
        }
        json.raw(MISSING_FACTS);
        List<Decision.MissingFact> missing = d.missingFacts();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            missing(json, missing.get(i));
        }
        json.raw(TRACE);
        list(json, d.trace());
        json.raw(RECEIPT);
        receipt(json, d.receipt());
        json.raw('}');
    }

    /**
     * The values of a list, comma-separated: those made on reading for this one request are
     * written anew, the others copied from what was kept.
     */
    private void list(JsonBytes json, List<?> values) throws IOException {
        DeferredList<?> deferred = values instanceof DeferredList<?> d ? d : null;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            Object v = values.get(i);
            if (deferred != null && deferred.madeOnRead(i)) {
                value(json, v);
            } else {
                kept(json, v);
            }
        }
    }

    /** Writes the JSON kept for this very value (null as null), writing and keeping it if there is none. */
    private void kept(JsonBytes json, @Nullable Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        Fragment f = fragments.find(value);
        // A part kept under the same object (an id) is not the value's own JSON.
        if (f == null || f.from().length != 0) {
            JsonBytes alone = new JsonBytes(FRAGMENT_BUFFER).collect();
            value(alone, value);
            f = fragments.keep(new Fragment(value, alone.collected()));
        }
        json.raw(f.json());
    }

    /** Writes one of the values a decision holds. */
    private void value(JsonBytes json, Object value) throws IOException {
        if (value instanceof String s) {
            json.string(s);
        } else if (value instanceof Decision.TraceEntry t) {
            trace(json, t);
        } else if (value instanceof Decision.ConsideredGround c) {
            considered(json, c);
        } else if (value instanceof Decision.MatchedGround m) {
            matched(json, m);
        } else if (value instanceof Contact c) {
            contact(json, c);
        } else if (value instanceof Legal l) {
            legal(json, l);
        } else if (value instanceof Set<?> can) {
            json.raw('[');
            boolean first = true;
            for (Object c : can) {
                if (!first) {
                    json.raw(',');
                }
                first = false;
                json.string(((Capability) c).value());
            }
            json.raw(']');
        } else {
            throw new IllegalArgumentException("no JSON for a " + value.getClass().getName() + " in a decision");
        }
    }

    private void trace(JsonBytes json, Decision.TraceEntry t) throws IOException {
        json.raw(RULE_FIRST);
        json.string(t.rule());
        json.raw(LOCATION);
        json.string(t.location());
        json.raw(LEGAL);
        // The legal reference is the rule set's own text, shared by every entry made from the rule.
        kept(json, t.legal());
        json.raw(OUTCOME);
        json.raw(OUTCOMES[t.outcome().ordinal()]);
        json.raw(TEXT);
        json.string(t.text());
        json.raw('}');
    }

    private static void considered(JsonBytes json, Decision.ConsideredGround c) throws IOException {
        json.raw(ID_FIRST);
        json.string(c.id());
        json.raw(EFFECT);
        json.raw(EFFECTS[c.effect().ordinal()]);
        json.raw(OUTCOME);
        json.raw(OUTCOMES[c.outcome().ordinal()]);
        json.raw(REASON);
        json.string(c.reason());
        json.raw('}');
    }

    /** A legal basis as {@code Legal}'s JSON: its one reference as an object, or its references as an array. */
    private static void legal(JsonBytes json, Legal legal) throws IOException {
        List<LegalReference> references = legal.references();
        if (references.size() == 1) {
            reference(json, references.get(0));
            return;
        }
        json.raw('[');
        for (int i = 0; i < references.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            reference(json, references.get(i));
        }
        json.raw(']');
    }

    private static void reference(JsonBytes json, LegalReference r) throws IOException {
        json.raw(ACT_FIRST);
        json.string(r.act());
        json.raw(SECTION);
        json.string(r.section());
        json.raw(ELI);
        json.string(r.eli());
        json.raw(INFERRED);
        json.bool(r.inferred());
        json.raw('}');
    }

    private void matched(JsonBytes json, Decision.MatchedGround m) throws IOException {
        json.raw(ID_FIRST);
        json.string(m.id());
        json.raw(TITLE);
        json.string(m.title());
        json.raw(REASON);
        json.string(m.reason());
        json.raw(EFFECT);
        json.raw(EFFECTS[m.effect().ordinal()]);
        json.raw(LEGAL);
        // The ground's own legal basis, shared by every decision that matches it.
        kept(json, m.legal());
        json.raw(LOCATION);
        json.string(m.location());
        json.raw('}');
    }

    /**
     * A missing fact field by field: most are prepared at load, but one that several rules ask is
     * made per request; its question is the rule set's own text either way.
     */
    private void missing(JsonBytes json, Decision.MissingFact m) throws IOException {
        // Id, type, question and audience are the rule set's, also in a fact made per request.
        Fragment head = fragments.find(m.id());
        if (head == null || !head.madeFrom(m.type(), m.question(), m.askedOf(), null)) {
            JsonBytes alone = new JsonBytes(FRAGMENT_BUFFER).collect();
            alone.raw(ID_FIRST);
            alone.string(m.id());
            alone.raw(TYPE);
            alone.string(m.type());
            alone.raw(QUESTION);
            kept(alone, m.question());
            alone.raw(ASKED_OF);
            alone.raw(AUDIENCES[m.askedOf().ordinal()]);
            alone.raw(DECIDES);
            head = fragments.keep(new Fragment(m.id(), alone.collected(),
                    new @Nullable Object[] {m.type(), m.question(), m.askedOf(), null}));
        }
        json.raw(head.json());
        strings(json, m.decides());
        if (m.dontKnow()) {
            // Left out when false, as toJson() leaves it (NON_DEFAULT).
            json.raw(DONT_KNOW_TRUE);
        }
        json.raw('}');
    }

    /**
     * The responsible authority field by field: it is prepared at load, but made per request when
     * an offer that processes for it is down, and those must not crowd out what is kept.
     */
    private void authority(JsonBytes json, Decision.@Nullable Responsible a) throws IOException {
        if (a == null) {
            json.writeNull();
            return;
        }
        json.raw(ID_FIRST);
        json.string(a.id());
        json.raw(NAME);
        kept(json, a.name());
        json.raw(CONTACT);
        kept(json, a.contact());
        json.raw(PROCESSED_BY);
        strings(json, a.processedBy());
        json.raw('}');
    }

    /** A help offer at the moment: made per request, but its name, contact, abilities and hours are the offer's own. */
    private void help(JsonBytes json, Decision.Help h) throws IOException {
        // Id, type, name, contact and abilities are the offer's own: its fixed first part is kept.
        Fragment head = fragments.find(h.id());
        if (head == null || !head.madeFrom(h.type(), h.name(), h.contact(), h.can())) {
            JsonBytes alone = new JsonBytes(FRAGMENT_BUFFER).collect();
            alone.raw(ID_FIRST);
            alone.string(h.id());
            alone.raw(TYPE);
            alone.raw(HELP_TYPES[h.type().ordinal()]);
            alone.raw(NAME);
            kept(alone, h.name());
            alone.raw(CONTACT);
            kept(alone, h.contact());
            alone.raw(CAN);
            kept(alone, h.can());
            alone.raw(OPEN_NOW);
            head = fragments.keep(new Fragment(h.id(), alone.collected(),
                    new Object[] {h.type(), h.name(), h.contact(), h.can()}));
        }
        json.raw(head.json());
        if (h.openNow() == null) {
            json.writeNull();
        } else {
            json.bool(h.openNow());
        }
        json.raw(HOURS);
        kept(json, h.hours());
        json.raw(CLOSES_AT);
        json.moment(h.closesAt());
        json.raw(NEXT_OPENING);
        json.moment(h.nextOpening());
        json.raw('}');
    }

    private static void contact(JsonBytes json, Contact c) throws IOException {
        json.raw(PHONE_FIRST);
        json.string(c.phone());
        json.raw(EMAIL);
        json.string(c.email());
        json.raw(URL);
        json.string(c.url());
        json.raw(ADDRESS);
        json.string(c.address());
        json.raw('}');
    }

    private void receipt(JsonBytes json, Decision.Receipt r) throws IOException {
        kept(json, r.ruleSetHash());
        json.raw(ENGINE_VERSION);
        json.string(r.engineVersion());
        json.raw(RELEASE);
        json.string(r.release());
        if (!r.layers().isEmpty()) {
            // Left out when empty, as toJson() leaves it (NON_EMPTY): only a rule set loaded in layers has them.
            layers(json, r.layers());
        }
        json.raw(SERVICE_FIELD);
        json.string(r.service());
        json.raw(MUNICIPALITY);
        json.string(r.municipality());
        json.raw(AT);
        json.moment(r.at());
        json.raw(LANG);
        json.string(r.lang());
        json.raw(AUDIENCE);
        json.raw(AUDIENCES[r.audience().ordinal()]);
        json.raw(FACTS);
        boolean first = true;
        for (Map.Entry<String, Object> f : r.facts().entrySet()) {
            if (!first) {
                json.raw(',');
            }
            first = false;
            json.string(f.getKey());
            json.raw(':');
            fact(json, f.getValue());
        }
        json.raw('}');
        if (!r.dontKnow().isEmpty()) {
            // Left out when empty, as toJson() leaves it (NON_EMPTY); the copy only for the rare "ved ikke".
            json.raw(DONT_KNOW);
            strings(json, List.copyOf(r.dontKnow()));
        }
        json.raw('}');
    }

    private static void layers(JsonBytes json, List<Layer> layers) throws IOException {
        json.raw(LAYERS);
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            json.raw(i == 0 ? LAYER_NAME : NEXT_LAYER_NAME);
            json.string(l.name());
            json.raw(LAYER_MUNICIPALITY);
            json.string(l.municipality());
            json.raw(LAYER_BASE);
            json.string(l.base());
            json.raw(LAYER_HASH);
            json.string(l.contentHash());
            json.raw(RELEASE);
            json.string(l.release());
            json.raw('}');
        }
        json.raw(']');
    }

    /** A fact's value: a decided request holds only the four types a fact can have. */
    private static void fact(JsonBytes json, Object value) throws IOException {
        if (value instanceof Boolean b) {
            json.bool(b);
        } else if (value instanceof Long n) {
            json.number(n);
        } else if (value instanceof String s) {
            json.string(s);
        } else if (value instanceof LocalDate day) {
            json.day(day);
        } else {
            throw new IllegalArgumentException("a fact of type " + value.getClass().getName()
                    + " in a decision: the engine accepts only boolean, integer, string and date facts");
        }
    }

    private static void strings(JsonBytes json, List<String> values) throws IOException {
        json.raw('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            json.string(values.get(i));
        }
        json.raw(']');
    }
}
