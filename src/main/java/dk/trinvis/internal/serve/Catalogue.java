package dk.trinvis.internal.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.trinvis.internal.util.Json;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Capability;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Contact;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Legal;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Legal;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Legal;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Service;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Text;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a portal needs to build its forms: services, municipalities, facts with their questions
 * in every language, and help offers. Both languages are given, so one response serves a
 * bilingual portal; no source locations, which are for editors.
 */
final class Catalogue {
    private Catalogue() {
    }

    static String services(RuleSet rules) {
        RuleSetModel m = rules.model();
        Set<String> guided = m.guides().stream().map(g -> g.service()).collect(Collectors.toSet());
        return Json.write(new Services(rules.contentHash(), m.services().values().stream()
                .map(s -> ServiceEntry.of(s, guided.contains(s.id()))).toList()));
    }

    static String municipalities(RuleSet rules) {
        return Json.write(new Municipalities(rules.contentHash(), rules.model().municipalities().values().stream()
                .map(MunicipalityEntry::of).toList()));
    }

    static String facts(RuleSet rules) {
        return Json.write(new Facts(rules.contentHash(), rules.model().facts().values().stream()
                .map(FactEntry::of).toList()));
    }

    static String helpOffers(RuleSet rules) {
        return Json.write(new HelpOffers(rules.contentHash(), rules.model().helpOffers().values().stream()
                .map(HelpOfferEntry::of).toList()));
    }

    record Services(String ruleSetHash, List<ServiceEntry> services) {
    }

    record Municipalities(String ruleSetHash, List<MunicipalityEntry> municipalities) {
    }

    record Facts(String ruleSetHash, List<FactEntry> facts) {
    }

    record HelpOffers(String ruleSetHash, List<HelpOfferEntry> helpOffers) {
    }

    record ServiceEntry(String id, Text title, String area, @Nullable Legal legal, boolean digital,
                        @Nullable String selfService, @Nullable String authority, @Nullable Text description,
                        boolean guide) {
        static ServiceEntry of(Service s, boolean guide) {
            return new ServiceEntry(s.id(), s.title(), s.area(), s.legal(), s.digital(),
                    s.selfService() == null ? null : s.selfService().url(), s.authority(), s.description(), guide);
        }
    }

    record MunicipalityEntry(String code, String name, @Nullable String region) {
        static MunicipalityEntry of(Municipality m) {
            return new MunicipalityEntry(m.code(), m.name(), m.region());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FactEntry(String id, String type, @Nullable Text question, @Nullable Long min, @Nullable Long max,
                     List<String> values, Audience askedOf, @Nullable Integer order) {
        static FactEntry of(Fact f) {
            return new FactEntry(f.id(), f.type().name().toLowerCase(Locale.ROOT), f.question(), f.min(), f.max(),
                    f.values(), f.askedOf(), f.order());
        }
    }

    record HelpOfferEntry(String id, Text name, HelpType type, Contact contact, List<String> municipalities,
                          List<String> areas, List<String> services, List<Capability> can, List<String> actsFor,
                          @Nullable Text description) {
        static HelpOfferEntry of(HelpOffer h) {
            return new HelpOfferEntry(h.id(), h.name(), h.type(), h.contact(), h.municipalities(), h.areas(),
                    h.services(), List.copyOf(h.can()), h.actsFor(), h.description());
        }
    }
}
