package id.go.mpp.sinergi.gateway.app.grants;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.gateway.domain.grants.RequestedGrants;

import java.util.List;

/** The refusals of the grants' administration, in both languages. */
final class GrantProblems {

    private GrantProblems() {
    }

    /** 400 naming each wrong entry of the request. */
    static ProblemException invalid(List<RequestedGrants.Violation> violations) {
        List<ProblemException.FieldErrorText> errors = violations.stream()
                .map(v -> new ProblemException.FieldErrorText(v.field(), messageOf(v))).toList();
        return new ProblemException(400, "validation", ProblemTitles.VALIDATION, ProblemTitles.VALIDATION_DETAIL,
                errors);
    }

    private static LocalizedText messageOf(RequestedGrants.Violation v) {
        return switch (v.reason()) {
            case MISSING -> LocalizedText.of("wajib diisi (daftar kosong [] mencabut semuanya)",
                    "is required (an empty list [] revokes them all)");
            case TOO_MANY -> LocalizedText.of("paling banyak %d entri", "at most %d entries")
                    .formatted(RequestedGrants.MAX_ENTRIES);
            case NOT_AN_OPERATION_NAME -> LocalizedText.of(
                    "bukan nama operasi: METODE /api/v1/jalur/{templat}, mis. GET /api/v1/message-log",
                    "is not an operation name: METHOD /api/v1/path/{template}, e.g. GET /api/v1/message-log");
            case UNKNOWN_OPERATION -> LocalizedText.of("gateway tidak mempunyai operasi %s",
                    "the gateway has no operation %s").formatted(v.value());
            case NOT_FOR_AGENCY_SYSTEMS -> LocalizedText.of(
                    "operasi %s tidak terbuka untuk sistem instansi (publik atau untuk peran lain)",
                    "operation %s is not open to agency systems (public, or for other roles)").formatted(v.value());
            case UNKNOWN_EVENT_TYPE -> LocalizedText.of("bukan jenis peristiwa platform (mis. %s)",
                    "is not an event type of the platform (e.g. %s)")
                    .formatted("id.go.mpp.agency.identity-verified.v1");
        };
    }
}
