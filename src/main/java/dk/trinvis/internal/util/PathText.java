package dk.trinvis.internal.util;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths as text with {@code /} separators, the form rule-set locations print in: joined and with
 * {@code x/..} and {@code .} folded away, so a layer's path seen from its base opens as written.
 */
public final class PathText {
    private PathText() {
    }

    /**
     * The path {@code rest} seen from {@code folder}, folded: {@code ("guides", "../kommuner/x.yaml")}
     * is {@code kommuner/x.yaml}. An empty folder leaves {@code rest} as it is, folded.
     */
    public static String join(String folder, String rest) {
        if (folder.isEmpty()) {
            return fold(rest);
        }
        return fold(folder.endsWith("/") ? folder + rest : folder + "/" + rest);
    }

    /** Folds {@code a/../} and {@code ./} away; leading {@code ..} stay, and so does a leading {@code /}. */
    public static String fold(String path) {
        if (!path.contains("./") && !path.endsWith("/.") && !path.endsWith("/..") && !path.contains("//")) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        boolean folder = path.endsWith("/");
        Deque<String> kept = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
                kept.removeLast();
            } else if (!(part.equals("..") && absolute && kept.isEmpty())) {
                kept.addLast(part);
            }
        }
        String joined = String.join("/", kept);
        if (joined.isEmpty()) {
            return absolute ? "/" : ".";
        }
        return (absolute ? "/" : "") + joined + (folder ? "/" : "");
    }
}
