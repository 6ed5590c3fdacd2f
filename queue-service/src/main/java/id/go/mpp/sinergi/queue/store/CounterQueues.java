package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.QueueLine;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a counter needs to call the next ticket, read inside the caller's transaction. */
@ApplicationScoped
public class CounterQueues {

    /** The first waiting ticket of one line, locked; a head another counter is calling right now is skipped. */
    static final String HEAD = """
            select * from ticket
            where mpp_code = ?1 and service_date = ?2 and service_code = any(?3)
              and status = 'WAITING' and line = ?4
            order by queue_since, issued_at
            limit 1
            for update skip locked""";

    /** Heads of the three lines for the counter's services (a line with nobody waiting has no head). */
    public Uni<List<Ticket>> heads(String mppCode, LocalDate day, String[] services) {
        List<Ticket> heads = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (QueueLine line : QueueLine.values()) {
            chain = chain.chain(() -> head(mppCode, day, services, line).invoke(ticket -> {
                if (ticket != null) {
                    heads.add(ticket);
                }
            })).replaceWithVoid();
        }
        return chain.replaceWith(heads);
    }

    private Uni<Ticket> head(String mppCode, LocalDate day, String[] services, QueueLine line) {
        return Panache.getSession().chain(session -> session.createNativeQuery(HEAD, Ticket.class)
                .setParameter(1, mppCode).setParameter(2, day).setParameter(3, services)
                .setParameter(4, line.name())
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0)));
    }

    /** Lines of the counter's most recent first calls today, most recent first. */
    public Uni<List<QueueLine>> recentLines(String mppCode, String counterCode, LocalDate day, int limit) {
        return Ticket.<Ticket>find("mppCode = ?1 and counterCode = ?2 and serviceDate = ?3 and calledAt is not null "
                        + "order by calledAt desc", mppCode, counterCode, day)
                .page(0, limit).list()
                .map(tickets -> tickets.stream().map(t -> t.line).toList());
    }

    /** The ticket called to or being served at the counter, if any. */
    public Uni<Ticket> atCounter(String mppCode, String counterCode) {
        return Ticket.<Ticket>find("mppCode = ?1 and counterCode = ?2 and status in ?3", mppCode, counterCode,
                List.of(TicketStatus.CALLED, TicketStatus.SERVING)).firstResult();
    }

    /** Tickets parked at the counter. */
    public Uni<List<Ticket>> parkedAt(String mppCode, String counterCode) {
        return Ticket.list("mppCode = ?1 and counterCode = ?2 and status = ?3 order by parkedAt", mppCode, counterCode,
                TicketStatus.PARKED);
    }
}
