package dk.trinvis.internal.plan;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Area;
import dk.trinvis.model.LegalReference;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Authority;
import dk.trinvis.model.Legal;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Layer;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Period;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything a decision reads, prepared once per rule set: a plan per service, per municipality
 * and per help offer, the slots of the names conditions were compiled against, and the trace's
 * sentences in every language. Immutable and thread-safe.
 */
public final class Plans {
    private final RuleSetModel model;
    private final String contentHash;
    /** The release the rule set was loaded from, or null: receipts name it. */
    private final @Nullable String release;
    /** The parts a layered rule set was loaded from, for receipts; empty for one folder. */
    private final List<Layer> layers;
    private final Languages languages;
    private final Scope scope;
    private final Map<String, ServicePlan> services = new HashMap<>();
    /** Each municipality with its offers, by code: the one lookup of the municipality per decision. */
    private final Map<String, MunicipalityPlan> municipalities = new HashMap<>();
    /** Each fact with the slot of its rule name ({@code citizen.<id>}), by fact id. */
    private final Map<String, FactSlot> factSlots = new HashMap<>();
    /** Each outage's end with its Copenhagen offset, converted once. */
    private final Map<LocalDateTime, OffsetDateTime> outageEnds = new HashMap<>();
    private final Implications implications;

    /** Prepares the plans of a compiled rule set. */
    public Plans(CompiledRuleSet compiled) {
        this.model = compiled.model();
        this.contentHash = compiled.contentHash();
        this.release = compiled.release();
        // An immutable JDK list the receipt's List.copyOf keeps as it is: a stream's list it copied per decision.
        this.layers = compiled.layers().layered() ? List.copyOf(compiled.layers().layers()) : List.of();
        this.languages = new Languages(model);
        this.scope = compiled.rules();
        for (Fact f : model.facts().values()) {
            factSlots.put(f.id(), new FactSlot(f, scope.slot(Names.citizen(f.id()))));
        }
        this.implications = Implications.of(model, compiled.expressions(), scope, languages);
        for (Outage o : model.outages()) {
            outageEnds.put(o.to(), o.to().atZone(CopenhagenTime.ZONE).toOffsetDateTime());
        }
        prepareMunicipalities(compiled);
        Rules rules = new Rules(compiled);
        Shared shared = new Shared();
        for (Service s : model.services().values()) {
            services.put(s.id(), servicePlan(s, rules, shared));
        }
    }

    /** The rule set's records. */
    public RuleSetModel model() {
        return model;
    }

    /** SHA-256 over the rule set's files, as receipts name it. */
    public String contentHash() {
        return contentHash;
    }

    /** The id of the release the rule set was loaded from, or null. */
    public @Nullable String release() {
        return release;
    }

    /** The parts a layered rule set was loaded from, base first; empty for a rule set from one folder. */
    public List<Layer> layers() {
        return layers;
    }

    /** The languages sentences are prepared in. */
    public Languages languages() {
        return languages;
    }

    /** The names conditions were compiled against: a decision fills their slots once. */
    public Scope scope() {
        return scope;
    }

    /** The service's plan, or null for an unknown service. */
    public @Nullable ServicePlan service(String id) {
        return services.get(id);
    }

    /** The ids of the services planned. */
    public java.util.Set<String> serviceIds() {
        return services.keySet();
    }

    /** The municipality's plan, or null for an unknown code. */
    public @Nullable MunicipalityPlan municipality(String code) {
        return municipalities.get(code);
    }

    /** The fact with its slot, or null for an undeclared fact. */
    public @Nullable FactSlot fact(String id) {
        return factSlots.get(id);
    }

    /** The facts other facts imply, for the engine, the guide resolver and the interview alike. */
    public Implications implications() {
        return implications;
    }

    /** An outage's end with its Copenhagen offset. */
    public OffsetDateTime outageEnd(LocalDateTime end) {
        return Objects.requireNonNull(outageEnds.get(end), "every outage's end is converted at load");
    }

