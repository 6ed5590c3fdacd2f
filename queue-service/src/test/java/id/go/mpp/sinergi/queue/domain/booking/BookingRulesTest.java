package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingRulesTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    /** Monday 23 November 2026, 10:00 WIB. */
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final OpeningHours WEEKDAYS = new OpeningHours(Map.of(
            DayOfWeek.MONDAY, hours("08:00", "15:00"), DayOfWeek.TUESDAY, hours("08:00", "15:00"),
            DayOfWeek.FRIDAY, hours("08:00", "15:00")), Set.of(LocalDate.parse("2026-11-27")));

    @Test
    void aFutureSlotWithinTheHorizonOnAWorkingDayIsBookable() {
        assertThat(check("2026-11-24", "09:00", WIB, 14)).isEmpty();
        assertThat(check("2026-11-23", "11:00", WIB, 0)).isEmpty();
    }

    @Test
    void theHorizonCountsFromTheMppsLocalToday() {
        assertThat(check("2026-12-07", "09:00", WIB, 14)).isEmpty();
        assertThat(check("2026-12-08", "09:00", WIB, 14)).contains(BookingRules.Refusal.BEYOND_HORIZON);
        // 22:30 UTC Sunday is already Monday 07:30 in Jayapura (WIT), so Monday is "today" there.
        Instant sundayNightUtc = Instant.parse("2026-11-22T22:30:00Z");
        assertThat(BookingRules.beforeBooking(LocalDate.parse("2026-11-23"), LocalTime.of(8, 0), sundayNightUtc, WIT,
                WEEKDAYS, 60, 10, 0, true)).isEmpty();
    }

    @Test
    void pastDaysClosedDaysNonWorkingDaysUnknownAndStartedSlotsAreRefused() {
        assertThat(check("2026-11-20", "09:00", WIB, 14)).contains(BookingRules.Refusal.DATE_IN_THE_PAST);
        assertThat(check("2026-11-27", "09:00", WIB, 14)).contains(BookingRules.Refusal.CLOSED_DAY);
        assertThat(check("2026-11-25", "09:00", WIB, 14)).contains(BookingRules.Refusal.NOT_A_WORKING_DAY);
        assertThat(check("2026-11-24", "09:30", WIB, 14)).contains(BookingRules.Refusal.NO_SUCH_SLOT);
        assertThat(check("2026-11-23", "10:00", WIB, 14)).contains(BookingRules.Refusal.SLOT_STARTED);
    }

    @Test
    void anInactiveServiceOrOneWithoutOnlineQuotaTakesNoBookings() {
        assertThat(BookingRules.beforeBooking(LocalDate.parse("2026-11-24"), LocalTime.of(9, 0), NOW, WIB, WEEKDAYS,
                60, 10, 14, false)).contains(BookingRules.Refusal.SERVICE_INACTIVE);
        assertThat(BookingRules.beforeBooking(LocalDate.parse("2026-11-24"), LocalTime.of(9, 0), NOW, WIB, WEEKDAYS,
                60, 0, 14, true)).contains(BookingRules.Refusal.NO_ONLINE_BOOKING);
    }

    @Test
    void anUnconfirmedBookingLivesTheWindowButNeverPastItsSlot() {
        Instant slotEnd = Instant.parse("2026-11-23T04:00:00Z");
        assertThat(BookingRules.confirmBy(NOW, Duration.ofHours(2), Instant.parse("2026-11-24T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
        assertThat(BookingRules.confirmBy(NOW, Duration.ofHours(2), slotEnd)).isEqualTo(slotEnd);
    }

    @Test
    void anArrivalIsOnTimeFromTheEarlyWindowUntilTheLateWindow() {
        Instant slot = Instant.parse("2026-11-24T02:00:00Z");
        Duration early = Duration.ofMinutes(30);
        Duration late = Duration.ofMinutes(15);
        assertThat(BookingRules.arrival(slot.minusSeconds(30 * 60 + 1), slot, early, late)).isEqualTo(BookingRules.Arrival.TOO_EARLY);
        assertThat(BookingRules.arrival(slot.minusSeconds(30 * 60), slot, early, late)).isEqualTo(BookingRules.Arrival.ON_TIME);
        assertThat(BookingRules.arrival(slot.plusSeconds(15 * 60), slot, early, late)).isEqualTo(BookingRules.Arrival.ON_TIME);
        assertThat(BookingRules.arrival(slot.plusSeconds(15 * 60 + 1), slot, early, late)).isEqualTo(BookingRules.Arrival.LATE);
    }

    @Test
    void aBookingMovesOnlyAsOftenAsAllowed() {
        assertThat(BookingRules.mayReschedule(0, 1)).isTrue();
        assertThat(BookingRules.mayReschedule(1, 1)).isFalse();
    }

    @Test
    void onlyActiveBookingsChangeAndOnlyPendingOnesExpire() {
        assertThat(BookingStatus.PENDING.confirm()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(BookingStatus.CONFIRMED.checkIn()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(BookingStatus.PENDING.checkIn()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(BookingStatus.PENDING.expire()).isEqualTo(BookingStatus.EXPIRED);
        assertThatThrownBy(BookingStatus.CONFIRMED::expire).hasMessageContaining("CONFIRMED");
        assertThatThrownBy(BookingStatus.CANCELLED::cancel).hasMessageContaining("CANCELLED");
        assertThatThrownBy(BookingStatus.CHECKED_IN::reschedule).hasMessageContaining("CHECKED_IN");
        assertThatThrownBy(BookingStatus.EXPIRED::confirm).hasMessageContaining("EXPIRED");
        Instant deadline = Instant.parse("2026-11-23T05:00:00Z");
        assertThat(BookingStatus.PENDING.asOf(deadline, deadline)).isEqualTo(BookingStatus.EXPIRED);
        assertThat(BookingStatus.PENDING.asOf(deadline.minusSeconds(1), deadline)).isEqualTo(BookingStatus.PENDING);
        assertThat(BookingStatus.CONFIRMED.asOf(deadline.plusSeconds(1), deadline)).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void bookingCodesAreReadableAndRecognised() {
        String code = BookingCodes.next();
        assertThat(code).matches(BookingCodes.PATTERN);
        assertThat(BookingCodes.isWellFormed(code)).isTrue();
        assertThat(BookingCodes.isWellFormed("BK-1234")).isFalse();
        assertThat(BookingCodes.isWellFormed("BK-ABCDEFGO")).isFalse();
    }

    private static Optional<BookingRules.Refusal> check(String day, String slot, ZoneId zone, int horizon) {
        return BookingRules.beforeBooking(LocalDate.parse(day), LocalTime.parse(slot), NOW, zone, WEEKDAYS, 60, 10,
                horizon, true);
    }

    private static OpeningHours.Hours hours(String opens, String closes) {
        return new OpeningHours.Hours(LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
