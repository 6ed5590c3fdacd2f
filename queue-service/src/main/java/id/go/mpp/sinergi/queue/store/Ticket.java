package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.Outcome;
import id.go.mpp.sinergi.queue.domain.PriorityGroup;
import id.go.mpp.sinergi.queue.domain.QueueLine;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A ticket: one step of a visit, from issue to completion. Every change bumps {@link #version}. */
@Entity
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID visitId;
    public String mppCode;
    public String agencyCode;
    public String serviceCode;
    public LocalDate serviceDate;
    public String number;
    public String citizenId;
    public String channel;
    @Enumerated(EnumType.STRING)
    public PriorityGroup priorityGroup;
    /** False while a citizen's own priority request waits for the officer's check at the call. */
    public boolean priorityConfirmed = true;
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    public String counterCode;
    public String officerId;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    /** The booking the ticket was checked in from (online channel), else null. */
    public UUID bookingId;
    /** The booked slot start: an on-time booked visitor waits from here, not from check-in. */
    public Instant appointmentAt;
    public Instant issuedAt;
    /** APPOINTMENT (checked in on time), PRIORITY (UU 25/2009 Pasal 29) or REGULAR: see {@code CallingOrder}. */
    @Enumerated(EnumType.STRING)
    public QueueLine line;
    /** When the visit first arrived at the MPP; a transferred visit keeps it. */
    public Instant arrivedAt;
    /** Its place in its line: the appointment time, or the visit's arrival. Waiting time counts from here. */
    public Instant queueSince;
    public int recalls;
    public Instant serviceStartedAt;
    public Instant parkedAt;
    /** 1 for the first ticket of a visit, then one more per transfer. */
    public int step;
    public UUID transferredFrom;
    public String transferNote;
    public Instant calledAt;
    public Instant completedAt;
    /** The survey code printed on the ticket, ungrouped (see {@code SurveyCodes}); null on tickets issued before it. */
    public String surveyCode;
    @Version
    public long version;

    /** Walk-in tickets already issued for a service on an MPP-local day, in the priority or the regular line. */
    public static Uni<Long> walkIns(String mppCode, String serviceCode, LocalDate serviceDate, boolean priority) {
        return count("mppCode = ?1 and serviceCode = ?2 and serviceDate = ?3 and channel = 'WALK_IN' and priorityGroup is "
                + (priority ? "not null" : "null"), mppCode, serviceCode, serviceDate);
    }

    /** A citizen's tickets, newest first, one page ({@code page} from 0). */
    public static Uni<List<Ticket>> ofCitizen(String citizenId, int page, int size) {
        return find("citizenId = ?1 order by issuedAt desc, id", citizenId).page(page, size).list();
    }

    /** The citizen's walk-in tickets for a service-day that are not finished. */
    public static Uni<Long> activeWalkIns(String citizenId, String mppCode, String serviceCode, LocalDate serviceDate) {
        return count("citizenId = ?1 and mppCode = ?2 and serviceCode = ?3 and serviceDate = ?4 and channel = 'WALK_IN' "
                + "and status not in (?5)", citizenId, mppCode, serviceCode, serviceDate,
                List.of(TicketStatus.COMPLETED, TicketStatus.NO_SHOW, TicketStatus.TRANSFERRED));
    }
}
