package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.domain.CallingOrder;
import id.go.mpp.sinergi.queue.domain.QueueLine;
import id.go.mpp.sinergi.queue.domain.QueuePosition;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.Ticket;
import id.go.mpp.sinergi.queue.store.WaitingLines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Positions and wait estimates from the waiting tickets, the open counters and recent service times. */
@ApplicationScoped
public class WaitEstimates {

    private final WaitingLines lines;
    private final CallingOrder.Weights weights;

    public WaitEstimates(WaitingLines lines, QueueConfig config) {
        this.lines = lines;
        this.weights = config.calling().weights();
    }

    /** For a waiting ticket: the calls before it; for any other status, nobody is ahead. */
    public Uni<WaitView> ofTicket(Ticket ticket, Instant now) {
        return CatalogueService.find(ticket.mppCode, ticket.serviceCode).chain(service ->
                lines.waiting(ticket.mppCode, ticket.serviceCode, ticket.serviceDate).chain(waiting -> {
                    int ahead = ticket.status == TicketStatus.WAITING
                            ? QueuePosition.ahead(candidates(waiting), ticket.id, now, weights) : 0;
                    return estimate(service, ahead, now).map(estimate -> WaitView.of(ticket.mppCode, ticket.serviceCode,
                            ticket.number, ticket.status.name(), waiting.size(), estimate));
                }));
    }

    /** For someone taking a regular walk-in ticket now. */
    public Uni<WaitView> ofNewArrival(CatalogueService service, Mpp mpp, Instant now) {
        return lines.waiting(service.mppCode, service.code, TicketNumbers.serviceDate(now, mpp.zone())).chain(waiting -> {
            List<CallingOrder.Candidate<UUID>> all = new ArrayList<>(candidates(waiting));
            UUID newcomer = new UUID(0, 0);
            all.add(new CallingOrder.Candidate<>(newcomer, QueueLine.REGULAR, now, now));
            int ahead = QueuePosition.ahead(all, newcomer, now, weights);
            return estimate(service, ahead, now).map(estimate -> WaitView.of(service.mppCode, service.code, null, null,
                    waiting.size(), estimate));
        });
    }

    private Uni<QueuePosition.Estimate> estimate(CatalogueService service, int ahead, Instant now) {
        return lines.averageService(service.mppCode, service.code, now, Duration.ofMinutes(service.serviceMinutes))
                .chain(average -> lines.openCounters(service.mppCode, service.code)
                        .map(open -> QueuePosition.estimate(ahead, open, average)));
    }

    private static List<CallingOrder.Candidate<UUID>> candidates(List<Ticket> waiting) {
        return waiting.stream().map(t -> new CallingOrder.Candidate<>(t.id, t.line, t.queueSince, t.issuedAt)).toList();
    }
}
