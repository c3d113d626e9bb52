package dk.trinvis.render;

import dk.trinvis.model.Journey;

/** Turns a life-event journey into one output format. Implementations are immutable and thread-safe. */
public interface JourneyRenderer {
    /** The journey in this renderer's format; the same journey always gives the same text. */
    String render(Journey journey);
}
