/**
 * Trinvis: channel decisions and step-by-step guides for Danish mandatory digital self-service,
 * from YAML rule sets.
 *
 * <p>The API is four packages: {@link dk.trinvis} (the {@link dk.trinvis.RuleSet} facade),
 * {@link dk.trinvis.model} (the records that go in and out, and the exception family),
 * {@link dk.trinvis.render} (guides as text, Markdown, HTML, print and JSON) and
 * {@link dk.trinvis.check} (lint, the YAML test runner, the JUnit 5 factory). Every other package
 * is internal, even where Java forces a type to be public. See {@code docs/architecture.md}.
 */
module dk.trinvis {
    requires com.fasterxml.jackson.databind;
    requires org.commonmark;
    requires org.yaml.snakeyaml;
    // JUnit XML reports of the YAML test runner.
    requires java.xml;

    // Optional, like their Maven dependencies: only the CLI needs picocli and Jetty, only
    // TrinvisTests needs JUnit, and embedders who use those already have them. Not transitive:
    // a module that requires dk.trinvis must compile without JUnit (ConsumerModuleIT).
    requires static info.picocli;
    // trinvis serve and preview run on Jetty (internal.http); only the CLI starts them.
    requires static org.eclipse.jetty.server;
    requires static org.eclipse.jetty.http;
    requires static org.eclipse.jetty.io;
    requires static org.eclipse.jetty.util;
    requires static org.junit.jupiter.api;
    // Null-safety annotations: compile time only, but visible to users' compilers and tools.
    requires static transitive org.jspecify;

    exports dk.trinvis;
    exports dk.trinvis.model;
    exports dk.trinvis.render;
    exports dk.trinvis.check;

    // Jackson writes the result records (Decision, ResolvedGuide, test runs, diffs) by reflection.
    opens dk.trinvis.model to com.fasterxml.jackson.databind;
    opens dk.trinvis.check to com.fasterxml.jackson.databind;
    // picocli injects options into the commands' private fields.
    opens dk.trinvis.internal.cli to info.picocli;
    // Jackson writes trinvis serve's problem documents and catalogue lists.
    opens dk.trinvis.internal.serve to com.fasterxml.jackson.databind;
}
