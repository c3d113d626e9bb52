package dk.trinvis.render;

import dk.trinvis.model.ResolvedGuide;

/** The guide as JSON, for portals that render it themselves. */
public final class JsonRenderer implements GuideRenderer {
    @Override
    public String render(ResolvedGuide guide) {
        return guide.toJson() + "\n";
    }
}
