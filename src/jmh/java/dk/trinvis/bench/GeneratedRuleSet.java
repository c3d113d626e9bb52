package dk.trinvis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a large synthetic rule set: services with periods, municipalities, and help offers per municipality. */
final class GeneratedRuleSet {
    private GeneratedRuleSet() {
    }

    static void write(Path dir, int services, int municipalities, int offersPerMunicipality) throws IOException {
        StringBuilder b = new StringBuilder("""
                kind: Facts
                facts:
                  hasMitID: {type: boolean}
                  needsHelp: {type: boolean}
                ---
                kind: Area
                id: omraade
                title: {da: Område}
                ---
                kind: ExemptionGround
                id: ingen-mitid
                title: {da: Ingen MitID}
                when: not citizen.hasMitID
                effect: must-offer
                legal: "Særlige forhold"
                """);
        for (int s = 0; s < services; s++) {
            b.append("---\nkind: Service\nid: ydelse-").append(s).append("\ntitle: {da: \"Ydelse ").append(s)
                    .append("\", en: \"Service ").append(s).append("\"}\narea: omraade\nlegal: \"Lov ").append(s)
                    .append("\"\nmandatoryDigital:\n  - from: ").append(2012 + s % 4).append("-12-01\n    basis: \"Bølge ")
                    .append(s % 4 + 1).append("\"\n");
        }
        Files.writeString(dir.resolve("services.yaml"), b);
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < municipalities; i++) {
            String code = String.format("%04d", 101 + i);
            m.append(i == 0 ? "" : "---\n").append("kind: Municipality\ncode: \"").append(code).append("\"\nname: Kommune ")
                    .append(i).append('\n');
            for (int o = 0; o < offersPerMunicipality; o++) {
                m.append("---\nkind: HelpOffer\nid: hjaelp-").append(code).append('-').append(o)
                        .append("\nname: {da: \"Hjælp ").append(o).append("\"}\ntype: phone\nmunicipalities: [\"").append(code)
                        .append("\"]\nhours:\n  - spec: \"Mo-Th 09:00-21:00; Fr 09:00-17:00; Su 17:00-21:00; PH off\"\n");
            }
        }
        Files.writeString(dir.resolve("municipalities.yaml"), m);
    }
}
