package dk.trinvis.internal.lint;

/**
 * Stable codes of lint warnings; see docs/lint.md. Published to users as
 * {@code dk.trinvis.check.LintCodes}; the lint rules read them here.
 */
public final class LintCode {
    /** A guide step whose condition can never hold. */
    public static final String STEP_NEVER_SHOWN = "TRV101";
    /** A service without a national guide. */
    public static final String SERVICE_WITHOUT_GUIDE = "TRV102";
    /** A municipality no help offer serves. */
    public static final String MUNICIPALITY_WITHOUT_HELP = "TRV103";
    /** Opening hours that never open. */
    public static final String HOURS_NEVER_OPEN = "TRV104";
    /** A gap between mandatory-digital periods. */
    public static final String PERIOD_GAP = "TRV105";
    /** A translation missing where the same document has that language elsewhere. */
    public static final String MISSING_TRANSLATION = "TRV106";
    /** A link that is not an absolute https URL. */
    public static final String LINK_NOT_HTTPS = "TRV107";
    /** Link text that does not describe its target. */
    public static final String VAGUE_LINK_TEXT = "TRV108";
    /** Content whose reviewBy date has passed. */
    public static final String REVIEW_OVERDUE = "TRV109";
    /** A guide with no step for a channel its service can reach (alternative). */
    public static final String NO_PATH_FOR_CHANNEL = "TRV113";
    /** A municipal overlay that replaces or removes a national step. */
    public static final String OVERLAY_CHANGES_NATIONAL = "TRV110";
    /** A municipal overlay that names a step the national guide does not have. */
    public static final String OVERLAY_UNKNOWN_STEP = "TRV111";
    /** A municipal overlay for a service without a national guide. */
    public static final String OVERLAY_WITHOUT_NATIONAL = "TRV112";
    /** Dated opening hours with days before or between their periods that have no hours. */
    public static final String HOURS_GAP = "TRV114";
    /** An overnight time span that looks like two times written the wrong way round. */
    public static final String HOURS_SWAPPED = "TRV115";
    /** A test that expects a guide step no guide it reads has. */
    public static final String TEST_UNKNOWN_STEP = "TRV116";
    /** A file named like a rule file that is not read (reported by the loader as {@code Codes.SKIPPED_FILE}). */
    public static final String SKIPPED_FILE = "TRV117";
    /** A legal reference written as a plain string, not as {@code {act, section, eli}}; reported under {@code --strict} only. */
    public static final String LEGAL_AS_TEXT = "TRV118";
    /** An ELI address whose year or number is not the act's "nr. N af … YYYY". */
    public static final String ELI_OTHER_ACT = "TRV119";
    /** An {@code eli:} that is not a retsinformation.dk ELI address. */
    public static final String ELI_NOT_RETSINFORMATION = "TRV120";
    /** A ground or period citing, for a service, only the law of another area, and not marked {@code inferred}. */
    public static final String LEGAL_OTHER_AREA = "TRV121";

    /** A layer's test that passes on the base alone too: it does not test what the layer adds. */
    public static final String TEST_PASSES_WITHOUT_LAYER = "TRV122";
    /** An overlay step placed after or before another step of the same overlay, not a national one. */
    public static final String OVERLAY_ON_OWN_STEP = "TRV123";
    /** An overlay that removes the same national step twice. */
    public static final String OVERLAY_REMOVED_TWICE = "TRV124";
    /** A new base no longer has the national step an overlay is placed by or removes. */
    public static final String BASE_DROPS_ANCHOR = "TRV125";
    /** A new base changes a national step an overlay replaces. */
    public static final String BASE_CHANGES_REPLACED = "TRV126";
    /** A layer's test that fails on a new base: an error. */
    public static final String BASE_FAILS_TEST = "TRV127";

    private LintCode() {
    }
}
