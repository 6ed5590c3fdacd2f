package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.booking.BookingStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An online booking of a time slot; while active it holds one row of {@code booking_slot}. */
@Entity
public class Booking extends PanacheEntityBase {

    /** By MPP, service, day and slot: the order frees and quota changes lock a day's slots in (no deadlock). */
    public static final Comparator<Booking> SLOT_ORDER = Comparator.<Booking, String>comparing(b -> b.mppCode)
            .thenComparing(b -> b.serviceCode).thenComparing(b -> b.serviceDate).thenComparing(b -> b.slotStart);

    @Id
    public UUID id;
    public String code;
    public UUID visitId;
    public String mppCode;
    public String agencyCode;
    public String serviceCode;
    public String citizenId;
    public LocalDate serviceDate;
    public LocalTime slotStart;
    public LocalTime slotEnd;
    public Instant slotStartsAt;
    public Instant slotEndsAt;
    @Enumerated(EnumType.STRING)
    public BookingStatus status;
    public int reschedules;
    public Instant createdAt;
    public Instant confirmBy;
    public Instant confirmedAt;
    /** When it was checked in, cancelled or expired. */
    public Instant closedAt;
    /** Why it was cancelled when its citizen did not choose it (the MPP closed the day); null otherwise. */
    public String cancelReason;
    public UUID ticketId;
    @Version
    public long version;

    public static Uni<Booking> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** A citizen's bookings, newest first, one page ({@code page} from 0). */
    public static Uni<List<Booking>> ofCitizen(String citizenId, int page, int size) {
        return find("citizenId = ?1 order by createdAt desc, id", citizenId).page(page, size).list();
    }

    /**
     * Bookings of an MPP on any of {@code days} that hold their slot (pending or confirmed), locked for this
     * transaction.
     */
    public static Uni<List<Booking>> activeOn(String mppCode, Collection<LocalDate> days) {
        return Booking.<Booking>find("mppCode = ?1 and serviceDate in ?2 and status in ?3", mppCode, days,
                        List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Unconfirmed bookings past their deadline, oldest first, locked for this transaction (others skip them). */
    public static Uni<List<Booking>> unconfirmedBefore(Instant now, int limit) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select * from booking where status = 'PENDING' and confirm_by <= ?1 order by confirm_by limit ?2"
                                + " for update skip locked", Booking.class)
                .setParameter(1, now).setParameter(2, limit).getResultList());
    }
}
