package id.go.mpp.sinergi.queue.domain.catalogue;

import java.util.Optional;
import java.util.Set;

/**
 * Who may change which part of an MPP's catalogue: the mpp-admin of that MPP changes anything in it; an
 * agency-admin changes only its own agency's services and counters at its own MPP.
 */
public final class CataloguePermissions {

    private CataloguePermissions() {
    }

    /** The staff member's roles and the {@code agency}/{@code mpp} claims of their token. */
    public record Staff(Set<String> roles, Optional<String> agency, Optional<String> mpp) {
        boolean isMppAdminOf(String mppCode) {
            return roles.contains("mpp-admin") && mpp.filter(mppCode::equals).isPresent();
        }

        boolean isAgencyAdminOf(String agencyCode, String mppCode) {
            return roles.contains("agency-admin") && agency.filter(agencyCode::equals).isPresent()
                    && mpp.filter(mppCode::equals).isPresent();
        }
    }

    public static boolean mayManageMpp(Staff staff, String mppCode) {
        return staff.isMppAdminOf(mppCode);
    }

    public static boolean mayManageAgencyItems(Staff staff, String mppCode, String agencyCode) {
        return staff.isMppAdminOf(mppCode) || staff.isAgencyAdminOf(agencyCode, mppCode);
    }

    /** Counters are visible to the MPP's admin and to staff of the agency that runs them. */
    public static boolean maySeeCounters(Staff staff, String mppCode, String agencyCode) {
        if (staff.isMppAdminOf(mppCode)) {
            return true;
        }
        return (staff.roles.contains("officer") || staff.roles.contains("agency-admin"))
                && staff.agency.filter(agencyCode::equals).isPresent() && staff.mpp.filter(mppCode::equals).isPresent();
    }
}
