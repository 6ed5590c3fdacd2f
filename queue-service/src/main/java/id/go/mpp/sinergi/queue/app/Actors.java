package id.go.mpp.sinergi.queue.app;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.domain.access.Actor;

/** The caller of a request as the domain's authorisation rules see it. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.identity().getRoles(), caller.agency(), caller.mpp());
    }
}
