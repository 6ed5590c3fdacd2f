package id.go.mpp.sinergi.core.problem;

import java.util.List;

/**
 * Ends a request with a problem+json response. Throw it from any layer above {@code domain/} (domain code
 * throws its own exceptions, which the API layer translates).
 * <p>
 * A problem is an answer, not a fault: it takes no stack trace. Filling one in walks the whole reactive call stack,
 * and a booking rush answers thousands of refusals a second with it ({@code booking-slot-full}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final LocalizedText title;
    private final LocalizedText detail;
    private final List<FieldErrorText> errors;

    /** A field error whose message is still in both languages. */
    public record FieldErrorText(String field, LocalizedText message) {
    }

    public ProblemException(int status, String code, LocalizedText title, LocalizedText detail,
                            List<FieldErrorText> errors) {
        super(code + ": " + detail.en(), null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String code, LocalizedText detail) {
        return new ProblemException(404, code, ProblemTitles.NOT_FOUND, detail, List.of());
    }

    /** 410: the resource existed but is no longer available (an expired invitation); name why in {@code detail}. */
    public static ProblemException gone(String code, LocalizedText detail) {
        return new ProblemException(410, code, ProblemTitles.GONE, detail, List.of());
    }

    /** 409: the resource is in a state that does not allow the action; name the state in {@code detail}. */
    public static ProblemException conflict(String code, LocalizedText detail) {
        return new ProblemException(409, code, ProblemTitles.CONFLICT, detail, List.of());
    }

    public static ProblemException forbidden(String code, LocalizedText detail) {
        return new ProblemException(403, code, ProblemTitles.FORBIDDEN, detail, List.of());
    }

    /** 400 for one invalid field. */
    public static ProblemException invalidField(String field, LocalizedText message) {
        return new ProblemException(400, "validation", ProblemTitles.VALIDATION, ProblemTitles.VALIDATION_DETAIL,
                List.of(new FieldErrorText(field, message)));
    }

    /** 422: the request is well-formed but a business rule refuses it (quota gone, outside opening hours…). */
    public static ProblemException unprocessable(String code, LocalizedText detail) {
        return new ProblemException(422, code, ProblemTitles.RULE, detail, List.of());
    }

    /** 422 for a field that names something unknown (a service, an agency, a visit): the field and why. */
    public static ProblemException unknownReference(String field, LocalizedText message) {
        return new ProblemException(422, "unknown-reference", ProblemTitles.RULE, message,
                List.of(new FieldErrorText(field, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText detail() {
        return detail;
    }

    public List<FieldErrorText> errors() {
        return errors;
    }
}
