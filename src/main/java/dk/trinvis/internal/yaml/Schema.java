package dk.trinvis.internal.yaml;

import dk.trinvis.internal.util.Names;
import dk.trinvis.internal.yaml.Shape.Field;
import dk.trinvis.internal.yaml.Shape.ListOf;
import dk.trinvis.internal.yaml.Shape.MapOf;
import dk.trinvis.internal.yaml.Shape.Obj;
import dk.trinvis.internal.yaml.Shape.OneOf;
import dk.trinvis.internal.yaml.Shape.Scalar;
import dk.trinvis.internal.yaml.Shape.ScalarKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared shape of every document kind. The loader reads by these declarations and the
 * JSON Schema for editors is generated from them.
 */
public final class Schema {

    /** Values of {@code effect:}. */
    public static final List<String> EFFECTS = List.of("must-offer", "right-on-request", "may-accept");
    /** Values of a help offer's {@code type}. */
    public static final List<String> HELP_TYPES =
            List.of("phone", "chat", "in-person", "library", "volunteer", "mobile");
    /** Values of a fact's {@code type}. */
    public static final List<String> FACT_TYPES = List.of("boolean", "integer", "string", "date");
    /** Values of a fact's {@code askedOf}. */
    public static final List<String> AUDIENCES = List.of("citizen", "staff", "authority");
    /** Values of a help offer's {@code can}. */
    public static final List<String> CAPABILITIES =
            List.of("guide", "process", "issue-eid", "register-digital-post-exemption");
    /** Values of an outage's {@code channels}: the self-service and every help-offer type. */
    public static final List<String> OUTAGE_CHANNELS =
            List.of("self-service", "phone", "chat", "in-person", "library", "volunteer", "mobile");
    /** Values of a language. */

    static final Shape TEXT = new Scalar(ScalarKind.TEXT);
    static final Shape STRING = new Scalar(ScalarKind.STRING);
    static final Shape ID = new Scalar(ScalarKind.ID);
    static final Shape CODE = new Scalar(ScalarKind.MUNICIPALITY_CODE);
    static final Shape LANGUAGE = new Scalar(ScalarKind.LANGUAGE);
    static final Shape DATE = new Scalar(ScalarKind.DATE);
    static final Shape DATE_TIME = new Scalar(ScalarKind.DATE_TIME);
    static final Shape BOOLEAN = new Scalar(ScalarKind.BOOLEAN);
    static final Shape INTEGER = new Scalar(ScalarKind.INTEGER);
    static final Shape SHARE = new Scalar(ScalarKind.SHARE);
    static final Shape EXPRESSION = new Scalar(ScalarKind.EXPRESSION);
    static final Shape HOURS = new Scalar(ScalarKind.HOURS);
    static final Shape URL = new Scalar(ScalarKind.URL);
    static final Shape VALUE = new Scalar(ScalarKind.VALUE);
    static final Shape LEGAL = new Scalar(ScalarKind.LEGAL);

    /** One reference to the law; a {@code legal:} or {@code basis:} is one, a list of them, or a plain string. */
    public static final Obj LEGAL_REFERENCE = obj("LegalReference", "A reference to the law.",
            req("act", STRING, "The act as cited, e.g. \"Lov nr. 603 af 31. maj 2023\"."),
            opt("section", STRING, "The provision, with stk. and nr. as written, e.g. \"§ 12, stk. 3\"."),
            opt("eli", URL, "The act's ELI address, e.g. \"https://www.retsinformation.dk/eli/lta/2023/603\"."),
            opt("inferred", BOOLEAN, "True when the clause is inferred (e.g. from the wave act), not read in the act."));

    static final Obj LINK = obj("Link", "A link with descriptive text.",
            req("url", URL, "Absolute https URL."),
            opt("text", TEXT, "What the reader sees; describe the target, never 'click here'."));

    static final Obj LINT = obj("Lint", "Lint settings of this document.",
            opt("ignore", new ListOf(STRING), "Lint codes (e.g. TRV101) not reported for this document."));

    static final Obj IMPLIED = obj("Implied", "A value the fact has when other facts settle it.",
            req("when", EXPRESSION, "Condition on other citizen facts, e.g. citizen.hasMitID."),
            req("value", VALUE, "The value the fact then has, of the fact's type."));

