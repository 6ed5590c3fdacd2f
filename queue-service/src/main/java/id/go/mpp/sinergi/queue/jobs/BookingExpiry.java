package id.go.mpp.sinergi.queue.jobs;

import id.go.mpp.sinergi.queue.app.booking.BookingExpiries;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Every {@code sinergi.queue.booking.expiry-sweep}: expires unconfirmed bookings past their deadline. */
@ApplicationScoped
public class BookingExpiry {

    private static final Logger LOG = Logger.getLogger(BookingExpiry.class);

    private final BookingExpiries expiries;

    public BookingExpiry(BookingExpiries expiries) {
        this.expiries = expiries;
    }

    @Scheduled(every = "${sinergi.queue.booking.expiry-sweep:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return expiries.expireDue().invoke(n -> {
            if (n > 0) {
                LOG.infof("Expired %d unconfirmed booking(s)", n);
            }
        }).replaceWithVoid();
    }
}
