package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a help offer; every part is optional.
 *
 * @param phone   phone number as written, e.g. {@code 70 20 00 00}
 * @param email   e-mail address
 * @param url     web address
 * @param address street address
 */
@NullMarked
public record Contact(@Nullable String phone, @Nullable String email, @Nullable String url, @Nullable String address) {
    /** A contact with nothing in it. */
    public static final Contact NONE = new Contact(null, null, null, null);
}
