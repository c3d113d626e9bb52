/**
 * The channel decision: dated mandatory-digital periods, municipal steering policies,
 * exemption grounds with three-valued conditions, assist rules, outages and help offers,
 * with a trace of every rule considered.
 *
 * <p>Internal to Trinvis: use {@link dk.trinvis.RuleSet#decide(dk.trinvis.model.DecisionRequest)}.
 */
package dk.trinvis.internal.decide;
