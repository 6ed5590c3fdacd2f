package id.go.mpp.sinergi.complaint.api;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client a request comes from, for per-client limits: the first address of {@code X-Forwarded-For} as the
 * gateway sets it, else the peer. complaint-service is reached only through the gateway in a deployment.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest http) {
        String forwarded = http.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String first = forwarded.split(",", 2)[0].strip();
            return first.length() > 64 ? first.substring(0, 64) : first;
        }
        return http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress();
    }
}
