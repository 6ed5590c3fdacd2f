package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.queue.domain.PriorityGroup;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import id.go.mpp.sinergi.queue.domain.catalogue.DailyQuota;
import id.go.mpp.sinergi.queue.domain.catalogue.WalkInRules;
import id.go.mpp.sinergi.queue.messaging.TicketEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import id.go.mpp.sinergi.queue.store.Ticket;
import id.go.mpp.sinergi.queue.store.TicketSequences;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Issues tickets inside the caller's transaction, with their {@code ticket-issued} event: walk-ins under the
 * walk-in rules (hours, closed days, the day's regular or priority share) and on-time booked arrivals (their
 * quota was taken when they booked).
 */
@ApplicationScoped
public class TicketDesk {

    private final TicketSequences sequences;
    private final Outbox outbox;

    public TicketDesk(TicketSequences sequences, Outbox outbox) {
        this.sequences = sequences;
        this.outbox = outbox;
    }

    /** A walk-in ticket, or a {@code walkInRefused} problem; nothing is written when refused. */
    public Uni<Ticket> walkIn(CatalogueService service, Mpp mpp, MppCalendar.Calendar calendar, Instant now,
                              String citizenId, PriorityGroup priorityGroup, UUID visitId) {
        WalkInRules.beforeIssue(calendar.hours().at(now, mpp.zone()), service.active).ifPresent(refusal -> {
            throw QueueProblems.walkInRefused(refusal, mpp, calendar.hours(), now);
        });
        Ticket ticket = newTicket(service, mpp, now, citizenId, visitId);
        ticket.channel = "WALK_IN";
        ticket.priorityGroup = priorityGroup;
        boolean priority = priorityGroup != null;
        // Taking the number locks the service-day, so the walk-in count below is exact.
        return sequences.next(ticket.mppCode, ticket.serviceCode, ticket.serviceDate)
                .chain(n -> Ticket.walkIns(ticket.mppCode, ticket.serviceCode, ticket.serviceDate, priority)
                        .chain(count -> {
                            DailyQuota quota = new DailyQuota(service.quotaRegular, service.quotaPriority,
                                    service.quotaOnline);
                            WalkInRules.withinQuota((int) (count + 1), quota, priority).ifPresent(refusal -> {
                                throw QueueProblems.walkInRefused(refusal, mpp, calendar.hours(), now);
                            });
                            ticket.number = TicketNumbers.format(service.ticketPrefix, n);
                            return ticket.<Ticket>persist();
                        }))
                .call(saved -> outbox.add(TicketEvents.issued(saved)));
    }

    /** The ticket of a booked visitor who arrived within the check-in window. */
    public Uni<Ticket> bookedArrival(CatalogueService service, Mpp mpp, Booking booking, Instant now) {
        Ticket ticket = newTicket(service, mpp, now, booking.citizenId, booking.visitId);
        ticket.channel = "ONLINE";
        ticket.bookingId = booking.id;
        ticket.appointmentAt = booking.slotStartsAt;
        return sequences.next(ticket.mppCode, ticket.serviceCode, ticket.serviceDate)
                .chain(n -> {
                    ticket.number = TicketNumbers.format(service.ticketPrefix, n);
                    return ticket.<Ticket>persist();
                })
                .call(saved -> outbox.add(TicketEvents.issued(saved)));
    }

    private static Ticket newTicket(CatalogueService service, Mpp mpp, Instant now, String citizenId, UUID visitId) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.visitId = visitId;
        ticket.mppCode = service.mppCode;
        ticket.agencyCode = service.agencyCode;
        ticket.serviceCode = service.code;
        ticket.serviceDate = TicketNumbers.serviceDate(now, mpp.zone());
        ticket.citizenId = citizenId;
        ticket.status = TicketStatus.WAITING;
        ticket.issuedAt = now;
        return ticket;
    }
}
