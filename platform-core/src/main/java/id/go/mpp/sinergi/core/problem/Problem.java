package id.go.mpp.sinergi.core.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code code} is a stable machine-readable
 * name of the problem; {@code errors} names each offending field with a message in the request's language.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (e.g. {@code serviceCode}, {@code answers[2].value}) and why. */
    public record FieldError(String field, String message) {
    }
}
