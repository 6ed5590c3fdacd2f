package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.Objects;

/**
 * A refusal of the Open311 GeoReport v2 API, answered as the spec's error list ({@code [{code, description}]}):
 * 404 not found, 403 a missing or wrong {@code api_key}, 400 anything else the client sent wrong; 503 when
 * queue-service's catalogue, which the answer needs, cannot be read just now.
 */
public final class Open311Refusal extends RuntimeException {

    private final int status;
    private final LocalizedText description;

    private Open311Refusal(int status, LocalizedText description) {
        // An answer, not a fault: no stack trace (clients may send many wrong requests).
        super(status + ": " + description.en(), null, false, false);
        this.status = status;
        this.description = Objects.requireNonNull(description, "description");
    }

    public static Open311Refusal badRequest(LocalizedText description) {
        return new Open311Refusal(400, description);
    }

    public static Open311Refusal forbidden(LocalizedText description) {
        return new Open311Refusal(403, description);
    }

    public static Open311Refusal notFound(LocalizedText description) {
        return new Open311Refusal(404, description);
    }

    public static Open311Refusal unavailable(LocalizedText description) {
        return new Open311Refusal(503, description);
    }

    /** A refusal with the status Open311 allows for {@code httpStatus}: 403 and 404 stay, other 4xx become 400. */
    public static Open311Refusal of(int httpStatus, LocalizedText description) {
        int status = httpStatus == 403 || httpStatus == 404 || httpStatus >= 500 ? httpStatus : 400;
        return new Open311Refusal(status, description);
    }

    public int status() {
        return status;
    }

    public LocalizedText description() {
        return description;
    }
}
