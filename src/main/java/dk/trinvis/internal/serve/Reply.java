package dk.trinvis.internal.serve;

import java.nio.charset.StandardCharsets;

/**
 * One response before it is written.
 *
 * @param status      the HTTP status
 * @param contentType its media type, charset included for text
 * @param body        the bytes to send
 * @param etag        whether the rule set's hash is this response's ETag
 */
record Reply(int status, String contentType, byte[] body, boolean etag) {
    static final String JSON = "application/json; charset=utf-8";

    static Reply json(String body) {
        return new Reply(200, JSON, body.getBytes(StandardCharsets.UTF_8), false);
    }

    static Reply text(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), false);
    }

    Reply withEtag() {
        return new Reply(status, contentType, body, true);
    }
}
