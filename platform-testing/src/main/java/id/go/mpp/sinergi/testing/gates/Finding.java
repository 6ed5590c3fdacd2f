package id.go.mpp.sinergi.testing.gates;

/**
 * One broken promise of an endpoint: which operation, as whom ({@code role}, matrix only), the request in short,
 * and what it answered.
 */
public record Finding(Kind kind, String operation, String role, String request, String answer) {

    /** In {@code knownFailures} written in lower case with dashes: {@code server-error}, {@code partial-write}… */
    public enum Kind {
        /** A 5xx answer. */
        SERVER_ERROR,
        /** No answer at all (connection closed, timeout). */
        NO_ANSWER,
        /** A 4xx without an RFC 9457 application/problem+json body whose status is the answer's. */
        NOT_PROBLEM_JSON,
        /** Row counts changed after a refusal. */
        PARTIAL_WRITE,
        /** Matrix: a role declared not allowed got a 2xx, or an allowed role got 401/403. */
        LEAK,
        /** Matrix: a refused role got another refusal than declared (e.g. 403 where "looks absent" 404 was declared). */
        WRONG_REFUSAL
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase().replace('_', '-') + " | " + operation + (role == null ? "" : " as " + role)
                + "\n    request: " + request + "\n    answer:  " + answer;
    }
}
