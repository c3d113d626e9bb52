package dk.trinvis.internal.yaml;

/** Stable codes of load problems; tools and editors may rely on them. */
public final class Codes {
    /** YAML syntax error. */
    public static final String SYNTAX = "TRV001";
    /** Refused as unsafe: custom tag, too many aliases, too deep, too large. */
    public static final String UNSAFE = "TRV002";
    /** Missing or unknown {@code kind}. */
    public static final String KIND = "TRV003";
    /** Unknown key. */
    public static final String UNKNOWN_KEY = "TRV004";
    /** Value of the wrong type. */
    public static final String TYPE = "TRV005";
    /** Required key missing. */
    public static final String MISSING = "TRV006";
    /** Not a valid date or date-time. */
    public static final String DATE = "TRV007";
    /** Id declared twice. */
    public static final String DUPLICATE = "TRV008";
    /** Reference to something that is not declared. */
    public static final String REFERENCE = "TRV009";
    /** Period that ends before it starts. */
    public static final String PERIOD = "TRV010";
    /** Periods of one thing that overlap. */
    public static final String OVERLAP = "TRV011";
    /** Text without Danish. */
    public static final String DANISH = "TRV012";
    /** Invalid {@code when:} expression. */
    public static final String EXPRESSION = "TRV013";
    /** Invalid opening hours. */
    public static final String HOURS = "TRV014";
    /** File that cannot be read safely: encoding, size, link out of the folder. */
    public static final String FILE = "TRV015";
    /** Duplicate key in one mapping. */
    public static final String DUPLICATE_KEY = "TRV017";
    /** Invalid interpolation in guide text. */
    public static final String INTERPOLATION = "TRV018";
    /** A municipal overlay that reuses a national step id or places a step where it cannot go. */
    public static final String OVERLAY = "TRV019";
    /** A release whose id, manifest or files do not match: changed after it was made. */
    public static final String RELEASE = "TRV021";
    /**
     * A layer that redefines what its base declares, touches another municipality than its own,
     * holds what only a base may hold, or names a base that cannot be loaded.
     */
    public static final String LAYER = "TRV022";
    /** Warning: a file named like a rule file ({@code x.yaml.txt}) that is not read. */
    public static final String SKIPPED_FILE = "TRV117";

    private Codes() {
    }
}
