/**
 * Tools that let editors and testers trust a rule set: the YAML test runner with coverage,
 * the JUnit 5 {@link dk.trinvis.check.TrinvisTests} factory, and the JSON Schema for editors.
 */
@NullMarked
package dk.trinvis.check;

import org.jspecify.annotations.NullMarked;
