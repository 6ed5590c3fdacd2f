package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotPlanTest {

    @Test
    void theQuotaIsSpreadEvenlyWithEarlierSlotsTakingTheRemainder() {
        List<SlotPlan.Slot> plan = SlotPlan.of(hours("08:00", "15:00"), 60, 50);
        assertThat(plan).extracting(SlotPlan.Slot::capacity).containsExactly(8, 7, 7, 7, 7, 7, 7);
        assertThat(plan).extracting(s -> s.start().toString())
                .containsExactly("08:00", "09:00", "10:00", "11:00", "12:00", "13:00", "14:00");
    }

    @Test
    void theLastSlotEndsAtClosingEvenWhenShorter() {
        List<SlotPlan.Slot> plan = SlotPlan.of(hours("08:00", "12:00"), 90, 6);
        assertThat(plan).extracting(s -> s.end().toString()).containsExactly("09:30", "11:00", "12:00");
        assertThat(plan).extracting(SlotPlan.Slot::capacity).containsExactly(2, 2, 2);
    }

    @Test
    void aDayOpenUntilMidnightEndsItsLastSlotAtMidnight() {
        List<SlotPlan.Slot> plan = SlotPlan.of(hours("00:00", "00:00"), 480, 3);
        assertThat(plan).extracting(s -> s.start().toString()).containsExactly("00:00", "08:00", "16:00");
        assertThat(plan.get(2).end()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void aQuotaSmallerThanTheNumberOfSlotsLeavesLaterSlotsEmpty() {
        assertThat(SlotPlan.of(hours("08:00", "12:00"), 60, 2)).extracting(SlotPlan.Slot::capacity)
                .containsExactly(1, 1, 0, 0);
    }

    @Test
    void aSlotIsFoundByItsStartOnly() {
        List<SlotPlan.Slot> plan = SlotPlan.of(hours("08:00", "12:00"), 60, 4);
        assertThat(SlotPlan.find(plan, LocalTime.of(9, 0))).isPresent();
        assertThat(SlotPlan.find(plan, LocalTime.of(9, 30))).isEmpty();
    }

    private static OpeningHours.Hours hours(String opens, String closes) {
        return new OpeningHours.Hours(LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
