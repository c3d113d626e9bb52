package dk.trinvis.check;

import dk.trinvis.internal.lint.LintCode;

/**
 * Stable codes of lint warnings; see docs/lint.md. Suppress per document with
 * {@code lint: {ignore: [code]}}, or compare with {@code Problem.code()}.
 */
public final class LintCodes {
    /** A guide step whose condition can never hold. */
    public static final String STEP_NEVER_SHOWN = LintCode.STEP_NEVER_SHOWN;
    /** A service without a national guide. */
    public static final String SERVICE_WITHOUT_GUIDE = LintCode.SERVICE_WITHOUT_GUIDE;
    /** A municipality no help offer serves. */
    public static final String MUNICIPALITY_WITHOUT_HELP = LintCode.MUNICIPALITY_WITHOUT_HELP;
    /** Opening hours that never open. */
    public static final String HOURS_NEVER_OPEN = LintCode.HOURS_NEVER_OPEN;
    /** A gap between mandatory-digital periods. */
    public static final String PERIOD_GAP = LintCode.PERIOD_GAP;
    /** A translation missing where the same document has that language elsewhere. */
    public static final String MISSING_TRANSLATION = LintCode.MISSING_TRANSLATION;
    /** A link that is not an absolute https URL. */
    public static final String LINK_NOT_HTTPS = LintCode.LINK_NOT_HTTPS;
    /** Link text that does not describe its target. */
    public static final String VAGUE_LINK_TEXT = LintCode.VAGUE_LINK_TEXT;
    /** Content whose reviewBy date has passed. */
    public static final String REVIEW_OVERDUE = LintCode.REVIEW_OVERDUE;
    /** A guide with no step for a channel its service can reach (alternative). */
    public static final String NO_PATH_FOR_CHANNEL = LintCode.NO_PATH_FOR_CHANNEL;
    /** A municipal overlay that replaces or removes a national step. */
    public static final String OVERLAY_CHANGES_NATIONAL = LintCode.OVERLAY_CHANGES_NATIONAL;
    /** A municipal overlay that names a step the national guide does not have. */
    public static final String OVERLAY_UNKNOWN_STEP = LintCode.OVERLAY_UNKNOWN_STEP;
    /** A municipal overlay for a service without a national guide. */
    public static final String OVERLAY_WITHOUT_NATIONAL = LintCode.OVERLAY_WITHOUT_NATIONAL;
    /** Dated opening hours with days before or between their periods that have no hours. */
    public static final String HOURS_GAP = LintCode.HOURS_GAP;
    /** An overnight time span that looks like two times written the wrong way round. */
    public static final String HOURS_SWAPPED = LintCode.HOURS_SWAPPED;
    /** A test that expects a guide step no guide it reads has. */
    public static final String TEST_UNKNOWN_STEP = LintCode.TEST_UNKNOWN_STEP;
    /** A file named like a rule file that is not read (reported by the loader as {@code Codes.SKIPPED_FILE}). */
    public static final String SKIPPED_FILE = LintCode.SKIPPED_FILE;

    /** A legal reference written as a plain string, not as {@code {act, section, eli}}; reported under {@code --strict} only. */
    public static final String LEGAL_AS_TEXT = LintCode.LEGAL_AS_TEXT;
    /** An ELI address whose year or number is not the act's "nr. N af … YYYY". */
    public static final String ELI_OTHER_ACT = LintCode.ELI_OTHER_ACT;
    /** An {@code eli:} that is not a retsinformation.dk ELI address. */
    public static final String ELI_NOT_RETSINFORMATION = LintCode.ELI_NOT_RETSINFORMATION;
    /** A ground or period citing, for a service, only the law of another area, and not marked {@code inferred}. */
    public static final String LEGAL_OTHER_AREA = LintCode.LEGAL_OTHER_AREA;

    /** A layer's test that passes on the base alone too: it does not test what the layer adds. */
    public static final String TEST_PASSES_WITHOUT_LAYER = LintCode.TEST_PASSES_WITHOUT_LAYER;
    /** An overlay step placed after or before another step of the same overlay, not a national one. */
    public static final String OVERLAY_ON_OWN_STEP = LintCode.OVERLAY_ON_OWN_STEP;
    /** An overlay that removes the same national step twice. */
    public static final String OVERLAY_REMOVED_TWICE = LintCode.OVERLAY_REMOVED_TWICE;

    /** A new base no longer has the national step an overlay is placed by or removes ({@link BaseUpdate}). */
    public static final String BASE_DROPS_ANCHOR = LintCode.BASE_DROPS_ANCHOR;
    /** A new base changes a national step an overlay replaces ({@link BaseUpdate}). */
    public static final String BASE_CHANGES_REPLACED = LintCode.BASE_CHANGES_REPLACED;
    /** A layer's test that fails on a new base: an error ({@link BaseUpdate}). */
    public static final String BASE_FAILS_TEST = LintCode.BASE_FAILS_TEST;

    private LintCodes() {
    }
}
