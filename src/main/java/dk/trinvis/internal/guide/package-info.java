/**
 * The guide for one decision: a municipality's overlay placed on the national guide (once, at
 * load), the steps whose dates and conditions hold for the citizen (a step a missing fact decides
 * is kept as conditional and its fact asked), and the {@code {{...}}} placeholders filled from the
 * one vocabulary in {@link dk.trinvis.internal.util.Interpolation}.
 *
 * <p>Internal to Trinvis: use {@link dk.trinvis.RuleSet#guide(dk.trinvis.model.DecisionRequest)}.
 */
@NullMarked
package dk.trinvis.internal.guide;

import org.jspecify.annotations.NullMarked;