    static final Obj EXPECTED = obj("Expected", "The share of citizens for whom a yes/no fact is true: sourced, "
                    + "or an assumption with a date to review it by.",
            req("share", SHARE, "Between 0 and 1, e.g. 0.93."),
            opt("source", STRING, "Where the share comes from: a URL or citation."),
            opt("assumption", STRING, "Why the share is assumed, when no source gives it; needs reviewBy."),
            opt("reviewBy", DATE, "Date by which an editor must check the assumption again."));

    static final Obj FACT = obj("Fact", "A fact about the citizen that rules may ask about.",
            req("type", new OneOf(FACT_TYPES), "The fact's type."),
            opt("question", TEXT, "What a portal asks the citizen when the fact is missing."),
            opt("min", INTEGER, "Smallest allowed value of an integer fact."),
            opt("max", INTEGER, "Largest allowed value of an integer fact."),
            opt("values", new ListOf(STRING), "Allowed values of a string fact."),
            opt("askedOf", new OneOf(AUDIENCES),
                    "Who can answer it; default citizen. A citizen is never asked staff or authority facts."),
            opt("order", INTEGER, "Order in which an interview asks it, lower first; ties broken by id."),
            opt("implied", new ListOf(IMPLIED),
                    "When other facts settle it: the first condition that holds gives the value, and it is never asked."),
            opt("dontKnow", BOOLEAN, "Whether a citizen may answer 'ved ikke' (don't know); the fact then stays unknown."),
            opt("expected", EXPECTED,
                    "The share of citizens for whom it is true, with a source or an assumption to review."));

    static final Obj GROUP = obj("Group", "Yes/no facts asked together on one page: \"which of these apply to you?\".",
            req("question", TEXT, "The page's question, e.g. 'Gælder noget af dette for dig?'."),
            req("none", TEXT, "The choice that answers every fact shown with no, e.g. 'Nej, ingen af dem'."),
            req("facts", new ListOf(STRING), "The member facts' ids in the order shown: boolean, at least two, "
                    + "each in no other group; each member's question is its checkbox label."));

    static final Obj DEADLINE = obj("Deadline", "A deadline counted from a life event's date: months, then days after it.",
            opt("months", INTEGER, "Whole months after the event date, e.g. 6 for naming a child."),
            opt("days", INTEGER, "Days after the event date (after the months), e.g. 5 for reporting a move."),
            req("text", TEXT, "The rule in words, e.g. 'within 6 months of the birth'."),
            opt("source", URL, "Where the rule is documented."),
            opt("legal", LEGAL, "The provision that sets the deadline."));

    static final Obj PERIOD = obj("MandatoryPeriod", "A half-open period [from, to) of Copenhagen days.",
            opt("from", DATE, "First day that counts; omitted: since always."),
            opt("to", DATE, "First day that no longer counts; omitted: until further notice."),
            opt("basis", LEGAL, "The act or decision behind the period."));

    static final Obj STEER = obj("SteerPolicy", "A local policy steering citizens to digital self-service.",
            opt("areas", new ListOf(ID), "Areas the policy covers."),
            opt("services", new ListOf(ID), "Single services the policy covers."),
            opt("from", DATE, "First day of the policy."),
            opt("to", DATE, "First day it no longer applies."),
            opt("basis", LEGAL, "The local decision behind it."));

    static final Obj CONTACT = obj("Contact", "How to reach a help offer.",
            opt("phone", STRING, "Phone number as written, e.g. \"70 20 00 00\"."),
            opt("email", STRING, "E-mail address."),
            opt("url", URL, "Web address."),
            opt("address", STRING, "Street address."));

    static final Obj HOURS_PERIOD = obj("Hours", "Opening hours for a period.",
            opt("from", DATE, "First day these hours apply."),
            opt("to", DATE, "First day they no longer apply."),
            req("spec", HOURS, "OpenStreetMap opening_hours, e.g. \"Mo-Fr 09:00-15:00; PH off\", or \"unknown\"."));

    static final Obj STEP = stepShape();

    static final Obj REMOVAL = obj("Removal", "A national step a municipal overlay takes away.",
            req("step", ID, "The id of the national step."),
            req("reason", TEXT, "Why citizens of this municipality do not need it."));

    static final Obj GIVEN = obj("Given", "The request a test makes; what it leaves out comes from the file's TestDefaults.",
            opt("service", ID, "Service id; required here or in TestDefaults."),
            opt("municipality", CODE, "Municipality code; required here or in TestDefaults."),
            opt("at", DATE_TIME, "Copenhagen local date-time; required here or in TestDefaults."),
            opt("facts", new MapOf(VALUE, "fact id"), "Citizen facts, added to (and overriding) the defaults' facts."),
            opt("lang", LANGUAGE, "Language of the answer; default da."));

