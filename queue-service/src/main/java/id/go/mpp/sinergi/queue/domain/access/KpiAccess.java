package id.go.mpp.sinergi.queue.domain.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who may read which KPIs: the mpp-admin of an MPP reads all of it (optionally filtered by agency); an
 * agency-admin, officer or agency system reads only their own agency at their own MPP (the {@code agency} and
 * {@code mpp} claims of the token). Anyone else, citizens included, is refused.
 */
public final class KpiAccess {

    private KpiAccess() {
    }

    /** The caller's roles and the {@code agency}/{@code mpp} claims of their token. */
    public record Staff(Set<String> roles, Optional<String> agency, Optional<String> mpp) {
    }

    public enum Refusal {
        /** Not staff of this MPP (another MPP, or no staff role at all). */
        OTHER_MPP,
        /** Agency staff asking for another agency (or a service of another agency). */
        OTHER_AGENCY
    }

    /**
     * What the caller may see of {@code mppCode}: {@link Granted#agency()} is the agency the figures are
     * limited to (empty = the whole MPP); {@link Granted#restricted()} says the limit comes from the caller's
     * own agency rather than from the request.
     */
    public sealed interface Decision permits Granted, Refused {
    }

    public record Granted(Optional<String> agency, boolean restricted) implements Decision {
    }

    public record Refused(Refusal refusal) implements Decision {
    }

    public static Decision scope(Staff staff, String mppCode, String requestedAgency) {
        boolean atThisMpp = staff.mpp().filter(mppCode::equals).isPresent();
        if (atThisMpp && staff.roles().contains("mpp-admin")) {
            return new Granted(Optional.ofNullable(requestedAgency), false);
        }
        boolean agencyStaff = staff.roles().contains("agency-admin") || staff.roles().contains("officer")
                || staff.roles().contains("agency-system");
        if (!atThisMpp || !agencyStaff || staff.agency().isEmpty()) {
            return new Refused(Refusal.OTHER_MPP);
        }
        String own = staff.agency().get();
        if (requestedAgency != null && !requestedAgency.equals(own)) {
            return new Refused(Refusal.OTHER_AGENCY);
        }
        return new Granted(Optional.of(own), true);
    }

    public enum ServiceCheck {
        OK,
        /** The service belongs to an agency the caller may not see (403). */
        OTHER_AGENCY,
        /** The service is not one of the agency the request filters on (400 on {@code service}). */
        NOT_OF_REQUESTED_AGENCY
    }

    /** Whether a service of {@code serviceAgency} fits the granted scope. */
    public static ServiceCheck service(Granted granted, String serviceAgency) {
        if (granted.agency().isEmpty() || granted.agency().get().equals(serviceAgency)) {
            return ServiceCheck.OK;
        }
        return granted.restricted() ? ServiceCheck.OTHER_AGENCY : ServiceCheck.NOT_OF_REQUESTED_AGENCY;
    }
}
