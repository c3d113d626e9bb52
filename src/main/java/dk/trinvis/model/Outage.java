package dk.trinvis.model;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A time in which a service's channels are down: by default its self-service and the affected
 * municipalities' own in-person offers, or exactly the channels and offers it names.
 *
 * @param id             the outage's id
 * @param services       affected services; empty means all
 * @param municipalities affected municipalities; empty means all
 * @param from           first Copenhagen local moment of the outage
 * @param to             the moment the service is back
 * @param reason         why, or null
 * @param channels       channels taken down: {@code self-service} and help-offer types such as {@code in-person}
 * @param offers         ids of help offers taken down whatever their type
 * @param location       where it is declared
 */
@NullMarked
public record Outage(String id, List<String> services, List<String> municipalities, LocalDateTime from,
                     LocalDateTime to, @Nullable Text reason, List<String> channels, List<String> offers,
                     Location location) {
    /** The channels an outage takes down when it names none. */
    public static final List<String> DEFAULT_CHANNELS = List.of("self-service", "in-person");

    /** Copies the lists so the record stays immutable. */
    public Outage {
        services = List.copyOf(services);
        municipalities = List.copyOf(municipalities);
        channels = channels.isEmpty() ? DEFAULT_CHANNELS : List.copyOf(channels);
        offers = List.copyOf(offers);
    }

    /** Whether the digital self-service itself is down, so nothing can be applied for. */
    public boolean takesDownSelfService() {
        return channels.contains("self-service");
    }

    /** Whether the outage takes the offer down in the municipality (national offers only when named). */
    public boolean takesDown(HelpOffer offer, String municipality) {
        if (offers.contains(offer.id())) {
            return true;
        }
        return !offer.national() && offer.municipalities().contains(municipality)
                && channels.contains(offer.type().value());
    }

    /** Whether the outage hits the service in the municipality at the local moment. */
    public boolean covers(String service, String municipality, LocalDateTime at) {
        return (services.isEmpty() || services.contains(service))
                && (municipalities.isEmpty() || municipalities.contains(municipality))
                && !at.isBefore(from) && at.isBefore(to);
    }
}
