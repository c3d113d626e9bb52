package dk.trinvis.render;

import dk.trinvis.model.ResolvedGuide;

/** Turns a resolved guide into one output format. Implementations are immutable and thread-safe. */
public interface GuideRenderer {
    /** The guide in this renderer's format; the same guide always gives the same text. */
    String render(ResolvedGuide guide);
}
