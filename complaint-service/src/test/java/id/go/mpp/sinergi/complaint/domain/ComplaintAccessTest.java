package id.go.mpp.sinergi.complaint.domain;

import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Facts;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintAccessTest {

    private static final Actor ADMIN_JAMBI = new Actor(Role.MPP_ADMIN, "a1", Optional.empty(), Optional.of("kota-jambi"));
    private static final Actor ADMIN_BATAM = new Actor(Role.MPP_ADMIN, "a2", Optional.empty(), Optional.of("kota-batam"));
    private static final Actor IMIGRASI_JAMBI = staff("imigrasi", "kota-jambi");
    private static final Actor DUKCAPIL_JAMBI = staff("dukcapil", "kota-jambi");
    private static final Actor IMIGRASI_BATAM = staff("imigrasi", "kota-batam");
    private static final Actor REPORTER = new Actor(Role.REPORTER, "warga-1", Optional.empty(), Optional.empty());
    private static final Actor SOMEONE_ELSE = new Actor(Role.REPORTER, "warga-2", Optional.empty(), Optional.empty());

    private static Actor staff(String agency, String mpp) {
        return new Actor(Role.AGENCY_STAFF, "s", Optional.of(agency), Optional.of(mpp));
    }

    private static Facts complaint(ComplaintStatus status, String assigned) {
        return new Facts("ADU-20261207-AAAAAAAA", "kota-jambi", assigned, status, "warga-1");
    }

    @Test
    void theMppAdminSeesEveryComplaintOfTheMppAndNoOther() {
        assertThat(ComplaintAccess.sees(ADMIN_JAMBI, complaint(ComplaintStatus.SUBMITTED, null))).isTrue();
        assertThat(ComplaintAccess.sees(ADMIN_BATAM, complaint(ComplaintStatus.SUBMITTED, null))).isFalse();
    }

    @Test
    void anAgencySeesOnlyWhatWasDispositionedToItAtItsMpp() {
        Facts withImigrasi = complaint(ComplaintStatus.DISPOSITIONED, "imigrasi");
        assertThat(ComplaintAccess.sees(IMIGRASI_JAMBI, withImigrasi)).isTrue();
        assertThat(ComplaintAccess.sees(DUKCAPIL_JAMBI, withImigrasi)).isFalse();
        assertThat(ComplaintAccess.sees(IMIGRASI_BATAM, withImigrasi)).isFalse();
        assertThat(ComplaintAccess.sees(IMIGRASI_JAMBI, complaint(ComplaintStatus.VERIFIED, null))).isFalse();
        assertThat(ComplaintAccess.sees(IMIGRASI_JAMBI, complaint(ComplaintStatus.CLOSED, "imigrasi"))).isTrue();
    }

    @Test
    void theReporterSeesTheirOwnByAccountOrByTheProvenSecret() {
        Facts own = complaint(ComplaintStatus.SUBMITTED, null);
        assertThat(ComplaintAccess.sees(REPORTER, own)).isTrue();
        assertThat(ComplaintAccess.sees(SOMEONE_ELSE, own)).isFalse();
        assertThat(ComplaintAccess.sees(Actor.secretHolder("ADU-20261207-AAAAAAAA"), own)).isTrue();
        assertThat(ComplaintAccess.sees(Actor.secretHolder("ADU-20261207-BBBBBBBB"), own)).isFalse();
        Facts walkIn = new Facts("ADU-20261207-CCCCCCCC", "kota-jambi", null, ComplaintStatus.SUBMITTED, null);
        assertThat(ComplaintAccess.sees(new Actor(Role.REPORTER, null, Optional.empty(), Optional.empty()), walkIn))
                .isFalse();
    }

    @Test
    void eachRoleHasItsOwnSteps() {
        assertThat(ComplaintAccess.mayAct(ADMIN_JAMBI, ComplaintAction.DISPOSITION)).isTrue();
        assertThat(ComplaintAccess.mayAct(ADMIN_JAMBI, ComplaintAction.RESPOND)).isFalse();
        assertThat(ComplaintAccess.mayAct(IMIGRASI_JAMBI, ComplaintAction.RESPOND)).isTrue();
        assertThat(ComplaintAccess.mayAct(IMIGRASI_JAMBI, ComplaintAction.VERIFY)).isFalse();
        assertThat(ComplaintAccess.mayAct(REPORTER, ComplaintAction.REOPEN)).isTrue();
        assertThat(ComplaintAccess.mayAct(REPORTER, ComplaintAction.RESPOND)).isFalse();
        assertThat(ComplaintAccess.mayAct(Actor.system(), ComplaintAction.AUTO_CLOSE)).isTrue();
        assertThat(ComplaintAccess.mayAct(Actor.system(), ComplaintAction.RESPOND)).isFalse();
    }

    @Test
    void complaintServiceItselfVerifiesAndDispositionsASurveyFollowUpButNeverRejectsArchivesOrAnswers() {
        assertThat(ComplaintAccess.mayAct(Actor.system(), ComplaintAction.VERIFY)).isTrue();
        assertThat(ComplaintAccess.mayAct(Actor.system(), ComplaintAction.DISPOSITION)).isTrue();
        for (ComplaintAction other : new ComplaintAction[]{ComplaintAction.REJECT, ComplaintAction.ARCHIVE,
                ComplaintAction.POSTPONE, ComplaintAction.RESUME, ComplaintAction.START, ComplaintAction.RESPOND,
                ComplaintAction.NOT_OUR_AUTHORITY, ComplaintAction.CONFIRM, ComplaintAction.REOPEN}) {
            assertThat(ComplaintAccess.mayAct(Actor.system(), other)).as("%s", other).isFalse();
        }
    }

    @Test
    void onlyTheMppAdminSeesWhoReportedAndNeverForAnAnonymousComplaint() {
        assertThat(ComplaintAccess.seesIdentity(ADMIN_JAMBI, false)).isTrue();
        assertThat(ComplaintAccess.seesIdentity(ADMIN_JAMBI, true)).isFalse();
        assertThat(ComplaintAccess.seesIdentity(IMIGRASI_JAMBI, false)).isFalse();
    }
}