    /**
     * Every municipality with the offers serving it. One plan per offer, shared by every
     * municipality it serves: a rule set with many municipalities and national offers must not
     * cost municipalities × offers plans.
     */
    private void prepareMunicipalities(CompiledRuleSet compiled) {
        List<OfferPlan> national = new ArrayList<>();
        Map<String, List<OfferPlan>> local = new HashMap<>();
        int order = 0;
        for (HelpOffer o : model.helpOffers().values()) {
            OfferPlan plan = new OfferPlan(o, compiled.hours().get(o.id()), order++,
                    new PreparedEntry("HelpOffer", o.id(), o.location(), null, Outcome.NOT_IN_FORCE,
                            words -> words.offerNotInForce(o.name().in(words.language())), languages),
                    new PreparedEntry("HelpOffer", o.id(), o.location(), null, Outcome.HOURS_UNKNOWN,
                            words -> words.offerHoursUnknown(o.name().in(words.language())), languages),
                    names(o));
            if (o.national()) {
                national.add(plan);
            }
            for (String code : o.municipalities()) {
                local.computeIfAbsent(code, k -> new ArrayList<>()).add(plan);
            }
        }
        for (Municipality m : model.municipalities().values()) {
            List<OfferPlan> offers = new ArrayList<>(local.getOrDefault(m.code(), List.of()));
            offers.addAll(national);
            offers.sort(Comparator.comparingInt(OfferPlan::order));
            municipalities.put(m.code(), new MunicipalityPlan(m, municipalities.size(), List.copyOf(offers)));
        }
    }

    private ServicePlan servicePlan(Service s, Rules rules, Shared shared) {
        List<Outage> outages = model.outages().stream()
                .filter(o -> o.services().isEmpty() || o.services().contains(s.id())).toList();
        Area area = s.area() == null ? null : model.areas().get(s.area());
        Text exemptionAuthority = s.exemptionAuthority() != null ? s.exemptionAuthority()
                : area == null ? null : area.exemptionAuthority();
        String authorityId = s.authority() != null ? s.authority() : area == null ? null : area.authority();
        Authority authority = authorityId == null ? null : model.authorities().get(authorityId);
        AuthorityPlan[] authorities = authority == null ? null : authorityPlans(authority, s, shared);
        // Conditions on the service itself are decided here, once, not on every decision.
        Map<String, Object> own = new HashMap<>();
        own.put(Names.SERVICE_ID, s.id());
        if (s.area() != null) {
            own.put(Names.SERVICE_AREA, s.area());
        }
        List<GroundPlan> grounds = rules.grounds.stream().map(g -> g.given(own, rules.ranks, languages)).toList();
        List<AssistPlan> assists = rules.assists.stream().map(a -> a.given(own, rules.ranks, languages)).toList();
        GroundSentences[] sentences = new GroundSentences[grounds.size()];
        for (int i = 0; i < sentences.length; i++) {
            GroundPlan g = grounds.get(i);
            Legal cited = citedFor(g.ground().legal(), s);
            AskedFacts.Fact only = g.asked().only();
            // A condition of several facts words its unknown sentence by its own shape (GroundSentences.unknownEntry):
            // shared only by services whose folded conditions are equal.
            Expression several = only == null && g.asked().facts().length >= 2 ? g.when() : null;
            sentences[i] = shared.sentences.computeIfAbsent(
                    new SentencesKey(i, cited, exemptionAuthority, only == null ? null : only.id(), several),
                    k -> new GroundSentences(g, cited, exemptionAuthority, languages));
        }
        boolean[] inArea = inArea(s, grounds);
        return new ServicePlan(s, exemptionAuthority, authority, grounds, assists, outages, authorities,
                List.of(sentences), periodEntries(s),
                new PreparedEntry("Service", s.id(), s.location(), s.legal(), Outcome.OPTIONAL,
                        s.digital() ? TraceWords::optional : TraceWords::noSelfService, languages),
                inArea, new QuestionRanks(grounds, inArea, assists, rules.ranks.size(), languages),
                s.mandatoryDigital().stream().map(DayRange::of).toArray(DayRange[]::new));
    }