    static final Obj HELP_EXPECTATION = obj("HelpExpectation", "A help offer the decision must list.",
            req("id", ID, "Help offer id."),
            opt("openNow", BOOLEAN, "Whether it must be open at the moment of the test."),
            opt("hours", STRING, "The hours it must report: \"unknown\", or the opening_hours text in force."));

    static final Obj STEPS_EXPECTATION = obj("StepsExpectation", "Guide steps that must be shown or hidden.",
            opt("shown", new ListOf(ID), "Steps that must be shown."),
            opt("hidden", new ListOf(ID), "Steps that must not be shown."),
            opt("order", new ListOf(ID), "Steps that must be shown in this order; other steps may come between."));

    static final Obj TEXT_EXPECTATION = obj("TextExpectation",
            "What the guide must (not) say: its texts, and the rendered guide with the decision sentence and help.",
            opt("contains", new ListOf(STRING), "Snippets that must appear."),
            opt("absent", new ListOf(STRING), "Snippets that must not appear anywhere, e.g. a reason not given to this citizen."));

    static final Obj EXPECT = obj("Expect", "What the decision and guide must show; omitted fields are not checked.",
            opt("requirement", new OneOf(Names.REQUIREMENTS), "Expected requirement."),
            opt("channel", new OneOf(Names.CHANNELS), "Expected channel."),
            opt("alternative", new OneOf(Names.ALTERNATIVES), "Expected alternative."),
            opt("until", DATE_TIME, "Expected end of an outage."),
            opt("grounds", new ListOf(ID), "Exactly the exemption grounds that match."),
            opt("missingFacts", new ListOf(STRING), "Exactly the facts the decision still needs."),
            opt("help", new ListOf(HELP_EXPECTATION), "Help offers that must be listed."),
            opt("helpAbsent", new ListOf(ID), "Help offers that must not be listed."),
            opt("steps", STEPS_EXPECTATION, "Guide steps shown or hidden."),
            opt("text", TEXT_EXPECTATION, "Guide text."));

    /** Fields every document may carry besides its kind's own. */
    static final List<Field> COMMON = List.of(
            req("kind", new OneOf(List.of()), "The document kind."),
            opt("source", STRING, "Where the content comes from: a URL or citation, or 'unverified'."),
            opt("sourceDate", DATE, "Date of the newest source that shows the content (an undated page: the day it was read)."),
            opt("reviewBy", DATE, "Date by which an editor must re-check the content."),
            opt("assumption", STRING, "What in the document no source gives, and why it was chosen; give a reviewBy with it."),
            opt("lint", LINT, "Lint settings."));

