package dk.trinvis.internal.yaml;

import dk.trinvis.model.Area;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Authority;
import dk.trinvis.model.Capability;
import dk.trinvis.model.Contact;
import dk.trinvis.model.DocumentInfo;
import dk.trinvis.model.Effect;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactGroup;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.HoursPeriod;
import dk.trinvis.model.Language;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.Link;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Period;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import dk.trinvis.model.Step;
import dk.trinvis.model.TestCase;
import dk.trinvis.internal.util.DidYouMean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Turns composed YAML documents into model records, one kind at a time, into a {@link Collected}. */
final class Documents {
    /** Fields that name other documents: problems with them point at the field, not the document. */
    private static final List<String> REFERENCE_FIELDS = List.of("area", "areas", "exceptAreas", "services",
            "municipalities", "service", "municipality", "authority", "offers", "actsFor");

    private final Collected out;
    private boolean tests = true;

    Documents(Collected out) {
        this.out = out;
    }

    /** Whether the documents read next have their tests kept: a base's tests are the base's, not a layer's. */
    void readTests(boolean keep) {
        this.tests = keep;
    }

    void read(Node document, Scalars scalars) {
        String kind = kindOf(document, scalars);
        if (kind == null) {
            return;
        }
        Shape.Obj shape = Objects.requireNonNull(Schema.KINDS.get(kind), "kindOf returns known kinds only");
        Mapping m = Mapping.of(scalars, document, shape);
        if (m == null) {
            return;
        }
        Mapping lint = m.mapping("lint");
        String id = switch (kind) {
            case "Facts" -> "facts";
            case "Municipality" -> m.string("code");
            case "Guide" -> m.string("service");
            case "Test" -> m.string("name");
            case "TestDefaults" -> "defaults";
            case "Layer" -> "layer";
            default -> m.string("id");
        };
        out.documents.add(new DocumentInfo(kind, id, m.location(), m.string("source"), m.date("sourceDate"),
                m.date("reviewBy"), m.string("assumption"), new HashSet<>(lint == null ? List.of() : lint.strings("ignore"))));
        references(m, shape);
        switch (kind) {
            case "Facts" -> facts(m);
            case "Area" -> out.areas.add(new Area(required(m.string("id")), required(m.text("title")), m.text("exemptionAuthority"),
                    m.string("authority"), m.location()));
            case "Authority" -> out.authorities.add(authority(m));
            case "Service" -> out.services.add(service(m));
            case "Municipality" -> out.municipalities.add(municipality(m));
            case "ExemptionGround" -> out.grounds.add(ground(m));
            case "AssistRule" -> out.assistRules.add(new AssistRule(required(m.string("id")), required(m.text("title")),
                    required(m.condition("when")), m.period(null), m.legal("legal"), m.location()));
            case "HelpOffer" -> out.helpOffers.add(helpOffer(m));
            case "Outage" -> out.outages.add(new Outage(required(m.string("id")), m.strings("services"),
                    m.strings("municipalities"), required(m.dateTime("from")), required(m.dateTime("to")), m.text("reason"),
                    m.strings("channels"), m.strings("offers"), m.location()));
            case "Guide" -> out.guides.add(guide(m));
            case "LifeEvent" -> out.lifeEvents.add(lifeEvent(m));
            case "Test" -> {
                if (tests) {
                    out.tests.add(test(m));
                }
            }
            case "TestDefaults" -> testDefaults(m);
            case "Layer" -> {
                // Read before the documents are: LayerStack loads the base it names.
            }
            default -> throw new IllegalStateException("kind without reader: " + kind);
        }
    }

    private void references(Mapping m, Shape.Obj shape) {
        for (String field : REFERENCE_FIELDS) {
            if (shape.field(field).isPresent() && !m.absent(field)) {
                out.fields.put(m.location() + "#" + field, m.location(field));
            }
        }
    }

