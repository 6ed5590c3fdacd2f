package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/** Next ticket number of a service for an MPP-local day, allocated inside the caller's transaction. */
@ApplicationScoped
public class TicketSequences {

    private static final String NEXT = """
            insert into ticket_sequence (mpp_code, service_code, service_date, last_number) values (?1, ?2, ?3, 1)
            on conflict (mpp_code, service_code, service_date)
            do update set last_number = ticket_sequence.last_number + 1
            returning last_number""";

    public Uni<Integer> next(String mppCode, String serviceCode, LocalDate serviceDate) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT, Integer.class)
                .setParameter(1, mppCode)
                .setParameter(2, serviceCode)
                .setParameter(3, serviceDate)
                .getSingleResult());
    }
}
