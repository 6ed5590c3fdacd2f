package id.go.mpp.sinergi.queue.domain.access;

/**
 * Who may see and work a counter: officers and the admin of its agency, and the MPP's admin, see it; an officer of
 * its agency opens it; only the officer whose session it is calls tickets to it; that officer or the agency's admin
 * closes it.
 */
public final class CounterAccess {

    private CounterAccess() {
    }

    public static boolean maySee(Actor actor, String agencyCode, String mppCode) {
        return actor.mayRead(agencyCode, mppCode);
    }

    public static boolean mayOpen(Actor actor, String agencyCode, String mppCode) {
        return actor.isOfficerOf(agencyCode, mppCode);
    }

    /** Calling to an open counter: its session's officer only. */
    public static boolean mayCall(Actor actor, String agencyCode, String mppCode, String sessionOfficerId) {
        return actor.isOfficerOf(agencyCode, mppCode) && actor.is(sessionOfficerId);
    }

    public static boolean mayClose(Actor actor, String agencyCode, String mppCode, String sessionOfficerId) {
        return mayCall(actor, agencyCode, mppCode, sessionOfficerId) || actor.isAgencyAdminOf(agencyCode, mppCode);
    }
}
