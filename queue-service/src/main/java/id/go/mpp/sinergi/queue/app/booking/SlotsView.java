package id.go.mpp.sinergi.queue.app.booking;

import java.time.LocalDate;
import java.util.List;

/** The bookable slots of a service on a day, with how many places each still has. */
public record SlotsView(String mppCode, String serviceCode, LocalDate date, String timeZone, int onlineQuota,
                        int available, List<Slot> slots) {

    /** {@code end} "24:00" is midnight; {@code bookable} is false once the slot has started or is full. */
    public record Slot(String start, String end, int capacity, int available, boolean bookable) {
    }
}
