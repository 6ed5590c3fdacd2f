package id.go.mpp.sinergi.complaint.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static id.go.mpp.sinergi.complaint.domain.ComplaintAction.*;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    private static ComplaintStatus next(ComplaintStatus from, ComplaintAction action) {
        return ComplaintLifecycle.next(new ComplaintLifecycle.State(from, null, null), action, NOW);
    }

    @Test
    void theHappyPathRunsFromSubmissionToTheReportersConfirmation() {
        ComplaintStatus s = SUBMITTED;
        for (ComplaintAction a : new ComplaintAction[]{VERIFY, DISPOSITION, START, RESPOND, CONFIRM}) {
            s = next(s, a);
        }
        assertThat(s).isEqualTo(CLOSED);
    }

    @Test
    void anAgencyMayRespondWithoutStartingFirst() {
        assertThat(next(DISPOSITIONED, RESPOND)).isEqualTo(RESPONDED);
    }

    @Test
    void notOurAuthorityReturnsTheComplaintToTriageForANewDisposition() {
        assertThat(next(DISPOSITIONED, NOT_OUR_AUTHORITY)).isEqualTo(VERIFIED);
        assertThat(next(IN_PROGRESS, NOT_OUR_AUTHORITY)).isEqualTo(VERIFIED);
        assertThat(next(VERIFIED, DISPOSITION)).isEqualTo(DISPOSITIONED);
    }

    @Test
    void onlyASubmittedComplaintIsVerifiedOrRejected() {
        assertThat(next(SUBMITTED, REJECT)).isEqualTo(REJECTED);
        assertThatThrownBy(() -> next(VERIFIED, VERIFY)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("VERIFY is not possible from VERIFIED");
        assertThatThrownBy(() -> next(DISPOSITIONED, REJECT)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aPostponedComplaintResumesWhereItWas() {
        ComplaintLifecycle.State postponedAfterVerification = new ComplaintLifecycle.State(POSTPONED, VERIFIED, null);
        assertThat(next(VERIFIED, POSTPONE)).isEqualTo(POSTPONED);
        assertThat(ComplaintLifecycle.next(postponedAfterVerification, RESUME, NOW)).isEqualTo(VERIFIED);
        assertThat(ComplaintLifecycle.next(new ComplaintLifecycle.State(POSTPONED, SUBMITTED, null), RESUME, NOW))
                .isEqualTo(SUBMITTED);
        assertThatThrownBy(() -> next(DISPOSITIONED, POSTPONE)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theReporterReopensARespondedOrClosedComplaintOnlyWithinTheWindow() {
        Instant until = NOW.plusSeconds(3600);
        assertThat(ComplaintLifecycle.next(new ComplaintLifecycle.State(CLOSED, null, until), REOPEN, NOW))
                .isEqualTo(DISPOSITIONED);
        assertThat(ComplaintLifecycle.next(new ComplaintLifecycle.State(RESPONDED, null, until), REOPEN, NOW))
                .isEqualTo(DISPOSITIONED);
        assertThatThrownBy(() -> ComplaintLifecycle.next(new ComplaintLifecycle.State(CLOSED, null, NOW), REOPEN, NOW))
                .isInstanceOf(IllegalTransitionException.ReopenWindowClosed.class);
        assertThatThrownBy(() -> next(IN_PROGRESS, REOPEN)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void archivingIsForSpamAndDuplicatesBeforeTheAgencyHasIt() {
        assertThat(next(SUBMITTED, ARCHIVE)).isEqualTo(ARCHIVED);
        assertThat(next(VERIFIED, ARCHIVE)).isEqualTo(ARCHIVED);
        assertThatThrownBy(() -> next(IN_PROGRESS, ARCHIVE)).isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(ComplaintAction.class)
    void nothingHappensToAnArchivedOrRejectedComplaint(ComplaintAction action) {
        assertThatThrownBy(() -> next(ARCHIVED, action)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> next(REJECTED, action)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void eachStatusRunsTheDeadlineOfItsStage() {
        assertThat(SUBMITTED.runningStage()).isEqualTo(ComplaintStage.VERIFICATION);
        assertThat(VERIFIED.runningStage()).isEqualTo(ComplaintStage.DISPOSITION);
        assertThat(IN_PROGRESS.runningStage()).isEqualTo(ComplaintStage.FOLLOW_UP);
        assertThat(RESPONDED.runningStage()).isEqualTo(ComplaintStage.AUTO_CLOSE);
        assertThat(POSTPONED.runningStage()).isNull();
        assertThat(CLOSED.finished()).isTrue();
        assertThat(RESPONDED.finished()).isFalse();
    }
}
