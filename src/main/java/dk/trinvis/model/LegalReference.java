package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One reference to the law, written in a rule set as
 * {@code {act: "Lov nr. 603 af 31. maj 2023", section: "§ 2", eli: "https://www.retsinformation.dk/eli/lta/2023/603"}}.
 * A reference written as a plain string is read as its act only.
 *
 * @param act      the act as cited, e.g. {@code Lov nr. 603 af 31. maj 2023} or {@code CPR-loven}
 * @param section  the provision within it, with stk. and nr. as written, e.g. {@code § 12, stk. 3}; or null
 * @param eli      the act's European Legislation Identifier address on retsinformation.dk, or null
 * @param inferred true when the clause is inferred (e.g. from the wave act that inserted it), not read in the act
 * @param location where the reference is written; not part of its JSON
 */
@NullMarked
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"act", "section", "eli", "inferred"})
public record LegalReference(String act, @Nullable String section, @Nullable String eli, boolean inferred,
                             @JsonIgnore Location location) {

    /** The act and section as one citation: {@code Lov nr. 603 af 31. maj 2023 § 2}. */
    public String citation() {
        return section == null || section.isBlank() ? act : act + " " + section;
    }
}
