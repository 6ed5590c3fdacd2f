package id.go.mpp.sinergi.data.batch;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.CompletionStage;

/**
 * Work done once on behalf of many callers (a group-committed write, a database load that concurrent requests
 * share) runs on a Vert.x context that is not theirs. Each caller must still get its answer on its own context:
 * its request's state (Hibernate session, security identity, context-propagated values) lives there, and code
 * that continues the request expects to run there.
 */
public final class CallerContexts {

    private CallerContexts() {
    }

    /**
     * Completes {@code answer} with the result or the failure, on {@code caller} (the context the caller asked
     * from; null if it asked from outside Vert.x), directly when that is the current context.
     */
    public static <T> void reply(Context caller, UniEmitter<? super T> answer, T result, Throwable failure) {
        Runnable reply = failure == null ? () -> answer.complete(result) : () -> answer.fail(failure);
        if (caller != null && caller != Vertx.currentContext()) {
            caller.runOnContext(ignored -> reply.run());
        } else {
            reply.run();
        }
    }

    /**
     * The outcome of shared work as a {@code Uni} that answers on the context of whoever subscribes to it (the
     * shared work may complete on another one).
     */
    public static <T> Uni<T> await(CompletionStage<T> shared) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            shared.whenComplete((result, failure) -> reply(caller, emitter, result, failure));
        });
    }

    /**
     * A new duplicated context, marked safe for Hibernate Reactive, on the event loop of the current context (or
     * one of {@code vertx}'s): shared work runs there, in its own session, so it never uses, nor closes, the
     * session of the caller that happened to start it.
     */
    public static Context isolated(Vertx vertx) {
        Context current = Vertx.currentContext();
        Context isolated = VertxContext.createNewDuplicatedContext(current != null ? current : vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(isolated, true);
        return isolated;
    }
}
