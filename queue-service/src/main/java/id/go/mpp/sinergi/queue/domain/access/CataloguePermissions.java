package id.go.mpp.sinergi.queue.domain.access;

/**
 * Who may change which part of an MPP's catalogue: the mpp-admin of that MPP changes anything in it; an
 * agency-admin changes only its own agency's services and counters at its own MPP.
 */
public final class CataloguePermissions {

    private CataloguePermissions() {
    }

    public static boolean mayManageMpp(Actor actor, String mppCode) {
        return actor.isMppAdminOf(mppCode);
    }

    public static boolean mayManageAgencyItems(Actor actor, String mppCode, String agencyCode) {
        return actor.isMppAdminOf(mppCode) || actor.isAgencyAdminOf(agencyCode, mppCode);
    }

    /** Counters are visible to the MPP's admin and to the staff and system of the agency that runs them. */
    public static boolean maySeeCounters(Actor actor, String mppCode, String agencyCode) {
        return CounterAccess.maySee(actor, agencyCode, mppCode);
    }
}
