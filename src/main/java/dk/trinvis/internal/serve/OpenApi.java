package dk.trinvis.internal.serve;

import dk.trinvis.model.TrinvisException;
import java.io.IOException;
import java.io.InputStream;

/** The service's OpenAPI 3.1 document, served as written in {@code openapi.json} beside this class. */
final class OpenApi {
    static final String RESOURCE = "openapi.json";

    private OpenApi() {
    }

    static byte[] document() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TrinvisException("the OpenAPI document is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TrinvisException("cannot read the OpenAPI document: " + e.getMessage(), e);
        }
    }
}
