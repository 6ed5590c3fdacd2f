package id.go.mpp.sinergi.complaint.domain;

import id.go.mpp.sinergi.complaint.domain.calendar.WorkingDayCalendar;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static id.go.mpp.sinergi.complaint.domain.WorkingDayCalendarTest.NATIONAL;
import static id.go.mpp.sinergi.complaint.domain.WorkingDayCalendarTest.SEEDED_NATIONAL_DAYS;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintDeadlinesTest {

    private static final ComplaintDeadlines KOTA_JAMBI = new ComplaintDeadlines(NATIONAL, IndonesianTimeZone.WIB.zone());

    @Test
    void theStagesHaveTheWorkingDaysOfSp4nLapor() {
        assertThat(ComplaintStage.VERIFICATION.workingDays()).isEqualTo(3);
        assertThat(ComplaintStage.DISPOSITION.workingDays()).isEqualTo(3);
        assertThat(ComplaintStage.FOLLOW_UP.workingDays()).isEqualTo(5);
        assertThat(ComplaintStage.AUTO_CLOSE.workingDays()).isEqualTo(10);
    }

    @Test
    void aComplaintSubmittedOnFridayIsDueForVerificationOnWednesday() {
        Deadline deadline = KOTA_JAMBI.dueAfter(ComplaintStage.VERIFICATION, wib("2026-02-06T10:00"));

        assertThat(deadline.stage()).isEqualTo(ComplaintStage.VERIFICATION);
        assertThat(deadline.dueDay()).isEqualTo("2026-02-11");
        assertThat(deadline.dueAt()).as("by the end of Wednesday in WIB").isEqualTo(wib("2026-02-12T00:00"));
    }

    @Test
    void aComplaintSubmittedOnSundayCountsFromMonday() {
        assertThat(KOTA_JAMBI.dueAfter(ComplaintStage.VERIFICATION, wib("2026-02-08T19:30")).dueDay())
                .isEqualTo("2026-02-11");
    }

    @Test
    void theLocalDayOfTheStartCountsNotTheUtcDay() {
        // 16:59:59 UTC on Thursday is still Thursday in WIB; a second later it is Friday there (UTC: still Thursday).
        assertThat(KOTA_JAMBI.dueAfter(ComplaintStage.VERIFICATION, Instant.parse("2026-02-05T16:59:59Z")).dueDay())
                .isEqualTo("2026-02-10");
        assertThat(KOTA_JAMBI.dueAfter(ComplaintStage.VERIFICATION, Instant.parse("2026-02-05T17:00:00Z")).dueDay())
                .isEqualTo("2026-02-11");
    }

    @Test
    void aDispositionBeforeLebaran2026SkipsIdulFitriAndCutiBersama() {
        // Verified on Tuesday 17 March 2026: 18–24 March are Nyepi, Idul Fitri and their cuti bersama.
        Deadline deadline = KOTA_JAMBI.dueAfter(ComplaintStage.DISPOSITION, wib("2026-03-17T14:00"));

        assertThat(deadline.dueDay()).isEqualTo("2026-03-27");
        assertThat(deadline.dueAt()).isEqualTo(wib("2026-03-28T00:00"));
    }

    @Test
    void aFollowUpAcrossTheYearEndSkipsChristmasCutiBersamaAndNewYear() {
        // Dispositioned on Wednesday 23 December 2026: 24 cuti bersama, 25 Natal, 28–31 count, 1 January 2027 is
        // Tahun Baru, so the fifth working day is Monday 4 January 2027.
        assertThat(KOTA_JAMBI.dueAfter(ComplaintStage.FOLLOW_UP, wib("2026-12-23T09:00")).dueDay())
                .isEqualTo("2027-01-04");
    }

    @Test
    void anAgencysResponseBeforeKenaikanClosesTheComplaintTenWorkingDaysLaterPastIdulAdhaAndPancasila() {
        // Answered Wednesday 13 May 2026: 14 Kenaikan, 15 cuti bersama, 27 Idul Adha, 28 cuti bersama, 1 June Pancasila.
        assertThat(KOTA_JAMBI.dueAfter(ComplaintStage.AUTO_CLOSE, wib("2026-05-13T11:00")).dueDay())
                .isEqualTo("2026-06-03");
    }

    @Test
    void theDeadlineIsMidnightInTheMppsOwnZone() {
        Instant friday = Instant.parse("2026-02-06T03:00:00Z"); // Friday morning everywhere in Indonesia
        Deadline wib = deadlines(IndonesianTimeZone.WIB).dueAfter(ComplaintStage.VERIFICATION, friday);
        Deadline wita = deadlines(IndonesianTimeZone.WITA).dueAfter(ComplaintStage.VERIFICATION, friday);
        Deadline wit = deadlines(IndonesianTimeZone.WIT).dueAfter(ComplaintStage.VERIFICATION, friday);

        assertThat(List.of(wib.dueDay(), wita.dueDay(), wit.dueDay())).containsOnly(LocalDate.parse("2026-02-11"));
        assertThat(wib.dueAt()).isEqualTo("2026-02-11T17:00:00Z");
        assertThat(wita.dueAt()).isEqualTo("2026-02-11T16:00:00Z");
        assertThat(wit.dueAt()).isEqualTo("2026-02-11T15:00:00Z");
    }

    @Test
    void aComplaintSubmittedLateOnThursdayInWibIsAlreadyFridayInWit() {
        Instant thursdayNightInWib = Instant.parse("2026-02-05T16:00:00Z"); // 23:00 WIB, Friday 01:00 WIT

        assertThat(deadlines(IndonesianTimeZone.WIB).dueAfter(ComplaintStage.VERIFICATION, thursdayNightInWib)
                .dueDay()).isEqualTo("2026-02-10");
        assertThat(deadlines(IndonesianTimeZone.WIT).dueAfter(ComplaintStage.VERIFICATION, thursdayNightInWib)
                .dueDay()).isEqualTo("2026-02-11");
    }

    @Test
    void aLocalHolidayMovesTheDeadlinesOfItsMppOnly() {
        List<LocalDate> withLocal = new ArrayList<>(SEEDED_NATIONAL_DAYS);
        withLocal.add(LocalDate.parse("2026-02-10"));
        ComplaintDeadlines withHoliday = new ComplaintDeadlines(WorkingDayCalendar.of(withLocal),
                IndonesianTimeZone.WIB.zone());

        assertThat(withHoliday.dueAfter(ComplaintStage.VERIFICATION, wib("2026-02-06T10:00")).dueDay())
                .isEqualTo("2026-02-12");
        assertThat(KOTA_JAMBI.dueAfter(ComplaintStage.VERIFICATION, wib("2026-02-06T10:00")).dueDay())
                .isEqualTo("2026-02-11");
    }

    @Test
    void aDeadlineIsBreachedFromTheFirstInstantOfTheNextDay() {
        Deadline deadline = KOTA_JAMBI.dueAfter(ComplaintStage.VERIFICATION, wib("2026-02-06T10:00"));

        assertThat(KOTA_JAMBI.breached(deadline, wib("2026-02-11T23:59").plusSeconds(59).plusNanos(999_999_999)))
                .isFalse();
        assertThat(KOTA_JAMBI.breached(deadline, wib("2026-02-12T00:00"))).isTrue();
        assertThat(KOTA_JAMBI.breached(deadline, wib("2026-02-16T08:00"))).isTrue();
    }

    @Test
    void workingDaysTakenCountsLocalDaysAfterTheStart() {
        assertThat(KOTA_JAMBI.workingDaysTaken(wib("2026-02-06T10:00"), wib("2026-02-06T16:00"))).isZero();
        assertThat(KOTA_JAMBI.workingDaysTaken(wib("2026-02-06T10:00"), wib("2026-02-11T16:00"))).isEqualTo(3);
        assertThat(KOTA_JAMBI.workingDaysTaken(wib("2026-03-17T10:00"), wib("2026-03-25T08:00")))
                .as("across Lebaran").isEqualTo(1);
        assertThat(KOTA_JAMBI.workingDaysTaken(wib("2026-02-11T10:00"), wib("2026-02-06T10:00")))
                .as("an end before the start").isZero();
    }

    @Test
    void aStageAnsweredOnItsDueDayTookExactlyItsWorkingDays() {
        for (ComplaintStage stage : ComplaintStage.values()) {
            Instant start = wib("2026-03-16T09:00");
            Deadline deadline = KOTA_JAMBI.dueAfter(stage, start);
            Instant lastMinute = deadline.dueAt().minusSeconds(60);
            assertThat(KOTA_JAMBI.workingDaysTaken(start, lastMinute)).as(stage.name()).isEqualTo(stage.workingDays());
            assertThat(KOTA_JAMBI.breached(deadline, lastMinute)).isFalse();
        }
    }

    private static ComplaintDeadlines deadlines(IndonesianTimeZone zone) {
        return new ComplaintDeadlines(NATIONAL, zone.zone());
    }

    /** A local time in WIB, {@code yyyy-MM-ddTHH:mm}. */
    private static Instant wib(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }
}