    /** Every document kind by its {@code kind:} name, in the order documentation lists them. */
    public static final Map<String, Obj> KINDS = kinds(
            kind("Facts", "What rules may ask about a citizen.",
                    req("facts", new MapOf(FACT, "fact id"), "Facts by id, used in expressions as citizen.<id>."),
                    opt("groups", new MapOf(GROUP, "group id"),
                            "Groups of yes/no facts an interview may ask on one page, by id.")),
            kind("Area", "A group of services.",
                    req("id", ID, "The area's id."),
                    req("title", TEXT, "The area's name."),
                    opt("exemptionAuthority", TEXT, "Who decides exemptions for services of this area."),
                    opt("authority", ID, "Id of the Authority that processes its services' non-digital requests.")),
            kind("Service", "A public service with its dated mandatory-digital periods.",
                    req("id", ID, "The service's id."),
                    req("title", TEXT, "The service's name."),
                    req("area", ID, "The id of the area it belongs to."),
                    req("legal", LEGAL, "Its legal basis."),
                    opt("selfService", obj("SelfService", "The digital self-service solution.",
                            req("url", URL, "Where the self-service is."),
                            opt("text", TEXT, "Link text.")), "The digital self-service solution."),
                    opt("exemptionAuthority", TEXT, "Who decides exemptions; overrides the area's."),
                    opt("authority", ID, "Id of the Authority that processes non-digital requests; overrides the area's."),
                    opt("digital", BOOLEAN, "False when no digital self-service exists: applied for in person, by proxy or "
                            + "in writing only. Such a service has no mandatoryDigital periods."),
                    opt("mandatoryDigital", new ListOf(PERIOD), "Periods in which digital self-service is mandatory by law."),
                    opt("description", TEXT, "Short description.")),
            kind("Municipality", "A Danish municipality and its local policies.",
                    req("code", CODE, "The 4-digit kommunekode, quoted, e.g. \"0167\"."),
                    req("name", STRING, "The municipality's name."),
                    opt("region", STRING, "Its region."),
                    opt("officialName", STRING, "Official name when it is not \"<name> Kommune\", e.g. \"Københavns Kommune\"."),
                    opt("genitive", STRING, "The name in the genitive when the s/x/z rule gets it wrong."),
                    opt("steerDigital", new ListOf(STEER), "Local policies steering to digital self-service.")),
            kind("ExemptionGround", "A ground on which a citizen is exempt from mandatory digital self-service.",
                    req("id", ID, "The ground's id."),
                    req("title", TEXT, "Its name."),
                    req("when", EXPRESSION, "Condition on citizen facts."),
                    req("effect", new OneOf(EFFECTS), "What it gives the citizen."),
                    opt("from", DATE, "First day in force."),
                    opt("to", DATE, "First day no longer in force."),
                    opt("areas", new ListOf(ID), "If given, the only areas it applies to."),
                    opt("exceptAreas", new ListOf(ID), "Areas it never applies to."),
                    req("legal", LEGAL, "Its legal basis."),
                    opt("description", TEXT, "Further explanation."),
                    opt("reason", TEXT, "Why it lets the citizen use another way, said to the citizen it matches "
                            + "(e.g. \"Du er fritaget for Digital Post\"); omitted: its title.")),
            kind("AssistRule", "A rule that makes a digital channel assisted.",
                    req("id", ID, "The rule's id."),
                    req("title", TEXT, "Its name."),
                    req("when", EXPRESSION, "Condition on citizen facts."),
                    opt("from", DATE, "First day in force."),
                    opt("to", DATE, "First day no longer in force."),
                    opt("legal", LEGAL, "Its basis.")),
            kind("HelpOffer", "Help a citizen can get with digital self-service.",
                    req("id", ID, "The offer's id."),
                    req("name", TEXT, "Its name."),
                    req("type", new OneOf(HELP_TYPES), "How it reaches the citizen."),
                    opt("contact", CONTACT, "How to reach it."),
                    opt("municipalities", new ListOf(CODE), "Codes of the municipalities it serves; omitted: national."),
                    opt("areas", new ListOf(ID), "If given, only services of these areas."),
                    opt("services", new ListOf(ID), "If given, only these services."),
                    opt("can", new ListOf(new OneOf(CAPABILITIES)),
                            "What it can do; omitted: guide only. Only offers that can 'process' handle a case."),
                    opt("guidanceOnly", BOOLEAN, "Shorthand: true is can: [guide]; false is can: [guide, process]."),
                    opt("actsFor", new ListOf(ID), "Ids of authorities it processes non-digital requests for."),
                    opt("from", DATE, "First day the offer exists."),
                    opt("to", DATE, "First day it no longer exists."),
                    opt("hours", new ListOf(HOURS_PERIOD),
                            "Opening hours over time; omitted, 'unknown' or days no period covers: hours unknown."),
                    opt("description", TEXT, "Further explanation.")),
            kind("Authority", "Who processes a service's non-digital requests.",
                    req("id", ID, "The authority's id."),
                    req("name", TEXT, "Its name."),
                    opt("contact", CONTACT, "How to reach it."),
                    opt("municipal", BOOLEAN,
                            "Whether it is the citizen's own municipality; its offers that can 'process' act for it."),
                    opt("offers", new ListOf(ID), "Ids of help offers that process requests for it."),
                    opt("legal", LEGAL, "The law that makes it responsible.")),
            kind("Outage", "A time in which a service's channels are down.",
                    req("id", ID, "The outage's id."),
                    opt("services", new ListOf(ID), "Affected services; omitted: all."),
                    opt("municipalities", new ListOf(CODE), "Affected municipalities; omitted: all."),
                    req("from", DATE_TIME, "First Copenhagen local moment of the outage."),
                    req("to", DATE_TIME, "The moment the service is back."),
                    opt("reason", TEXT, "Why."),
                    opt("channels", new ListOf(new OneOf(OUTAGE_CHANNELS)),
                            "Channels taken down; omitted: self-service and the municipality's in-person offers."),
                    opt("offers", new ListOf(ID), "Help offers taken down, whatever their type.")),
            kind("Guide", "A step-by-step guide for a service.",
                    req("service", ID, "The service it guides."),
                    opt("municipality", CODE, "Municipality code of a local overlay."),
                    opt("title", TEXT, "Title; omitted: the service's title."),
                    opt("intro", TEXT, "Introduction."),
                    opt("ready", new ListOf(TEXT), "What to have ready."),
                    opt("processingTime", TEXT, "Processing time (sagsbehandlingstid)."),
                    opt("legal", LEGAL, "Legal basis."),
                    opt("links", new ListOf(LINK), "Links with context text."),
                    opt("steps", new ListOf(STEP), "The steps in order; an overlay may only remove."),
                    opt("remove", new ListOf(REMOVAL), "In a municipal overlay: national steps taken away.")),
            kind("LifeEvent", "Services proposed together at a life event.",
                    req("id", ID, "The event's id."),
                    req("title", TEXT, "Its name."),
                    opt("description", TEXT, "Explanation."),
                    req("services", new ListOf(ID), "The services, in the order to propose them."),
                    opt("date", TEXT, "What the event date is, e.g. 'the child's date of birth'."),
                    opt("deadlines", new MapOf(DEADLINE, "service id"),
                            "Deadlines counted from the event date, by service id; only where a source gives one.")),
            kind("Test", "A rule-set test: a request and what the answer must show.",
                    req("name", STRING, "What the test shows, as a sentence."),
                    opt("given", GIVEN, "The request; omitted parts come from the file's TestDefaults."),
                    req("expect", EXPECT, "What must hold."),
                    opt("tags", new ListOf(STRING), "Labels to run a subset with 'trinvis test --only TAG'.")),
            kind("TestDefaults", "What the tests after it in the same file share: request parts and tags.",
                    opt("service", ID, "Service id."),
                    opt("municipality", CODE, "Municipality code."),
                    opt("at", DATE_TIME, "Copenhagen local date-time."),
                    opt("facts", new MapOf(VALUE, "fact id"), "Citizen facts every test starts from."),
                    opt("lang", LANGUAGE, "Language of the answers."),
                    opt("tags", new ListOf(STRING), "Tags every test of the file gets.")),
            kind("Layer", "Makes this folder a layer on a base rule set: base and layer load as one, and the layer "
                            + "may add to the base but never redefine it.",
                    req("base", STRING, "The rule set underneath: 'bundled' (the Danish set in Trinvis) or a path to "
                            + "a rule-set folder or another layer, relative to this folder."),
                    opt("municipality", CODE, "The one municipality this layer may touch: its overlays, help offers, "
                            + "outages and Municipality data must be for it.")));

