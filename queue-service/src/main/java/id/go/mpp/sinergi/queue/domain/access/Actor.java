package id.go.mpp.sinergi.queue.domain.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who acts, as the authorisation rules see it: the account id, its roles, and for staff, kiosks and agency systems
 * the agency and MPP of their token.
 */
public record Actor(String id, Set<String> roles, Optional<String> agency, Optional<String> mpp) {

    public static final String CITIZEN = "citizen";
    public static final String OFFICER = "officer";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String MPP_ADMIN = "mpp-admin";
    public static final String KIOSK = "kiosk";
    /** An agency's back-office system: a service account with its agency's and MPP's claims. */
    public static final String AGENCY_SYSTEM = "agency-system";

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean is(String accountId) {
        return accountId != null && accountId.equals(id);
    }

    /** Staff or a kiosk of {@code mppCode}. */
    public boolean at(String mppCode) {
        return mpp.filter(m -> m.equals(mppCode)).isPresent();
    }

    /** Staff of {@code agencyCode} at {@code mppCode}. */
    public boolean worksFor(String agencyCode, String mppCode) {
        return agency.filter(a -> a.equals(agencyCode)).isPresent() && at(mppCode);
    }

    public boolean isOfficerOf(String agencyCode, String mppCode) {
        return has(OFFICER) && worksFor(agencyCode, mppCode);
    }

    public boolean isAgencyAdminOf(String agencyCode, String mppCode) {
        return has(AGENCY_ADMIN) && worksFor(agencyCode, mppCode);
    }

    /** The back-office system of {@code agencyCode} at {@code mppCode}. */
    public boolean isSystemOf(String agencyCode, String mppCode) {
        return has(AGENCY_SYSTEM) && worksFor(agencyCode, mppCode);
    }

    public boolean isMppAdminOf(String mppCode) {
        return has(MPP_ADMIN) && at(mppCode);
    }

    /** Staff who may read an agency's records at an MPP: its officers and admin, or the MPP's admin. */
    public boolean mayRead(String agencyCode, String mppCode) {
        return isMppAdminOf(mppCode) || isOfficerOf(agencyCode, mppCode) || isAgencyAdminOf(agencyCode, mppCode);
    }
}
