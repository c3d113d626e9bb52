/**
 * The {@code trinvis} command line (picocli): {@code check}, {@code decide}, {@code guide},
 * {@code test}, {@code schema}. Built into the self-contained {@code target/trinvis-cli.jar}.
 */
package dk.trinvis.cli;