    private static @Nullable String kindOf(Node document, Scalars scalars) {
        if (!(document instanceof MappingNode map)) {
            scalars.problems().error(Codes.KIND, scalars.location(document), Phrase.of("kind.notMapping"));
            return null;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")) {
                String kind = t.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
                if (Schema.KINDS.containsKey(kind)) {
                    return kind;
                }
                String close = DidYouMean.closest(kind, Schema.KINDS.keySet()).orElse(null);
                scalars.problems().error(Codes.KIND, scalars.location(t.getValueNode()), close != null
                        ? Phrase.of("kind.unknown.close", kind, close)
                        : Phrase.of("kind.unknown", kind, String.join(", ", Schema.KINDS.keySet())));
                return null;
            }
        }
        scalars.problems().error(Codes.KIND, scalars.location(document),
                Phrase.of("kind.missing", String.join(", ", Schema.KINDS.keySet())));
        return null;
    }

    private void facts(Mapping m) {
        for (Mapping.Entry e : m.entries("facts")) {
            Mapping f = m.bind(e.value(), Schema.FACT);
            if (f == null) {
                continue;
            }
            String type = f.string("type");
            if (type != null) {
                String askedOf = f.string("askedOf");
                Long order = f.integer("order");
                out.facts.add(new Fact(e.key(), FactType.valueOf(type.toUpperCase(Locale.ROOT)), f.text("question"),
                        f.integer("min"), f.integer("max"), f.strings("values"),
                        askedOf == null ? Audience.CITIZEN : Audience.parse(askedOf).orElse(Audience.CITIZEN),
                        order == null ? null : Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, order))),
                        e.location(), implied(f), f.bool("dontKnow", false), expected(f)));
            }
        }
        for (Mapping.Entry e : m.entries("groups")) {
            Mapping g = m.bind(e.value(), Schema.GROUP);
            if (g != null) {
                out.groups.add(new FactGroup(e.key(), required(g.text("question")), required(g.text("none")), g.strings("facts"),
                        e.location()));
            }
        }
    }

    /** A fact's implications; one without a condition or a value is reported and left out. */
    private static List<Fact.Implied> implied(Mapping f) {
        List<Fact.Implied> out = new ArrayList<>();
        for (Mapping i : f.mappings("implied")) {
            Condition when = i.condition("when");
            Object value = i.value("value");
            if (when != null && value != null) {
                out.add(new Fact.Implied(when, value, i.location()));
            }
        }
        return out;
    }

    /** A fact's expected share, or null when it has none or it is malformed (reported). */
    private static Fact.@Nullable Expected expected(Mapping f) {
        Mapping x = f.mapping("expected");
        if (x == null) {
            return null;
        }
        Double share = x.share("share");
        String source = x.string("source");
        String assumption = x.string("assumption");
        LocalDate reviewBy = x.date("reviewBy");
        if ((source == null) == (assumption == null)) {
            x.scalars().problems().error(Codes.MISSING, x.location(), Phrase.of("expected.sourceOrAssumption"));
            return null;
        }
        if (assumption != null && reviewBy == null) {
            x.scalars().problems().error(Codes.MISSING, x.location(), Phrase.of("expected.reviewBy"));
            return null;
        }
        return share == null ? null : new Fact.Expected(share, source, assumption, reviewBy, x.location());
    }

    private static LifeEvent lifeEvent(Mapping m) {
        Map<String, LifeEvent.Deadline> deadlines = new LinkedHashMap<>();
        for (Mapping.Entry e : m.entries("deadlines")) {
            Mapping d = m.bind(e.value(), Schema.DEADLINE);
            if (d == null) {
                continue;
            }
            Long months = d.integer("months");
            Long days = d.integer("days");
            if ((months == null || months <= 0) && (days == null || days <= 0)) {
                m.scalars().problems().error(Codes.PERIOD, e.location(), Phrase.of("lifeEvent.noDeadline", e.key()));
                continue;
            }
            deadlines.put(e.key(), new LifeEvent.Deadline(clamp(months), clamp(days), required(d.text("text")),
                    d.string("source"), d.legal("legal"), e.location()));
        }
        return new LifeEvent(required(m.string("id")), required(m.text("title")), m.text("description"), m.strings("services"),
                m.text("date"), deadlines, m.location());
    }

    /** A non-negative count of months or days, bounded so date arithmetic cannot overflow. */
    private static int clamp(@Nullable Long n) {
        return n == null ? 0 : (int) Math.max(0, Math.min(1200, n));
    }

    private static Service service(Mapping m) {
        Mapping self = m.mapping("selfService");
        Link selfService = self == null ? null : new Link(required(self.string("url")), self.text("text"), self.location());
        List<Period> periods = m.mappings("mandatoryDigital").stream().map(p -> p.period("basis")).toList();
        return new Service(required(m.string("id")), required(m.text("title")), required(m.string("area")), m.legal("legal"), selfService,
                m.text("exemptionAuthority"), m.string("authority"), m.bool("digital", true), periods, m.text("description"), m.location());
    }

    private Municipality municipality(Mapping m) {
        List<SteerPolicy> policies = new ArrayList<>();
        for (Mapping p : m.mappings("steerDigital")) {
            references(p, Schema.STEER);
            policies.add(new SteerPolicy(p.strings("areas"), p.strings("services"), p.period("basis")));
        }
        return new Municipality(required(m.string("code")), required(m.string("name")), m.string("region"), m.string("officialName"),
                m.string("genitive"), policies, m.location());
    }

    private static ExemptionGround ground(Mapping m) {
        String effect = m.string("effect");
        return new ExemptionGround(required(m.string("id")), required(m.text("title")), required(m.condition("when")),
                required(effect == null ? null : Effect.valueOf(effect.toUpperCase(Locale.ROOT).replace('-', '_'))),
                m.period(null), m.strings("areas"), m.strings("exceptAreas"), m.legal("legal"),
                m.text("description"), m.text("reason"), m.location());
    }

    private static Contact contact(Mapping m) {
        Mapping c = m.mapping("contact");
        return c == null ? Contact.NONE
                : new Contact(c.string("phone"), c.string("email"), c.string("url"), c.string("address"));
    }

    private static Authority authority(Mapping m) {
        return new Authority(required(m.string("id")), required(m.text("name")), contact(m), m.bool("municipal", false),
                m.strings("offers"), m.legal("legal"), m.location());
    }

    /** What an offer can do: {@code can:}, else the older {@code guidanceOnly:} flag, else guide only. */
    private static Set<Capability> capabilities(Mapping m) {
        if (!m.absent("can")) {
            Set<Capability> can = EnumSet.noneOf(Capability.class);
            m.strings("can").forEach(c -> can.add(Capability.of(c)));
            return can;
        }
        Boolean guidanceOnly = m.optionalBool("guidanceOnly");
        return guidanceOnly != null && !guidanceOnly ? EnumSet.of(Capability.GUIDE, Capability.PROCESS)
                : EnumSet.of(Capability.GUIDE);
    }

    private static HelpOffer helpOffer(Mapping m) {
        String type = m.string("type");
        Contact contact = contact(m);
        List<HoursPeriod> hours = m.mappings("hours").stream()
                .map(h -> new HoursPeriod(h.period(null), required(h.string("spec")), h.location("spec")))
                .filter(h -> h.spec() != null)
                .toList();
        return new HelpOffer(required(m.string("id")), required(m.text("name")),
                required(type == null ? null : HelpType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'))), contact,
                m.strings("municipalities"), m.strings("areas"), m.strings("services"), capabilities(m),
                m.strings("actsFor"), m.period(null), hours, m.text("description"), m.location());
    }

    private static Guide guide(Mapping m) {
        return new Guide(required(m.string("service")), m.string("municipality"), m.text("title"), m.text("intro"),
                m.texts("ready"), m.text("processingTime"), m.legal("legal"), links(m), steps(m, "steps"),
                m.mappings("remove").stream()
                        .map(r -> new Guide.Removal(required(r.string("step")), required(r.text("reason")), r.location())).toList(),
                m.location());
    }

    private static List<Link> links(Mapping m) {
        return m.mappings("links").stream().map(l -> new Link(required(l.string("url")), l.text("text"), l.location())).toList();
    }

    private static List<Step> steps(Mapping m, String field) {
        return m.mappings(field).stream()
                .map(s -> new Step(required(s.string("id")), required(s.text("title")), s.text("body"), s.condition("when"),
                        s.bool("optional", false), s.period(null), links(s), steps(s, "steps"), steps(s, "oneOf"),
                        s.string("replaces"), s.string("after"), s.string("before"), s.location()))
                .toList();
    }

    /** Remembers a file's test defaults; they apply to the tests written after them in that file. */
    private void testDefaults(Mapping m) {
        out.testDefaults.put(m.location().file(), m);
    }

    private TestCase test(Mapping m) {
        Mapping d = out.testDefaults.get(m.location().file());
        Mapping g = m.mapping("given");
        Mapping e = m.mapping("expect");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts(d, facts);
        facts(g, facts);
        String lang = first(g, d, "lang", Mapping::string);
        TestCase.Given given = new TestCase.Given(required(first(g, d, "service", Mapping::string)),
                required(first(g, d, "municipality", Mapping::string)), required(first(g, d, "at", Mapping::dateTime)), facts,
                lang == null ? Language.DA : Language.parse(lang).orElse(Language.DA));
        TestCase.Expect expect = null;
        if (e != null) {
            Mapping steps = e.mapping("steps");
            Mapping text = e.mapping("text");
            expect = new TestCase.Expect(e.string("requirement"), e.string("channel"), e.string("alternative"),
                    e.dateTime("until"), listOrNull(e, "grounds", e::strings), listOrNull(e, "missingFacts", e::strings),
                    e.absent("help") ? null : e.mappings("help").stream()
                            .map(h -> new TestCase.HelpExpectation(required(h.string("id")), h.optionalBool("openNow"),
                                    h.string("hours"))).toList(),
                    listOrNull(e, "helpAbsent", e::strings),
                    steps == null ? null : listOrNull(steps, "shown", steps::strings),
                    steps == null ? null : listOrNull(steps, "hidden", steps::strings),
                    steps == null ? null : listOrNull(steps, "order", steps::strings),
                    text == null ? null : listOrNull(text, "contains", text::strings),
                    text == null ? null : listOrNull(text, "absent", text::strings));
        }
        List<String> tags = new ArrayList<>(d == null ? List.of() : d.strings("tags"));
        m.strings("tags").stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        return new TestCase(required(m.string("name")), given, required(expect), tags, m.location());
    }

    private static void facts(@Nullable Mapping from, Map<String, Object> into) {
        if (from == null) {
            return;
        }
        for (Mapping.Entry entry : from.entries("facts")) {
            Object value = from.scalars().value(entry.value());
            if (value != null) {
                into.put(entry.key(), value);
            }
        }
    }

    /** The test's own value, else its file's default. */
    private static <T> @Nullable T first(@Nullable Mapping given, @Nullable Mapping defaults, String field, BiFunction<Mapping, String, T> read) {
        T own = given == null ? null : read.apply(given, field);
        return own != null || defaults == null ? own : read.apply(defaults, field);
    }

    /**
     * The value of a field the schema requires. Null only in a rule set that does not load: a missing
     * field was reported by {@link Mapping#of} (a test's request parts by the linker), so no model
     * built around the null escapes the load.
     */
    @SuppressWarnings("NullAway") // Returns a @Nullable value as non-null: the failed load, not the type, rules out null.
    private static <T> T required(@Nullable T value) {
        return value;
    }

    private static <T> @Nullable List<T> listOrNull(Mapping m, String field, Function<String, List<T>> read) {
        return m.absent(field) ? null : read.apply(field);
    }

    /** What the documents of a rule set declare, before cross-checks. */
    static final class Collected {
        final List<Fact> facts = new ArrayList<>();
        final List<FactGroup> groups = new ArrayList<>();
        final List<Area> areas = new ArrayList<>();
        final List<Service> services = new ArrayList<>();
        final List<Municipality> municipalities = new ArrayList<>();
        final List<ExemptionGround> grounds = new ArrayList<>();
        final List<AssistRule> assistRules = new ArrayList<>();
        final List<HelpOffer> helpOffers = new ArrayList<>();
        final List<Authority> authorities = new ArrayList<>();
        final List<Outage> outages = new ArrayList<>();
        final List<Guide> guides = new ArrayList<>();
        final List<LifeEvent> lifeEvents = new ArrayList<>();
        final List<TestCase> tests = new ArrayList<>();
        final List<DocumentInfo> documents = new ArrayList<>();
        /** The test defaults of each file, by file; a later one in the same file takes over. */
        final Map<String, Mapping> testDefaults = new HashMap<>();
        /** Where reference fields are written, by the location of their document and the field name. */
        final Map<String, Location> fields = new HashMap<>();

        /** Where a document's field is written, or the document's location when unknown. */
        Location at(Location document, String field) {
            return fields.getOrDefault(document + "#" + field, document);
        }
    }
}
