package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The legal basis of a rule: one reference, or several where several apply. In JSON it is the
 * reference as an object, or an array of them when there are several, as the YAML is written.
 *
 * @param references the references, at least one, in the order written
 * @param plain      true when it was written as a plain string (the older form, read as an act only)
 */
@NullMarked
public record Legal(List<LegalReference> references, boolean plain) {

    /** Copies the list so the record stays immutable; it may not be empty. */
    public Legal {
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a legal basis names at least one reference");
        }
    }

    /** A basis written as a plain string: its act only. */
    public static Legal plain(String act, Location location) {
        return new Legal(List.of(new LegalReference(act, null, null, false, location)), true);
    }

    /** One structured reference. */
    public static Legal of(LegalReference reference) {
        return new Legal(List.of(reference), false);
    }

    /** Both bases, first's references first; either may be null. */
    public static @Nullable Legal concat(@Nullable Legal first, @Nullable Legal second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        List<LegalReference> all = new ArrayList<>(first.references);
        all.addAll(second.references);
        return new Legal(all, first.plain && second.plain);
    }

    /** The citations joined by "; ", e.g. {@code Lov nr. 603 af 31. maj 2023 § 2}. */
    public String citation() {
        return references.size() == 1 ? references.get(0).citation()
                : references.stream().map(LegalReference::citation).collect(Collectors.joining("; "));
    }

    /** What JSON shows: the one reference as an object, or the references as an array. */
    @JsonValue
    Object json() {
        return references.size() == 1 ? references.get(0) : references;
    }

    /** The citation, so a basis reads as text wherever one is printed. */
    @Override
    public String toString() {
        return citation();
    }
}
