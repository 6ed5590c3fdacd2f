package id.go.mpp.sinergi.queue.store.booking;

import id.go.mpp.sinergi.queue.QueueConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slots this instance found sold out moments ago ({@code sinergi.queue.booking.sold-out-memory}): in a rush most
 * attempts come after the last unit went, and refusing them needs no database. Only ever used to refuse, never to
 * grant, so the quota stays exact. When the memory runs out, one attempt looks again while the others keep the
 * "full" answer (BOOKING.md, "Sold-out memory").
 */
@ApplicationScoped
public class SoldOutMemory {

    /** What a booking attempt found, as far as this memory cares. */
    public enum Found {
        BOOKED, FULL, NOTHING_ABOUT_THE_SLOT
    }

    private final Map<String, Long> until = new ConcurrentHashMap<>();
    private final long nanos;

    public SoldOutMemory(QueueConfig config) {
        this.nanos = config.booking().soldOutMemory().toNanos();
    }

    /** True when the slot was found sold out within the memory's length (and this caller need not look again). */
    public boolean recentlySoldOut(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        String key = key(mppCode, serviceCode, day, slotStart);
        Long soldOutUntil = until.get(key);
        if (soldOutUntil == null) {
            return false;
        }
        long now = System.nanoTime();
        if (soldOutUntil - now > 0) {
            return true;
        }
        // Expired: whoever extends it is the one attempt that looks again; the rest are still refused.
        return !until.replace(key, soldOutUntil, now + nanos);
    }

    /** Learns from an attempt: full renews the memory, a booking clears it, anything else lets it lapse. */
    void attempted(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart, Found found) {
        switch (found) {
            case FULL -> soldOut(mppCode, serviceCode, day, slotStart);
            case BOOKED -> freed(mppCode, serviceCode, day, slotStart);
            case NOTHING_ABOUT_THE_SLOT -> {
                if (!until.isEmpty()) {
                    until.computeIfPresent(key(mppCode, serviceCode, day, slotStart), (key, at) -> System.nanoTime());
                }
            }
        }
    }

    void soldOut(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        if (nanos > 0) {
            until.put(key(mppCode, serviceCode, day, slotStart), System.nanoTime() + nanos);
        }
    }

    /** A unit of the slot is free again (or was just taken by a booking that found one). */
    void freed(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        if (!until.isEmpty()) {
            until.remove(key(mppCode, serviceCode, day, slotStart));
        }
    }

    /** Forgets every slot of a service (its units changed). */
    void forget(String mppCode, String serviceCode) {
        String prefix = mppCode + "|" + serviceCode + "|";
        until.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private static String key(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        return mppCode + "|" + serviceCode + "|" + day + "|" + slotStart;
    }
}
