package dk.trinvis.render;

import dk.trinvis.model.ResolvedGuide;

/** The guide as JSON, for portals that render it themselves. */
public final class JsonRenderer implements GuideRenderer {
    /** A renderer; it keeps no state, so one may be shared between threads. */
    public JsonRenderer() {
        // Stateless: nothing to set up.
    }

    @Override
    public String render(ResolvedGuide guide) {
        return guide.toJson() + "\n";
    }
}
