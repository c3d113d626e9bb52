package dk.trinvis.render;

import dk.trinvis.internal.util.MarkdownLimits;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Markdown one renderer has already made safe and rendered, by source text. Parsing is most of
 * what a guide costs to render, and a portal renders the same few dozen texts over and over; the
 * rendering is a pure function of the text and the renderer's fixed settings, so the cached
 * answer is the answer, sanitiser included. Thread-safe. Bounded: when the texts held pass
 * {@link #MAX_CHARS} characters the cache starts over, so a long-lived renderer does not keep the
 * texts of every rule set it has seen.
 */
final class MarkdownCache {
    /** Characters held, sources and results together, before the cache starts over (≈ 20 × the bundled guides). */
    static final int MAX_CHARS = 1 << 20;

    private final UnaryOperator<String> render;
    private final int maxChars;
    private final ConcurrentHashMap<String, String> done = new ConcurrentHashMap<>();
    private final AtomicInteger chars = new AtomicInteger();

    MarkdownCache(UnaryOperator<String> render) {
        this(render, MAX_CHARS);
    }

    MarkdownCache(UnaryOperator<String> render, int maxChars) {
        this.render = render;
        this.maxChars = maxChars;
    }

    String render(String markdown) {
        String cached = done.get(markdown);
        if (cached != null) {
            return cached;
        }
        String fresh = render.apply(markdown);
        if (markdown.length() > MarkdownLimits.MAX_CHARS) {
            return fresh; // never parsed, so cheap; and it would crowd out the texts worth keeping
        }
        int size = markdown.length() + fresh.length();
        if (chars.addAndGet(size) > maxChars) {
            done.clear();
            chars.set(size);
        }
        done.put(markdown, fresh);
        return fresh;
    }
}
