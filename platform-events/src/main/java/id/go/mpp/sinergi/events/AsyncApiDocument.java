package id.go.mpp.sinergi.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Access to the AsyncAPI document shipped in this module. */
public final class AsyncApiDocument {

    public static final String RESOURCE = "asyncapi/sinergi.asyncapi.yaml";

    public static String yaml() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AsyncApiDocument() {
    }
}