    /**
     * A ground's legal basis as it applies to one service. A ground written once for every service
     * cites the act of each wave that put its clause in the sector laws; a service is cited only the
     * acts among those that its own mandatory periods or its own basis name, so a decision on
     * moving never cites the act that made housing benefit digital. A ground whose acts the service
     * does not name keeps all of them.
     */
    static @Nullable Legal citedFor(@Nullable Legal ground, Service s) {
        if (ground == null || ground.references().size() < 2) {
            return ground;
        }
        Set<String> own = new HashSet<>();
        if (s.legal() != null) {
            s.legal().references().forEach(r -> own.add(r.act()));
        }
        for (Period p : s.mandatoryDigital()) {
            if (p.basis() != null) {
                p.basis().references().forEach(r -> own.add(r.act()));
            }
        }
        List<LegalReference> cited = ground.references().stream().filter(r -> own.contains(r.act())).toList();
        return cited.isEmpty() || cited.size() == ground.references().size() ? ground
                : new Legal(cited, ground.plain());
    }

    /**
     * The authority plan for the service in each municipality, by {@link MunicipalityPlan#index()}.
     * Which offers can take a request in for the authority depends on the service only through the
     * offers that help with it, so services alike in that share one array of plans.
     */
    private AuthorityPlan[] authorityPlans(Authority a, Service s, Shared shared) {
        List<HelpOffer> acting = shared.acting.computeIfAbsent(a.id(), id -> model.helpOffers().values().stream()
                .filter(o -> AuthorityPlan.actsFor(a, o)).toList());
        BitSet helping = new BitSet(acting.size());
        for (int i = 0; i < acting.size(); i++) {
            if (acting.get(i).helpsWith(s)) {
                helping.set(i);
            }
        }
        return shared.places.computeIfAbsent(new PlacesKey(a.id(), helping), k -> {
            AuthorityPlan[] byPlace = new AuthorityPlan[municipalities.size()];
            for (MunicipalityPlan p : municipalities.values()) {
                List<HelpOffer> candidates = AuthorityPlan.candidates(a, s, p.offers());
                byPlace[p.index()] = shared.authorities.computeIfAbsent(new AuthorityKey(a.id(), p.index(),
                                candidates.stream().map(HelpOffer::id).toList()),
                        key -> AuthorityPlan.prepare(a, p.municipality(), candidates, languages));
            }
            return byPlace;
        });
    }

    /** The offer's name by {@link TraceWords#index()}: looking a text up per offer per decision was a twentieth of it. */
    private String[] names(HelpOffer o) {
        String[] names = new String[languages.size()];
        for (int l = 0; l < names.length; l++) {
            names[l] = o.name().in(languages.words(l).language());
        }
        return names;
    }

    private static boolean[] inArea(Service s, List<GroundPlan> grounds) {
        boolean[] in = new boolean[grounds.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = grounds.get(i).ground().appliesToArea(s.area());
        }
        return in;
    }

    /** Per mandatory period, what the trace says when it applies, has not begun, and has ended. */
    private List<PreparedEntry[]> periodEntries(Service s) {
        List<PreparedEntry[]> out = new ArrayList<>();
        for (Period p : s.mandatoryDigital()) {
            Legal basis = p.basis() == null ? s.legal() : p.basis();
            out.add(new PreparedEntry[] {
                entry(s, p, Outcome.APPLIES, words -> words.periodApplies(String.valueOf(p.from()), basis == null ? "" : basis.citation())),
                entry(s, p, Outcome.NOT_YET, words -> words.periodNotYet(String.valueOf(p.from()))),
                entry(s, p, Outcome.ENDED, words -> words.periodEnded(String.valueOf(p.to())))});
        }
        return List.copyOf(out);
    }

