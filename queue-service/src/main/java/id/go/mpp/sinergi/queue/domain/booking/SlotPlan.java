package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a day's online quota is offered: the opening hours cut into slots of the service's slot length
 * (the last one may be shorter), and the quota spread over them as evenly as possible, earlier slots taking
 * the remainder. 50 bookings over 08:00–15:00 in 60-minute slots gives 8, 7, 7, 7, 7, 7, 7.
 */
public final class SlotPlan {

    /** One bookable slot; {@code end} 00:00 means midnight at the end of the day. */
    public record Slot(LocalTime start, LocalTime end, int capacity) {
    }

    private static final int MINUTES_PER_DAY = 24 * 60;

    private SlotPlan() {
    }

    public static List<Slot> of(OpeningHours.Hours hours, int slotMinutes, int onlineQuota) {
        if (slotMinutes <= 0 || onlineQuota < 0) {
            throw new IllegalArgumentException("slot minutes must be positive and the quota not negative");
        }
        int opens = minuteOfDay(hours.opens());
        int closes = LocalTime.MIDNIGHT.equals(hours.closes()) ? MINUTES_PER_DAY : minuteOfDay(hours.closes());
        List<int[]> bounds = new ArrayList<>();
        for (int start = opens; start < closes; start += slotMinutes) {
            bounds.add(new int[] {start, Math.min(start + slotMinutes, closes)});
        }
        int count = bounds.size();
        List<Slot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int capacity = onlineQuota / count + (i < onlineQuota % count ? 1 : 0);
            slots.add(new Slot(time(bounds.get(i)[0]), time(bounds.get(i)[1]), capacity));
        }
        return List.copyOf(slots);
    }

    public static Optional<Slot> find(List<Slot> plan, LocalTime start) {
        return plan.stream().filter(slot -> slot.start().equals(start)).findFirst();
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minuteOfDay) {
        return minuteOfDay >= MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
