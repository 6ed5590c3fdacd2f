package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.orm.runtime.PersistenceUnitUtil;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.common.vertx.VertxContext;

/**
 * Whether the current request holds a Hibernate Reactive session, i.e. a pool connection. Work that many requests
 * share (one load, one release) runs on a connection of its own; a caller that already holds one must never wait
 * for such work: with every connection held by waiters it would deadlock until the pool's timeout. Such callers
 * do the work themselves, on their own connection.
 *
 * <p>Uses Quarkus's runtime class {@code SessionOperations} (not public API): a Quarkus upgrade may move it. The
 * tests that fire slot reads (session holders) and bookings (no session) together on a cold catalogue and on an
 * unreleased day catch the deadlock this guards against.
 */
public final class Sessions {

    private Sessions() {
    }

    public static boolean callerHoldsOne() {
        return VertxContext.isOnDuplicatedContext()
                && SessionOperations.getCurrentSession(PersistenceUnitUtil.DEFAULT_PERSISTENCE_UNIT_NAME) != null;
    }
}
