package id.go.mpp.sinergi.queue.store.booking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.queue.store.booking.BookingSql.forSession;

/**
 * Claiming a free unit of a slot for a booking ({@code for update skip locked}: concurrent claims take different
 * rows, and one that finds none is refused, so the quota cannot be exceeded), giving it back, and counting the free
 * ones. New bookings claim through {@link BookingWriter}; this class serves reschedules, cancellations and reads.
 */
@ApplicationScoped
public class SlotClaims {

    /** Units and free units of one slot of a released day. */
    public record Units(int total, int free) {
    }

    private final Pool pool;
    private final SoldOutMemory soldOut;

    public SlotClaims(Pool pool, SoldOutMemory soldOut) {
        this.pool = pool;
        this.soldOut = soldOut;
    }

    /** Claims a free unit of the slot for the booking in the caller's transaction; true if one was free. */
    public Uni<Boolean> claim(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart, UUID bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(forSession(BookingSql.CLAIM), Integer.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, slotStart).setParameter(5, bookingId)
                .getResultList()
                .map(rows -> {
                    if (rows.isEmpty()) {
                        soldOut.soldOut(mppCode, serviceCode, day, slotStart);
                    }
                    return !rows.isEmpty();
                }));
    }

    /**
     * Gives the booking's unit back to its slot (cancel, expiry, reschedule), or deletes it when the slot holds more
     * units than its capacity (its quota was lowered below its bookings).
     */
    public Uni<Void> free(UUID bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(forSession(BookingSql.UNIT_OF), Object[].class)
                .setParameter(1, bookingId).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Object[] unit = rows.get(0);
                    String mppCode = (String) unit[0];
                    String serviceCode = (String) unit[1];
                    LocalDate day = (LocalDate) unit[2];
                    LocalTime slotStart = (LocalTime) unit[3];
                    return overCapacity(session, mppCode, serviceCode, day, slotStart)
                            .chain(surplus -> session.createNativeQuery(
                                            forSession(surplus ? BookingSql.DELETE_UNIT : BookingSql.FREE_UNIT))
                                    .setParameter(1, bookingId).executeUpdate()
                                    .invoke(() -> {
                                        if (!surplus) {
                                            soldOut.freed(mppCode, serviceCode, day, slotStart);
                                        }
                                    }))
                            .replaceWithVoid();
                }));
    }

    /** Whether the slot holds more units than its capacity, with its capacity row locked (none: never). */
    private static Uni<Boolean> overCapacity(Mutiny.Session session, String mppCode, String serviceCode,
                                             LocalDate day, LocalTime slotStart) {
        return session.createNativeQuery(forSession(BookingSql.LOCK_CAPACITY), Integer.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, slotStart).getResultList()
                .chain(capacity -> capacity.isEmpty() ? Uni.createFrom().item(false)
                        : session.createNativeQuery(forSession(BookingSql.SLOT_UNITS), Long.class)
                        .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                        .setParameter(4, slotStart).getSingleResult()
                        .map(units -> units > capacity.get(0)));
    }

    /**
     * Units per slot start of a released day (slots with none left included), read on the reactive pool without a
     * Hibernate session: citizens poll availability hardest while a quota sells (BOOKING.md, "Reading availability").
     */
    public Uni<Map<LocalTime, Units>> units(String mppCode, String serviceCode, LocalDate day) {
        return pool.preparedQuery(BookingSql.AVAILABLE).execute(Tuple.of(mppCode, serviceCode, day)).map(rows -> {
            Map<LocalTime, Units> units = new LinkedHashMap<>();
            for (Row row : rows) {
                units.put(row.getLocalTime(0), new Units(row.getLong(1).intValue(), row.getLong(2).intValue()));
            }
            return units;
        });
    }
}
