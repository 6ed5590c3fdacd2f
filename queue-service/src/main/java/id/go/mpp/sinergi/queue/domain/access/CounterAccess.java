package id.go.mpp.sinergi.queue.domain.access;

/**
 * Who may see and work a counter: officers, the admin and the system of its agency, and the MPP's admin, see it; an
 * officer of its agency opens it; only the officer whose session it is calls tickets to it; that officer or the
 * agency's admin closes it. An agency's system works no counter.
 */
public final class CounterAccess {

    private CounterAccess() {
    }

    public static boolean maySee(Actor actor, String agencyCode, String mppCode) {
        return actor.mayRead(agencyCode, mppCode) || actor.isSystemOf(agencyCode, mppCode);
    }

    /**
     * Whether a counter the actor may not see is absent to them (404) rather than refused (403): to an agency's
     * system, which knows only its own agency's data, another agency's counter does not exist; staff in the hall
     * see every counter and are told it is not theirs.
     */
    public static boolean othersLookAbsent(Actor actor) {
        return actor.has(Actor.AGENCY_SYSTEM);
    }

    /**
     * Whether the actor is shown the survey codes printed on the tickets at a counter: staff hand them over at the
     * counter; an agency's system has no use for them and, holding them, could answer its own agency's survey.
     */
    public static boolean seesSurveyCodes(Actor actor) {
        return !actor.has(Actor.AGENCY_SYSTEM);
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
