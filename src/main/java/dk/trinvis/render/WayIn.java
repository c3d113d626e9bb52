package dk.trinvis.render;

import dk.trinvis.model.Channel;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.ResolvedGuide.GuideLink;
import org.jspecify.annotations.Nullable;

/**
 * The way into the self-service a guide ends with: a start button on a page, a link in Markdown
 * and text, the written address on paper. Only when the citizen is to use the self-service (the
 * channel is self-service or assisted) and it is not down, and only to an address a citizen may
 * follow (https, as every link).
 */
final class WayIn {
    private WayIn() {
    }

    /** The self-service the guide leads into, or null when it leads into none. */
    static @Nullable GuideLink of(ResolvedGuide guide) {
        GuideLink selfService = guide.selfService();
        Channel channel = guide.decision().channel();
        boolean digital = channel == Channel.SELF_SERVICE || channel == Channel.ASSISTED;
        return selfService != null && digital && guide.decision().until() == null && Markdown.safeUrl(selfService.url())
                ? selfService : null;
    }
}
