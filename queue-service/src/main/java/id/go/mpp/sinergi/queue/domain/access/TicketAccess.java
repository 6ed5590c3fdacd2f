package id.go.mpp.sinergi.queue.domain.access;

/**
 * Who may do what with a ticket. The citizen it belongs to and staff who may read its agency's records see it; an
 * officer issues walk-ins only into their own agency's services; the actions at a counter belong to the officer who
 * called the ticket there, or to the agency's admin.
 */
public final class TicketAccess {

    private TicketAccess() {
    }

    public static boolean maySee(Actor actor, String citizenId, String agencyCode, String mppCode) {
        return actor.is(citizenId) || actor.mayRead(agencyCode, mppCode);
    }

    /** A citizen takes a ticket for themself; an officer or a kiosk issues one for a walk-in visitor. */
    public static boolean mayIssue(Actor actor, String serviceAgency, String mppCode) {
        return actor.has(Actor.CITIZEN) || actor.isOfficerOf(serviceAgency, mppCode)
                || actor.has(Actor.KIOSK) && actor.at(mppCode);
    }

    /** Officers and kiosks may issue priority tickets directly; a citizen's priority group is a request. */
    public static boolean issuesPriorityDirectly(Actor actor) {
        return actor.has(Actor.OFFICER) || actor.has(Actor.KIOSK);
    }

    /** Recall, no-show, start, complete, park, transfer, priority check: the calling officer or the agency's admin. */
    public static boolean mayActAtCounter(Actor actor, String agencyCode, String mppCode, String callingOfficerId) {
        return actor.isOfficerOf(agencyCode, mppCode) && actor.is(callingOfficerId)
                || actor.isAgencyAdminOf(agencyCode, mppCode);
    }
}
