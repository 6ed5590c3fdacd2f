package id.go.mpp.sinergi.queue.domain.access;

/**
 * Who may do what with a booking: its citizen and staff who may read its agency's records see it; only its citizen
 * confirms and moves it; its citizen or an admin of its agency or MPP cancels it; check-in happens at the MPP's kiosk
 * (scanning the code) or by an officer of its agency, never from anywhere.
 */
public final class BookingAccess {

    private BookingAccess() {
    }

    public static boolean maySee(Actor actor, String citizenId, String agencyCode, String mppCode) {
        return actor.is(citizenId) || actor.mayRead(agencyCode, mppCode) || actor.has(Actor.KIOSK) && actor.at(mppCode);
    }

    public static boolean mayChange(Actor actor, String citizenId) {
        return actor.is(citizenId);
    }

    public static boolean mayCancel(Actor actor, String citizenId, String agencyCode, String mppCode) {
        return actor.is(citizenId) || actor.isMppAdminOf(mppCode) || actor.isAgencyAdminOf(agencyCode, mppCode);
    }

    public static boolean mayCheckIn(Actor actor, String agencyCode, String mppCode) {
        return actor.has(Actor.KIOSK) && actor.at(mppCode) || actor.isOfficerOf(agencyCode, mppCode);
    }
}
