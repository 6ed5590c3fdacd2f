package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Role;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;

import java.util.EnumSet;
import java.util.Set;

/** The caller of a request as the gateway's own rules see it. */
final class Callers {

    private Callers() {
    }

    /** A visit id as queue-service makes them; anything else is no visit (404), never a database error. */
    static String visitId(String given) {
        if (given == null || !given.matches("[A-Za-z0-9-]{1,64}")) {
            throw id.go.mpp.sinergi.core.problem.ProblemException.notFound("unknown-visit",
                    id.go.mpp.sinergi.core.problem.LocalizedText.of("Kunjungan tidak ditemukan.", "No such visit."));
        }
        return given;
    }

    /** Who asked, as a visit's records say it: OFFICER, KIOSK or CITIZEN. */
    static String requestedBy(Who who) {
        return who.roles().contains(Role.OFFICER) ? "OFFICER" : who.roles().contains(Role.KIOSK) ? "KIOSK" : "CITIZEN";
    }

    static Who who(Caller caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller.hasRole(Caller.CITIZEN)) {
            roles.add(Role.CITIZEN);
        }
        if (caller.hasRole(PublicApiResource.KIOSK)) {
            roles.add(Role.KIOSK);
        }
        if (caller.hasRole(Caller.OFFICER)) {
            roles.add(Role.OFFICER);
        }
        if (caller.hasRole(Caller.AGENCY_ADMIN)) {
            roles.add(Role.AGENCY_ADMIN);
        }
        if (caller.hasRole(Caller.AGENCY_SYSTEM)) {
            roles.add(Role.AGENCY_SYSTEM);
        }
        if (caller.hasRole(Caller.MPP_ADMIN)) {
            roles.add(Role.MPP_ADMIN);
        }
        return new Who(roles, caller.id(), caller.agency().orElse(null), caller.mpp().orElse(null));
    }
}
