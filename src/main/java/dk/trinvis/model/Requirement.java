package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.NullMarked;

/** What the law or local policy requires of the citizen's channel for a service at a moment. */
@NullMarked
public enum Requirement {
    /** A mandatory-digital period covers the moment: paper is rejected unless an exemption applies. */
    MANDATORY_DIGITAL("mandatory-digital"),
    /** No law yet, but a municipal policy steers to digital with help; paper is still accepted. */
    STEERED_DIGITAL("steered-digital"),
    /** Any channel. */
    OPTIONAL("optional"),
    /** An outage covers the moment: no channel works until it ends. */
    UNAVAILABLE("unavailable");

    private final String value;

    Requirement(String value) {
        this.value = value;
    }

    /** The JSON/YAML spelling. */
    @JsonValue
    public String value() {
        return value;
    }
}
