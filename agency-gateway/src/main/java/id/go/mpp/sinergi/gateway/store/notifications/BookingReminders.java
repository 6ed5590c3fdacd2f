package id.go.mpp.sinergi.gateway.store.notifications;

import id.go.mpp.sinergi.data.db.NativeColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The {@code booking_reminder} table. Every method runs in the caller's transaction. */
@ApplicationScoped
public class BookingReminders {

    private static final String BOOKED = """
            insert into booking_reminder (booking_id, booking_code, citizen_id, mpp_code, service_code, slot_starts_at,
                                          status)
            values (?1, ?2, ?3, ?4, ?5, ?6, 'BOOKED')
            on conflict (booking_id) do nothing""";

    /** A new slot gets its own reminder (a reminder already sent for the old day does not count). */
    private static final String RESCHEDULED = """
            update booking_reminder set slot_starts_at = ?2, reminded_at = null
            where booking_id = ?1 and status = 'BOOKED'""";

    private static final String STATUS = "update booking_reminder set status = ?2 where booking_id = ?1";

    /** Reminders due now (the slot within {@code ?2}), claimed for this transaction. */
    private static final String DUE = """
            select booking_id, booking_code, citizen_id, mpp_code, service_code, slot_starts_at
            from booking_reminder
            where status = 'BOOKED' and reminded_at is null and citizen_id is not null
              and slot_starts_at > ?1 and slot_starts_at <= ?2
            order by slot_starts_at
            limit ?3
            for update skip locked""";

    private static final String REMINDED = "update booking_reminder set reminded_at = ?2 where booking_id = ?1";

    public record Due(String bookingId, String bookingCode, String citizenId, String mppCode, String serviceCode,
                      Instant slotStartsAt) {
    }

    public Uni<Void> booked(String bookingId, String bookingCode, String citizenId, String mppCode,
                            String serviceCode, Instant slotStartsAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(BOOKED)
                .setParameter(1, bookingId).setParameter(2, bookingCode).setParameter(3, citizenId)
                .setParameter(4, mppCode).setParameter(5, serviceCode).setParameter(6, slotStartsAt)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> rescheduled(String bookingId, Instant slotStartsAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(RESCHEDULED)
                .setParameter(1, bookingId).setParameter(2, slotStartsAt).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> status(String bookingId, String status) {
        return Panache.getSession().chain(s -> s.createNativeQuery(STATUS)
                .setParameter(1, bookingId).setParameter(2, status).executeUpdate()).replaceWithVoid();
    }

    public Uni<List<Due>> due(Instant now, Instant horizon, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DUE, Object[].class)
                .setParameter(1, now).setParameter(2, horizon).setParameter(3, limit).getResultList())
                .map(rows -> rows.stream().map(r -> new Due((String) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], NativeColumns.instant(r[5]))).toList());
    }

    public Uni<Void> reminded(String bookingId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REMINDED)
                .setParameter(1, bookingId).setParameter(2, at).executeUpdate()).replaceWithVoid();
    }
}
