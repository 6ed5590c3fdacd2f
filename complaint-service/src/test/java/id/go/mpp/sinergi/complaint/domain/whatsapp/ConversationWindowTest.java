package id.go.mpp.sinergi.complaint.domain.whatsapp;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationWindowTest {

    private static final Instant LAST = Instant.parse("2026-12-07T02:00:00Z");
    private final ConversationWindow window = new ConversationWindow(ConversationWindow.CUSTOMER_SERVICE_WINDOW);

    @Test
    void aMessageWithin24HoursOfTheLastContinuesAComplaintStillBeingHandled() {
        assertThat(window.continues(LAST, ComplaintStatus.SUBMITTED, LAST.plusSeconds(60))).isTrue();
        assertThat(window.continues(LAST, ComplaintStatus.IN_PROGRESS, LAST.plus(Duration.ofHours(23)))).isTrue();
        assertThat(window.continues(LAST, ComplaintStatus.POSTPONED, LAST.plus(Duration.ofHours(1)))).isTrue();
        assertThat(window.continues(LAST, ComplaintStatus.RESPONDED, LAST.plus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void theWindowEndsExactly24HoursAfterTheLastMessage() {
        assertThat(window.continues(LAST, ComplaintStatus.SUBMITTED, LAST.plus(Duration.ofHours(24)).minusNanos(1000)))
                .isTrue();
        assertThat(window.continues(LAST, ComplaintStatus.SUBMITTED, LAST.plus(Duration.ofHours(24)))).isFalse();
        assertThat(window.continues(LAST, ComplaintStatus.SUBMITTED, LAST.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aFinishedComplaintTakesNoMoreMessagesEvenWithinTheWindow() {
        assertThat(window.continues(LAST, ComplaintStatus.CLOSED, LAST.plusSeconds(60))).isFalse();
        assertThat(window.continues(LAST, ComplaintStatus.REJECTED, LAST.plusSeconds(60))).isFalse();
        assertThat(window.continues(LAST, ComplaintStatus.ARCHIVED, LAST.plusSeconds(60))).isFalse();
    }

    @Test
    void theWindowIsConfigurable() {
        ConversationWindow hour = new ConversationWindow(Duration.ofHours(1));
        assertThat(hour.continues(LAST, ComplaintStatus.SUBMITTED, LAST.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(hour.continues(LAST, ComplaintStatus.SUBMITTED, LAST.plus(Duration.ofMinutes(61)))).isFalse();
        assertThat(new ConversationWindow(Duration.ZERO).continues(LAST, ComplaintStatus.SUBMITTED, LAST)).isFalse();
        assertThatThrownBy(() -> new ConversationWindow(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
