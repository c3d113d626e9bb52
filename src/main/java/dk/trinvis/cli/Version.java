package dk.trinvis.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, falling back to "development". */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"trinvis " + (v == null ? "development" : v)};
    }
}