    private PreparedEntry entry(Service s, Period p, Outcome outcome, Function<TraceWords, String> text) {
        return new PreparedEntry("Service", s.id(), p.location(), p.basis(), outcome, text, languages);
    }

    /**
     * The rule set's grounds and assist rules as planned before any service folds them, with the
     * rank of every fact their conditions name.
     */
    private final class Rules {
        final Map<String, Integer> ranks;
        final List<GroundPlan> grounds = new ArrayList<>();
        final List<AssistPlan> assists = new ArrayList<>();

        Rules(CompiledRuleSet compiled) {
            List<Expression> conditions = new ArrayList<>();
            model.grounds().forEach(g -> conditions.add(compiled.expression(g.when())));
            model.assistRules().forEach(r -> conditions.add(compiled.expression(r.when())));
            this.ranks = AskedFacts.ranks(conditions);
            for (ExemptionGround g : model.grounds()) {
                Expression when = compiled.expression(g.when());
                FactQuestions questions = new FactQuestions("ExemptionGround:" + g.id(), when, model.facts(), languages);
                grounds.add(new GroundPlan(g, when, questions, new AskedFacts(when, ranks, questions, languages),
                        DayRange.of(g.validity())));
            }
            for (AssistRule r : model.assistRules()) {
                Expression when = compiled.expression(r.when());
                FactQuestions questions = new FactQuestions("AssistRule:" + r.id(), when, model.facts(), languages);
                assists.add(new AssistPlan(r, when, questions, new AskedFacts(when, ranks, questions, languages),
                        DayRange.of(r.validity()),
                        assistEntry(r, Outcome.APPLIES, words -> words.assist(r.title().in(words.language()))),
                        assistEntry(r, Outcome.NOT_APPLICABLE, words -> words.assistNot(r.title().in(words.language()))),
                        assistEntry(r, Outcome.UNKNOWN, words -> words.assistUnknown(r.title().in(words.language())))));
            }
        }

        private PreparedEntry assistEntry(AssistRule r, Outcome outcome, Function<TraceWords, String> text) {
            return new PreparedEntry("AssistRule", r.id(), r.location(), r.legal(), outcome, text, languages);
        }
    }

    /**
     * What services share while their plans are made: a rule set of a thousand services with fifty
     * grounds must not prepare fifty thousand sets of the same sentences, nor a candidates list per
     * service in every municipality.
     */
    private static final class Shared {
        /** Services with the same authority and the same offers helping share one plan per municipality. */
        final Map<AuthorityKey, AuthorityPlan> authorities = new HashMap<>();
        /** Per authority, the offers that may act for it, in rule-set order. */
        final Map<String, List<HelpOffer>> acting = new HashMap<>();
        /** The plans per municipality, by authority and which of its acting offers help with the service. */
        final Map<PlacesKey, AuthorityPlan[]> places = new HashMap<>();
        final Map<SentencesKey, GroundSentences> sentences = new HashMap<>();
    }

    /** What makes two services' authority plans in one municipality the same. */
    private record AuthorityKey(String authority, int municipality, List<String> offers) {
    }

    /** What makes two services' authority plans the same in every municipality: bit i, whether the i-th acting offer helps. */
    private record PlacesKey(String authority, BitSet helping) {
    }

    /**
     * Everything a ground's sentences depend on ({@link GroundSentences}): the ground (by its place
     * among the rule set's grounds), its legal basis as cited for the service, who decides
     * exemptions, and the one fact its condition, folded for the service, names, or the folded
     * condition itself when it names several.
     */
    private record SentencesKey(int ground, @Nullable Legal cited, @Nullable Text exemptionAuthority,
                                @Nullable String onlyFact, @Nullable Expression several) {
    }
}
