/**
 * The channel decision for one request, in phases over the plans prepared at load
 * ({@code dk.trinvis.internal.plan}): outages, requirement (dated mandatory-digital periods and
 * municipal steering), exemption grounds with three-valued conditions, channel (assist rules),
 * help offers, the responsible authority, and the facts still missing, with a trace of every rule
 * considered. {@link dk.trinvis.internal.decide.DecisionEngine} is the entry; each phase is one class.
 *
 * <p>Internal to Trinvis: use {@link dk.trinvis.RuleSet#decide(dk.trinvis.model.DecisionRequest)}.
 */
@NullMarked
package dk.trinvis.internal.decide;

import org.jspecify.annotations.NullMarked;
