package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.TicketAccess;
import id.go.mpp.sinergi.queue.domain.PriorityGroup;
import id.go.mpp.sinergi.queue.domain.QueueLine;
import id.go.mpp.sinergi.queue.domain.SurveyCodes;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import id.go.mpp.sinergi.queue.domain.catalogue.DailyQuota;
import id.go.mpp.sinergi.queue.domain.catalogue.WalkInRules;
import id.go.mpp.sinergi.queue.messaging.out.TicketEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import id.go.mpp.sinergi.queue.store.Ticket;
import id.go.mpp.sinergi.queue.store.TicketSequences;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
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
    private final MppCalendar calendar;
    private final TurnNearCheck turnNear;
    private final Clock clock;
    private final int maxActivePerCitizen;

    public TicketDesk(TicketSequences sequences, Outbox outbox, MppCalendar calendar, TurnNearCheck turnNear,
                      Clock clock, QueueConfig config) {
        this.sequences = sequences;
        this.outbox = outbox;
        this.calendar = calendar;
        this.turnNear = turnNear;
        this.clock = clock;
        this.maxActivePerCitizen = config.walkIns().maxActivePerCitizen();
    }

    /**
     * A walk-in ticket, in its own transaction: a citizen takes one for themself (one active per service-day; a
     * priority group they name is a request the officer checks at the call); an officer of the service's agency or
     * the MPP's kiosk issues one for a visitor without an account (a priority group they name is confirmed).
     */
    public Uni<TicketView> issue(Actor actor, String mppCode, String serviceCode, PriorityGroup priorityGroup,
                                 boolean nibGiven) {
        return Panache.withTransaction(() -> CatalogueService.find(mppCode, serviceCode)
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(mppCode, serviceCode))
                .chain(service -> {
                    if (!TicketAccess.mayIssue(actor, service.agencyCode, service.mppCode)) {
                        return Uni.createFrom().failure(QueueProblems.notYourAgency());
                    }
                    if (service.requiresNib && !nibGiven) {
                        return Uni.createFrom().failure(QueueProblems.nibRequired(service));
                    }
                    boolean forSelf = actor.has(Actor.CITIZEN) && !TicketAccess.issuesPriorityDirectly(actor);
                    Instant now = Timestamps.now(clock);
                    return Mpp.<Mpp>findById(service.mppCode).chain(mpp -> calendar.of(mpp.code).chain(cal ->
                            walkIn(service, mpp, cal, now, forSelf ? actor.id() : null, priorityGroup,
                                    !forSelf, UUID.randomUUID())));
                })).call(turnNear::afterJoining).map(TicketView::of);
    }

    /**
     * A walk-in ticket inside the caller's transaction, or a {@code walkInRefused} problem; nothing is written when
     * refused. {@code priorityConfirmed}: false when the priority group is the citizen's own request.
     */
    public Uni<Ticket> walkIn(CatalogueService service, Mpp mpp, MppCalendar.Calendar calendar, Instant now,
                              String citizenId, PriorityGroup priorityGroup, boolean priorityConfirmed, UUID visitId) {
        WalkInRules.beforeIssue(calendar.hours().at(now, mpp.zone()), service.active).ifPresent(refusal -> {
            throw QueueProblems.walkInRefused(refusal, mpp, calendar, now);
        });
        Ticket ticket = newTicket(service, mpp, now, citizenId, visitId);
        ticket.channel = "WALK_IN";
        ticket.priorityGroup = priorityGroup;
        ticket.priorityConfirmed = priorityGroup == null || priorityConfirmed;
        ticket.line = priorityGroup != null ? QueueLine.PRIORITY : QueueLine.REGULAR;
        boolean priority = priorityGroup != null;
        // Taking the number locks the service-day, so the counts below are exact.
        return sequences.next(ticket.mppCode, ticket.serviceCode, ticket.serviceDate)
                .call(n -> citizenId == null ? Uni.createFrom().voidItem()
                        : Ticket.activeWalkIns(citizenId, ticket.mppCode, ticket.serviceCode, ticket.serviceDate)
                        .invoke(active -> {
                            if (active >= maxActivePerCitizen) {
                                throw ProblemException.conflict("walk-in-already-held", LocalizedText.of(
                                        "Anda sudah memegang nomor antrean layanan ini hari ini",
                                        "You already hold a ticket for this service today"));
                            }
                        }))
                .chain(n -> Ticket.walkIns(ticket.mppCode, ticket.serviceCode, ticket.serviceDate, priority)
                        .chain(count -> {
                            DailyQuota quota = new DailyQuota(service.quotaRegular, service.quotaPriority,
                                    service.quotaOnline);
                            WalkInRules.withinQuota((int) (count + 1), quota, priority).ifPresent(refusal -> {
                                throw QueueProblems.walkInRefused(refusal, mpp, calendar, now);
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
        ticket.line = QueueLine.APPOINTMENT;
        // An on-time booked visitor's place is the appointment, not the moment they walked in.
        ticket.queueSince = booking.slotStartsAt;
        return sequences.next(ticket.mppCode, ticket.serviceCode, ticket.serviceDate)
                .chain(n -> {
                    ticket.number = TicketNumbers.format(service.ticketPrefix, n);
                    return ticket.<Ticket>persist();
                })
                .call(saved -> outbox.add(TicketEvents.issued(saved)));
    }

    /**
     * The next step of a visit at another service: same visit, citizen and line (an appointment goes on in the
     * regular line), its place kept by the visit's first arrival; no walk-in quota is taken.
     */
    public Uni<Ticket> transferred(Ticket from, CatalogueService target, String note, Instant now) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.visitId = from.visitId;
        ticket.mppCode = from.mppCode;
        ticket.agencyCode = target.agencyCode;
        ticket.serviceCode = target.code;
        ticket.serviceDate = from.serviceDate;
        ticket.citizenId = from.citizenId;
        ticket.channel = from.channel;
        ticket.priorityGroup = from.priorityGroup;
        ticket.line = from.line == QueueLine.PRIORITY ? QueueLine.PRIORITY : QueueLine.REGULAR;
        ticket.status = TicketStatus.WAITING;
        ticket.issuedAt = now;
        ticket.arrivedAt = from.arrivedAt;
        ticket.queueSince = from.arrivedAt;
        ticket.step = from.step + 1;
        ticket.transferredFrom = from.id;
        ticket.transferNote = note;
        // Each step is its own service unit, surveyed on its own.
        ticket.surveyCode = SurveyCodes.next();
        return sequences.next(ticket.mppCode, ticket.serviceCode, ticket.serviceDate)
                .chain(n -> {
                    ticket.number = TicketNumbers.format(target.ticketPrefix, n);
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
        ticket.arrivedAt = now;
        ticket.queueSince = now;
        ticket.step = 1;
        ticket.surveyCode = SurveyCodes.next();
        return ticket;
    }
}
