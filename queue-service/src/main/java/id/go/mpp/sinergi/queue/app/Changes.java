package id.go.mpp.sinergi.queue.app;

import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way an aggregate (ticket, booking, counter session) changes: in one transaction, load it, authorise the
 * actor (the consumer throws a problem to refuse), apply the domain transition with its outbox event, flush; a
 * transition the status does not allow is a 409, and so is a concurrent change caught by the optimistic lock.
 */
public final class Changes {

    private Changes() {
    }

    /** How one kind of aggregate names its refusals. */
    public record Kind(Function<IllegalTransitionException, ProblemException> wrongState,
                       Supplier<ProblemException> changedConcurrently) {
    }

    public static <A> Uni<A> change(Supplier<Uni<A>> load, Consumer<A> authorise, Function<A, Uni<?>> transition,
                                    Kind kind) {
        return Panache.withTransaction(() -> load.get()
                        .invoke(authorise)
                        .chain(aggregate -> Uni.createFrom().deferred(() -> transition.apply(aggregate))
                                .chain(Panache::flush)
                                .replaceWith(aggregate)))
                .onFailure(IllegalTransitionException.class)
                .transform(e -> kind.wrongState().apply((IllegalTransitionException) e))
                .onFailure(Changes::concurrent).transform(e -> kind.changedConcurrently().get());
    }

    public static boolean concurrent(Throwable e) {
        return e instanceof OptimisticLockException || e instanceof StaleObjectStateException;
    }
}
