package id.go.mpp.sinergi.complaint.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingIdsTest {

    @Test
    void trackingIdsCarryTheDayAndAreReadableAloud() {
        String id = TrackingIds.next(LocalDate.of(2026, 11, 23));
        assertThat(id).startsWith("ADU-20261123-").matches(TrackingIds.PATTERN);
        assertThat(id.substring("ADU-20261123-".length())).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void trackingIdsDoNotRepeatInPractice() {
        // 40 random bits: a thousand ids collide with a probability below one in a million.
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(TrackingIds.next(LocalDate.of(2026, 11, 23)));
        }
        assertThat(ids).hasSize(1_000);
    }

    @Test
    void malformedIdsAreRecognised() {
        assertThat(TrackingIds.isWellFormed("ADU-20261123-7KQ4XMA9")).isTrue();
        assertThat(TrackingIds.isWellFormed("ADU-2026-7KQ4XMA9")).isFalse();
        assertThat(TrackingIds.isWellFormed("ADU-20261123-7KQ4XMAO")).isFalse();
    }
}
