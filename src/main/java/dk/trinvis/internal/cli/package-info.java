/**
 * The {@code trinvis} command line (picocli): {@code check}, {@code decide}, {@code guide},
 * {@code test}, {@code schema}. Built into the self-contained {@code target/trinvis-cli.jar}.
 *
 * <p>Not exported by the module: an application, run from the jar or as the module's main class.
 */
@NullMarked
package dk.trinvis.internal.cli;

import org.jspecify.annotations.NullMarked;