    private Schema() {
    }

    private static Obj stepShape() {
        List<Field> fields = new ArrayList<>(List.of(
                req("id", ID, "Step id, unique in the guide."),
                req("title", TEXT, "What to do."),
                opt("body", TEXT, "Markdown explanation; may use {{municipality.name}} and similar."),
                opt("when", EXPRESSION, "Shown only when this holds."),
                opt("optional", BOOLEAN, "Whether the citizen may skip it."),
                opt("from", DATE, "First day the step applies."),
                opt("to", DATE, "First day it no longer applies."),
                opt("links", new ListOf(LINK), "Links with context text."),
                opt("replaces", ID, "In a municipal overlay: the national step this one takes the place of."),
                opt("after", ID, "In a municipal overlay: the step this new one follows."),
                opt("before", ID, "In a municipal overlay: the step this new one precedes.")));
        // Steps nest, so the shape refers to itself by name.
        fields.add(opt("steps", new ListOf(new Shape.Ref("Step")), "Sub-steps."));
        fields.add(opt("oneOf", new ListOf(new Shape.Ref("Step")), "An 'or' group: do one of these."));
        return new Obj("Step", "One step of a guide.", fields);
    }

    /** The shape a {@link Shape.Ref} names. */
    public static Obj resolve(Shape.Ref ref) {
        if (ref.name().equals("Step")) {
            return STEP;
        }
        throw new IllegalArgumentException("no shape named " + ref.name());
    }

    private static Obj kind(String name, String description, Field... fields) {
        List<Field> all = new ArrayList<>(COMMON);
        all.addAll(Arrays.asList(fields));
        return new Obj(name, description, all);
    }

    private static Map<String, Obj> kinds(Obj... kinds) {
        Map<String, Obj> map = new LinkedHashMap<>();
        for (Obj k : kinds) {
            map.put(k.name(), k);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Obj obj(String name, String description, Field... fields) {
        return new Obj(name, description, Arrays.asList(fields));
    }

    private static Field req(String name, Shape shape, String description) {
        return new Field(name, shape, true, description);
    }

    private static Field opt(String name, Shape shape, String description) {
        return new Field(name, shape, false, description);
    }
}
