package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.yaml.Shape.OneOf;
import dk.trinvis.internal.yaml.Shape.Scalar;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads scalars of one file, reporting located problems instead of throwing. */
final class Scalars {
    private static final Pattern ID = Pattern.compile("[a-z0-9æøå]+(-[a-z0-9æøå]+)*");
    private static final Pattern CODE = Pattern.compile("\\d{4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** {@link RuleSetLoader#MAX_LANGUAGES}, kept here so the reader of texts needs nothing of the loader. */
    static final int MAX_LANGUAGES = 40;

    private final String file;
    private final Problems problems;
    private final Set<Language> languages;

    /** A reader for the file (relative path) that reports into problems. */
    public Scalars(String file, Problems problems) {
        this(file, problems, new HashSet<>());
    }

    /**
     * A reader for one file of a rule set whose texts have used {@code languages} so far (shared by
     * the files of one load, so {@link RuleSetLoader#MAX_LANGUAGES} counts the whole rule set).
     */
    Scalars(String file, Problems problems, Set<Language> languages) {
        this.file = file;
        this.problems = problems;
        this.languages = languages;
    }

    /** The problem sink. */
    public Problems problems() {
        return problems;
    }

    /** The file, relative to the rule-set folder. */
    public String file() {
        return file;
    }

    /** Where a node starts (1-based). */
    public Location location(Node node) {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** Where a scalar's content starts, past an opening quote, so offsets inside it map to columns. */
    public Location contentLocation(Node node) {
        Location at = location(node);
        if (node instanceof ScalarNode s && (s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED)) {
            return new Location(at.file(), at.line(), at.column() + 1);
        }
        return at;
    }

    /** A location {@code offset} characters into a scalar's content. */
    public static Location within(Location content, int offset) {
        return new Location(content.file(), content.line(), content.column() + offset);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** What a node is, for a {@code {n:found}} slot: a word of the phrase books, or the quoted value. */
    static String found(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        return "'" + abbreviate(((ScalarNode) node).getValue()) + "'";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** The value of a scalar; else reports that {@code expected} (a word under {@code expected.}) was expected. */
    private @Nullable String scalar(Node node, String expected) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.error(Codes.TYPE, location(node), Phrase.of("type.expected", expected, found(node)));
        return null;
    }

    /** A string checked against a scalar or enum shape; null after a reported problem. */
    public @Nullable String string(Node node, Shape shape) {
        if (shape instanceof OneOf oneOf) {
            String values = String.join(", ", oneOf.values());
            if (!(node instanceof ScalarNode s)) {
                problems.error(Codes.TYPE, location(node), Phrase.of("type.expectedOneOf", values, found(node)));
                return null;
            }
            String v = s.getValue();
            if (!oneOf.values().contains(v)) {
                String close = DidYouMean.closest(v, oneOf.values()).orElse(null);
                problems.error(Codes.TYPE, location(node), close == null ? Phrase.of("type.notOneOf", v, values)
                        : Phrase.of("type.notOneOf.close", v, values, close));
                return null;
            }
            return v;
        }
        Shape.ScalarKind kind = ((Scalar) shape).kind();
        switch (kind) {
            case ID:
                return checked(node, "id", ID, "type.notId");
            case MUNICIPALITY_CODE:
                return code(node);
            case LANGUAGE:
                return checked(node, "language", LANGUAGE, "type.notLanguage");
            case URL:
                return url(node);
            default:
                return scalar(node, "string");
        }
    }

    /**
     * A scalar that must match a pattern; {@code expected} names it under {@code expected.} and
     * {@code notKey} is the phrase for a value that does not match.
     */
    private @Nullable String checked(Node node, String expected, Pattern pattern, String notKey) {
        String v = scalar(node, expected);
        if (v != null && !pattern.matcher(v).matches()) {
            problems.error(Codes.TYPE, location(node), Phrase.of(notKey, abbreviate(v)));
            return null;
        }
        return v;
    }

    private @Nullable String code(Node node) {
        String v = scalar(node, "municipalityCode");
        if (v == null) {
            return null;
        }
        if (node instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
            problems.error(Codes.TYPE, location(node), Phrase.of("type.codeUnquoted", v));
            return null;
        }
        if (!CODE.matcher(v).matches()) {
            problems.error(Codes.TYPE, location(node), Phrase.of("type.notCode", abbreviate(v)));
            return null;
        }
        return v;
    }

    private @Nullable String url(Node node) {
        String v = scalar(node, "url");
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getScheme() == null || uri.getHost() == null) {
                problems.error(Codes.TYPE, location(node), Phrase.of("type.urlNotAbsolute", abbreviate(v)));
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                problems.error(Codes.TYPE, location(node), Phrase.of("type.urlScheme", abbreviate(v), scheme));
                return null;
            }
        } catch (URISyntaxException e) {
            problems.error(Codes.TYPE, location(node), Phrase.of("type.urlInvalid", abbreviate(v)));
            return null;
        }
        return v;
    }

    /** A text: a map from language code to text ({@code da} required), or a plain string meaning Danish. */
    public @Nullable Text text(Node node) {
        if (node instanceof ScalarNode s) {
            if (isNull(s) || s.getValue().isBlank()) {
                problems.error(Codes.DANISH, location(node), Phrase.of("text.empty"));
                return null;
            }
            return Text.da(s.getValue());
        }
        if (!(node instanceof MappingNode map)) {
            problems.error(Codes.TYPE, location(node), Phrase.of("type.expected", "text", found(node)));
            return null;
        }
        String da = null;
        Map<Language, String> translations = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            String value = isNull(t.getValueNode()) ? null : scalar(t.getValueNode(), "string");
            Language lang = language(key);
            if (!seen.add(key)) {
                problems.error(Codes.DUPLICATE_KEY, location(t.getKeyNode()), Phrase.of("key.duplicate", key));
            } else if (lang == null) {
                problems.error(Codes.UNKNOWN_KEY, location(t.getKeyNode()), Phrase.of("text.unknownLanguage", key));
            } else if (lang.isDanish()) {
                da = value;
            } else if (value != null && !value.isBlank() && known(lang, t.getKeyNode())) {
                translations.put(lang, value);
            }
        }
        if (da == null || da.isBlank()) {
            problems.error(Codes.DANISH, location(node), Phrase.of(translations.isEmpty() ? "text.noDanish"
                    : "text.noDanish.hasEnglish"));
            return null;
        }
        return new Text(da, translations);
    }

