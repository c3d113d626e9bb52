package dk.trinvis.model;

/**
 * How to reach a help offer; every part is optional.
 *
 * @param phone   phone number as written, e.g. {@code 70 20 00 00}
 * @param email   e-mail address
 * @param url     web address
 * @param address street address
 */
public record Contact(String phone, String email, String url, String address) {
    /** A contact with nothing in it. */
    public static final Contact NONE = new Contact(null, null, null, null);
}
