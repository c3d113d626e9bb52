/**
 * Renderers of a {@link dk.trinvis.model.ResolvedGuide}: plain text, Markdown, an accessible HTML
 * fragment, an A5 print page and JSON — all from the same resolved guide, so every format shows
 * the same steps in the same order. See {@link dk.trinvis.render.GuideFormat}.
 */
@NullMarked
package dk.trinvis.render;

import org.jspecify.annotations.NullMarked;
