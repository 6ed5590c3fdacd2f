package id.go.mpp.sinergi.gateway.domain.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may ask Dukcapil about a visitor, and who may see the answer: the once-only rule. The visitor consented for
 * the visit, so the agencies of that visit's steps see the outcome and do not ask again; an agency outside the visit
 * sees nothing, as if there were no such visit.
 */
public final class IdentityAccess {

    public enum Role { CITIZEN, KIOSK, OFFICER, AGENCY_ADMIN, AGENCY_SYSTEM, MPP_ADMIN }

    /** The caller: roles and the claims of their token. */
    public record Who(Set<Role> roles, String accountId, String agencyCode, String mppCode) {
    }

    /** A step of the visit: an agency it passes through, in an MPP, and whose visit it is (null: a walk-in). */
    public record Step(String agencyCode, String mppCode, String citizenId) {
    }

    private IdentityAccess() {
    }

    /** The visitor themselves (their account), the hall's kiosk, or an officer of an agency of the visit. */
    public static boolean mayRequest(Who who, List<Step> steps) {
        if (steps.isEmpty()) {
            return false;
        }
        return ownVisit(who, steps)
                || who.roles().contains(Role.KIOSK) && sameMpp(who, steps)
                || who.roles().contains(Role.OFFICER) && stepAtOwnAgency(who, steps);
    }

    /** Whoever may ask, plus the agency's admins and systems of an agency of the visit, and the MPP's admin. */
    public static boolean maySee(Who who, List<Step> steps) {
        if (steps.isEmpty()) {
            return false;
        }
        return mayRequest(who, steps)
                || (who.roles().contains(Role.AGENCY_ADMIN) || who.roles().contains(Role.AGENCY_SYSTEM))
                        && stepAtOwnAgency(who, steps)
                || who.roles().contains(Role.MPP_ADMIN) && sameMpp(who, steps);
    }

    /** Whether what {@code who} sees is an agency's read of shared personal data (logged in the message log). */
    public static boolean readsAsAgency(Who who, List<Step> steps) {
        return who.agencyCode() != null && stepAtOwnAgency(who, steps) && !ownVisit(who, steps);
    }

    private static boolean ownVisit(Who who, List<Step> steps) {
        return who.roles().contains(Role.CITIZEN) && who.accountId() != null
                && steps.stream().anyMatch(step -> who.accountId().equals(step.citizenId()));
    }

    private static boolean sameMpp(Who who, List<Step> steps) {
        return who.mppCode() != null && steps.stream().allMatch(step -> who.mppCode().equals(step.mppCode()));
    }

    private static boolean stepAtOwnAgency(Who who, List<Step> steps) {
        return who.agencyCode() != null && steps.stream()
                .anyMatch(step -> who.agencyCode().equals(step.agencyCode())
                        && Objects.equals(who.mppCode(), step.mppCode()));
    }
}