    /**
     * Whether the rule set may have one more language: every language multiplies the sentences a
     * decision engine prepares (service × ground × outcome), so two thousand language keys in one
     * title took a gigabyte. The one over the limit is the located problem; the load then fails.
     */
    private boolean known(Language lang, Node key) {
        if (languages.contains(lang)) {
            return true;
        }
        if (languages.size() >= MAX_LANGUAGES) {
            if (languages.size() == MAX_LANGUAGES) {
                problems.limit(Codes.UNSAFE, location(key), Phrase.of("text.tooManyLanguages",
                        MAX_LANGUAGES, lang.code()));
                // One problem, not one per key past the limit: the marker counts as a language.
                languages.add(new Language("zzz"));
            }
            return false;
        }
        languages.add(lang);
        return true;
    }

    /** An ISO local date. */
    public @Nullable LocalDate date(Node node) {
        String v = scalar(node, "date");
        if (v == null) {
            return null;
        }
        try {
            return isoDate(v);
        } catch (DateTimeParseException e) {
            problems.error(Codes.DATE, location(node), Phrase.of("date.invalid", abbreviate(v)));
            return null;
        }
    }

    /** An ISO local date-time (a bare date means its midnight). */
    public @Nullable LocalDateTime dateTime(Node node) {
        String v = scalar(node, "dateTime");
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? isoDate(v).atStartOfDay() : LocalDateTime.parse(v.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            problems.error(Codes.DATE, location(node), Phrase.of("dateTime.invalid", abbreviate(v)));
            return null;
        }
    }

    /** The language a text's key names exactly, or null; the bundled ones without a pattern match per text. */
    private static @Nullable Language language(String key) {
        return switch (key) {
            case "da" -> Language.DA;
            case "en" -> Language.EN;
            case "uk" -> Language.UK;
            default -> Language.parse(key).filter(l -> l.code().equals(key)).orElse(null);
        };
    }

    /**
     * {@link LocalDate#parse}, read by hand when written {@code yyyy-mm-dd}: the formatter makes a
     * parse context, a field map and a list per date, and a large rule set has tens of thousands.
     * Anything else, and a day the calendar does not have, goes to the formatter, which words the problem.
     */
    static LocalDate isoDate(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int year = digits(v, 0, 4);
            int month = digits(v, 5, 7);
            int day = digits(v, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(v);
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 when one is not a digit. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A boolean. */
    public @Nullable Boolean bool(Node node) {
        String v = scalar(node, "bool");
        if (v == null) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        problems.error(Codes.TYPE, location(node), Phrase.of("type.expected", "bool", "'" + abbreviate(v) + "'"));
        return null;
    }

    /** A whole number. */
    public @Nullable Long integer(Node node) {
        String v = scalar(node, "integer");
        if (v == null) {
            return null;
        }
        try {
            String digits = v.replace("_", "");
            if (!digits.matches("[+-]?[0-9]+")) {
                throw new NumberFormatException("not ASCII digits"); // Long.parseLong reads any Unicode digit
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            problems.error(Codes.TYPE, location(node), Phrase.of("type.expected", "integer", "'" + abbreviate(v) + "'"));
            return null;
        }
    }

    /** A share: a decimal number from 0 to 1 inclusive, e.g. {@code 0.93}. */
    public @Nullable Double share(Node node) {
        String v = scalar(node, "share");
        if (v == null) {
            return null;
        }
        if (v.matches("(0|1)(\\.[0-9]+)?|\\.[0-9]+")) {
            double d = Double.parseDouble(v);
            if (d <= 1) {
                return d;
            }
        }
        problems.error(Codes.TYPE, location(node), Phrase.of("type.expected", "share", "'" + abbreviate(v) + "'"));
        return null;
    }

    /** A raw scalar value typed by its YAML form: Boolean, Long, LocalDate or String. */
    public @Nullable Object value(Node node) {
        if (!(node instanceof ScalarNode s)) {
            problems.error(Codes.TYPE, location(node), Phrase.of("type.expected", "value", found(node)));
            return null;
        }
        Tag tag = s.getTag();
        String v = s.getValue();
        if (Tag.BOOL.equals(tag) && (v.equals("true") || v.equals("false"))) {
            return Boolean.valueOf(v);
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (Tag.TIMESTAMP.equals(tag) && v.length() == 10) {
            return date(node);
        }
        return v;
    }

    /** The allowed values a shape names, for messages. */
    static List<String> values(Shape shape) {
        return shape instanceof OneOf o ? o.values() : List.of();
    }
}
