package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicTextTest {

    @Test
    void statusNotesTellTheStageAndTheAgencysFollowUpButNoStaffNote() {
        assertThat(PublicText.statusNotes(ComplaintStatus.DISPOSITIONED, "imigrasi", null, null, null, Locale.ENGLISH))
                .isEqualTo("SP4N-LAPOR! DISPOSITIONED: Passed on (disposition) to agency imigrasi.");
        assertThat(PublicText.statusNotes(ComplaintStatus.CLOSED, "imigrasi", null, "RESPOND",
                "Loket ditambah, hubungi 081234567890", Locale.forLanguageTag("id")))
                .isEqualTo("SP4N-LAPOR! CLOSED: Selesai. Tindak lanjut instansi: Loket ditambah, hubungi 0812*****890");
        // A reason to postpone is told while the complaint is on hold only.
        assertThat(PublicText.statusNotes(ComplaintStatus.VERIFIED, null, null, "POSTPONE", "Menunggu rapat",
                Locale.ENGLISH)).doesNotContain("Menunggu");
        assertThat(PublicText.statusNotes(ComplaintStatus.SUBMITTED, null, null, "REOPEN", "Nama saya Budi",
                Locale.ENGLISH)).doesNotContain("Budi");
    }

    @Test
    void openAndClosedCoverTheShownStatusesAndRejectedOrArchivedAreNotShown() {
        assertThat(Open311Status.of(ComplaintStatus.RESPONDED)).isEqualTo(Open311Status.OPEN);
        assertThat(Open311Status.of(ComplaintStatus.POSTPONED)).isEqualTo(Open311Status.OPEN);
        assertThat(Open311Status.of(ComplaintStatus.CLOSED)).isEqualTo(Open311Status.CLOSED);
        assertThat(Open311Status.filter("closed")).containsExactly(ComplaintStatus.CLOSED);
        assertThat(Open311Status.filter(null)).doesNotContain(ComplaintStatus.REJECTED, ComplaintStatus.ARCHIVED);
        assertThat(Open311Status.filter("open,closed")).isEqualTo(Open311Status.SHOWN);
        assertThatThrownBy(() -> Open311Status.filter("pending")).isInstanceOf(Open311Refusal.class);
    }
}
