package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Role;
import id.go.mpp.sinergi.core.security.Caller;

import java.util.Optional;

/** The caller of a request as the complaint rules see them. */
public final class ComplaintActors {

    private ComplaintActors() {
    }

    public static Actor of(Caller caller) {
        if (caller.hasRole(Caller.MPP_ADMIN)) {
            return new Actor(Role.MPP_ADMIN, caller.id(), Optional.empty(), caller.mpp());
        }
        if (caller.hasRole(Caller.OFFICER) || caller.hasRole(Caller.AGENCY_ADMIN)
                || caller.hasRole(Caller.AGENCY_SYSTEM)) {
            return new Actor(Role.AGENCY_STAFF, caller.id(), caller.agency(), caller.mpp());
        }
        return new Actor(Role.REPORTER, caller.id(), Optional.empty(), Optional.empty());
    }
}
