package dk.trinvis.internal.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The version of this Trinvis build as receipts name it: the Maven version and the build commit,
 * e.g. {@code 0.1.0+3f2a9c1d0e4b} ({@code -dirty} when built from uncommitted changes,
 * {@code unknown} when the build had no git), read from {@code build.properties}, which Maven filters.
 */
public final class EngineVersion {
    // Before CURRENT: static fields are initialised in the order written.
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}(-dirty)?");

    /** The version of the running library. */
    public static final String CURRENT = read();

    private EngineVersion() {
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = EngineVersion.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A jar whose own resource cannot be read says so rather than failing every decision.
            return "unknown+unknown";
        }
        return of(p.getProperty("version"), p.getProperty("commit"));
    }

    /** The version string for a Maven version and commit, either of which may be missing or unfiltered. */
    static String of(String version, String commit) {
        String v = version == null || version.isBlank() || version.startsWith("${") ? "unknown" : version;
        String c = commit == null || !COMMIT.matcher(commit).matches() ? "unknown" : commit;
        return v + "+" + c;
    }
}
