/**
 * What is prepared once per rule set so that deciding reads and never builds: a plan per service
 * (its grounds and assist rules with their conditions folded for the service, the questions they
 * can raise, the trace sentences that do not depend on the request), per municipality (its help
 * offers) and per help offer, in every language an answer can be written in. Everything here is
 * immutable and knows nothing of a request; {@code dk.trinvis.internal.decide} runs the phases of
 * one decision over these plans.
 */
@NullMarked
package dk.trinvis.internal.plan;

import org.jspecify.annotations.NullMarked;
