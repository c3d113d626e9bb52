package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.RuleSetModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A national-scale rule set made from the bundled one's own documents: the bundled set without
 * its tests (26 services, 21 guides, 11 grounds, the 98 municipalities and their 115 help
 * offers), then every bundled service cloned under new ids until there are {@link #SERVICES},
 * each clone with a clone of its service's guide (the five bundled services without a guide, and
 * their clones, get one shaped as the moving guide); 39 more grounds in the bundled grounds' shapes (a ground of one service
 * "by the nature of the case", grounds limited to an area, a right on request outside the courts)
 * to make {@link #GROUNDS}; and {@link #DATED_OFFERS_PER_MUNICIPALITY} help offers per
 * municipality that exist from a date, some until one, with hours that change on given days.
 */
final class GeneratedRuleSet {
    static final int SERVICES = 1_000;
    static final int GROUNDS = 50;
    static final int DATED_OFFERS_PER_MUNICIPALITY = 2;

    private static final Pattern KIND = Pattern.compile("(?m)^kind: (\\w+)");
    private static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)");
    private static final Pattern SERVICE = Pattern.compile("(?m)^service: (\\S+)");
    private static final Pattern CODE = Pattern.compile("(?m)^code: \"(\\d{4})\"");
    private static final Pattern FROM = Pattern.compile("(?m)^  - from: (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern AREA = Pattern.compile("(?m)^area: (\\S+)");
    private static final String DOC = "\n---\n";

    private GeneratedRuleSet() {
    }

    /** Writes the set into an empty folder. */
    static void write(Path dir) throws IOException {
        Map<String, String> bundled = bundledFiles();
        List<String> services = new ArrayList<>();
        Map<String, String> guides = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, String> file : bundled.entrySet()) {
            if (file.getKey().startsWith("tests/")) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String doc : file.getValue().split("(?m)^---\\s*$")) {
                String kind = group(KIND, doc);
                if (kind == null || kind.equals("Test")) {
                    continue;
                }
                kept.add(doc.strip());
                if (kind.equals("Service")) {
                    services.add(doc.strip());
                } else if (kind.equals("Guide")) {
                    guides.put(group(SERVICE, doc), doc.strip());
                } else if (kind.equals("Municipality")) {
                    codes.add(group(CODE, doc));
                }
            }
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, String.join(DOC, kept) + "\n");
        }
        List<String> clones = clones(services, guides, dir);
        grounds(clones, services, dir);
        offers(codes, dir);
    }

    /** Clones of the bundled services, each with its guide, written 50 to a file. */
    private static List<String> clones(List<String> services, Map<String, String> guides, Path dir) throws IOException {
        List<String> ids = new ArrayList<>();
        Files.createDirectories(dir.resolve("generated"));
        StringBuilder file = new StringBuilder();
        String fallback = guides.get("flytning");
        // The bundled services without a guide get the moving guide's shape, so every service has one.
        for (String service : services) {
            String id = group(ID, service);
            if (!guides.containsKey(id)) {
                file.append(file.length() == 0 ? "" : DOC).append(SERVICE.matcher(fallback).replaceFirst("service: " + id));
            }
        }
        for (int n = 0; n < SERVICES - services.size(); n++) {
            String template = services.get(n % services.size());
            String original = group(ID, template);
            String id = original + "-" + n;
            ids.add(id);
            String service = ID.matcher(template).replaceFirst("id: " + id);
            String guide = guides.getOrDefault(original, fallback);
            guide = SERVICE.matcher(guide).replaceFirst("service: " + id);
            file.append(file.length() == 0 ? "" : DOC).append(service).append(DOC).append(guide);
            if (n % 50 == 49 || n == SERVICES - services.size() - 1) {
                Files.writeString(dir.resolve("generated/services-" + n / 50 + ".yaml"), file.append('\n'));
                file.setLength(0);
            }
        }
        return ids;
    }

    /** Grounds in the bundled grounds' shapes, each on the bundled facts. */
    private static void grounds(List<String> clones, List<String> services, Path dir) throws IOException {
        List<String> docs = new ArrayList<>();
        int extra = GROUNDS - 11;
        for (int g = 0; g < extra; g++) {
            String clone = clones.get(g * 7 % clones.size());
            String template = services.get(g * 7 % clones.size() % services.size());
            String from = group(FROM, template);
            StringBuilder d = new StringBuilder("kind: ExemptionGround\nid: generated-ground-").append(g).append('\n');
            if (g % 3 == 0 || from == null) {
                // Limited to one area, as a sector law's own exemption would be.
                String area = group(AREA, template);
                d.append("title: {da: \"Bor i udlandet (").append(area).append(")\", en: \"Lives abroad (").append(area)
                        .append(")\"}\nwhen: citizen.livesAbroad and not citizen.hasMitID\neffect: must-offer\n")
                        .append("from: 2014-01-01\nareas: [").append(area).append("]\n");
            } else if (g % 3 == 1) {
                // One service's "by the nature of the case", from the day the service became digital.
                d.append("title: {da: \"Efter sagens karakter (").append(clone).append(")\", en: \"By the nature of the case (")
                        .append(clone).append(")\"}\nwhen: service.id == '").append(clone)
                        .append("' and citizen.suitableByNature\neffect: may-accept\nfrom: ").append(from).append('\n');
            } else {
                // A right on request, as the Digital Post right, outside the courts.
                d.append("title: {da: \"Ret efter anmodning ").append(g).append("\", en: \"Right on request ").append(g)
                        .append("\"}\nwhen: citizen.digitalPostExempt and citizen.age >= ").append(60 + g % 20)
                        .append("\neffect: right-on-request\nfrom: 2023-06-01\nexceptAreas: [domstole]\n");
            }
            d.append("legal: \"Genereret grund ").append(g).append(" (benchmark)\"\n")
                    .append("description: {da: \"Genereret til belastningsmåling.\", en: \"Generated for load measurement.\"}");
            docs.add(d.toString());
        }
        Files.writeString(dir.resolve("generated/grounds.yaml"), String.join(DOC, docs) + "\n");
    }

    /** Dated help offers for every municipality: from a day, some until one, hours that change. */
    private static void offers(List<String> codes, Path dir) throws IOException {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            for (int o = 0; o < DATED_OFFERS_PER_MUNICIPALITY; o++) {
                StringBuilder d = new StringBuilder("kind: HelpOffer\nid: generated-").append(code).append('-').append(o);
                if (o % 2 == 0) {
                    d.append("\nname: {da: \"Digital hjælp på biblioteket\", en: \"Digital help at the library\"}\n")
                            .append("type: library\ncontact: {phone: \"70 ").append(10 + i).append(" 00 0").append(o)
                            .append("\"}\nmunicipalities: [\"").append(code).append("\"]\ncan: [guide]\nfrom: ")
                            .append(2013 + i % 4).append("-0").append(1 + i % 9).append("-01\nhours:\n")
                            .append("  - to: 2018-01-01\n    spec: \"Mo-Th 10:00-18:00; Fr 10:00-15:00; PH off\"\n")
                            .append("  - from: 2018-01-01\n    to: 2023-01-01\n    spec: \"Mo,We 10:00-16:00; Sa 10:00-13:00; PH off\"\n")
                            .append("  - from: 2023-01-01\n    spec: \"Mo-Fr 09:30-15:30; PH off\"\n");
                } else {
                    d.append("\nname: {da: \"Frivillige IT-hjælpere\", en: \"Volunteer IT helpers\"}\n")
                            .append("type: volunteer\nmunicipalities: [\"").append(code).append("\"]\ncan: [guide]\n")
                            .append("from: 2016-0").append(1 + i % 9).append("-01\nto: ").append(2022 + i % 4)
                            .append("-12-31\nhours:\n  - spec: \"Tu,Th 13:00-16:00\"\n");
                }
                d.append("description: {da: \"Genereret til belastningsmåling.\", en: \"Generated for load measurement.\"}");
                docs.add(d.toString());
            }
        }
        Files.writeString(dir.resolve("generated/help.yaml"), String.join(DOC, docs) + "\n");
    }

    /** What the set holds, for the benchmark's log. */
    static String describe(RuleSetModel model) {
        long dated = model.helpOffers().values().stream()
                .filter(o -> o.validity().from() != null || o.hours().size() > 1).count();
        return "Generated rule set: " + model.services().size() + " services, " + model.guides().size() + " guides, "
                + model.grounds().size() + " grounds, " + model.municipalities().size() + " municipalities, "
                + model.helpOffers().size() + " help offers (" + dated + " dated or with hours that change)";
    }

    /** The bundled rule set's files by path under its folder, read from the jar or class folder. */
    private static Map<String, String> bundledFiles() throws IOException {
        URL url = RuleSet.class.getResource("/dk/trinvis/guides");
        if (url == null) {
            throw new IllegalStateException("the bundled rule set is not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/dk/trinvis/guides"));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
