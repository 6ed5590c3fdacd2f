package id.go.mpp.sinergi.queue.domain.access;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KpiAccessTest {

    static final KpiAccess.Staff MPP_ADMIN = new KpiAccess.Staff(Set.of("mpp-admin"), Optional.empty(),
            Optional.of("kota-jambi"));
    static final KpiAccess.Staff DUKCAPIL_ADMIN = new KpiAccess.Staff(Set.of("agency-admin"), Optional.of("dukcapil"),
            Optional.of("kota-jambi"));
    static final KpiAccess.Staff IMIGRASI_OFFICER = new KpiAccess.Staff(Set.of("officer"), Optional.of("imigrasi"),
            Optional.of("kota-jambi"));
    static final KpiAccess.Staff CITIZEN = new KpiAccess.Staff(Set.of("citizen"), Optional.empty(), Optional.empty());

    @Test
    void theMppAdminSeesTheWholeMppOrTheAgencyAskedFor() {
        assertThat(KpiAccess.scope(MPP_ADMIN, "kota-jambi", null))
                .isEqualTo(new KpiAccess.Granted(Optional.empty(), false));
        assertThat(KpiAccess.scope(MPP_ADMIN, "kota-jambi", "imigrasi"))
                .isEqualTo(new KpiAccess.Granted(Optional.of("imigrasi"), false));
    }

    @Test
    void theMppAdminOfAnotherMppIsRefused() {
        assertThat(KpiAccess.scope(MPP_ADMIN, "kota-batam", null))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_MPP));
    }

    @Test
    void agencyStaffSeeOnlyTheirOwnAgency() {
        assertThat(KpiAccess.scope(DUKCAPIL_ADMIN, "kota-jambi", null))
                .isEqualTo(new KpiAccess.Granted(Optional.of("dukcapil"), true));
        assertThat(KpiAccess.scope(DUKCAPIL_ADMIN, "kota-jambi", "dukcapil"))
                .isEqualTo(new KpiAccess.Granted(Optional.of("dukcapil"), true));
        assertThat(KpiAccess.scope(DUKCAPIL_ADMIN, "kota-jambi", "imigrasi"))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_AGENCY));
        assertThat(KpiAccess.scope(IMIGRASI_OFFICER, "kota-jambi", null))
                .isEqualTo(new KpiAccess.Granted(Optional.of("imigrasi"), true));
        assertThat(KpiAccess.scope(IMIGRASI_OFFICER, "kota-batam", "imigrasi"))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_MPP));
    }

    @Test
    void anAgencysSystemSeesOnlyItsOwnAgencyLikeItsStaff() {
        KpiAccess.Staff simkim = new KpiAccess.Staff(Set.of("agency-system"), Optional.of("imigrasi"),
                Optional.of("kota-jambi"));
        assertThat(KpiAccess.scope(simkim, "kota-jambi", null))
                .isEqualTo(new KpiAccess.Granted(Optional.of("imigrasi"), true));
        assertThat(KpiAccess.scope(simkim, "kota-jambi", "dpmptsp"))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_AGENCY));
        assertThat(KpiAccess.scope(simkim, "kota-batam", null))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_MPP));
    }

    @Test
    void citizensAndStaffWithoutAnAgencyClaimAreRefused() {
        assertThat(KpiAccess.scope(CITIZEN, "kota-jambi", null))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_MPP));
        KpiAccess.Staff officerWithoutAgency = new KpiAccess.Staff(Set.of("officer"), Optional.empty(),
                Optional.of("kota-jambi"));
        assertThat(KpiAccess.scope(officerWithoutAgency, "kota-jambi", null))
                .isEqualTo(new KpiAccess.Refused(KpiAccess.Refusal.OTHER_MPP));
    }

    @Test
    void aServiceMustFitTheScope() {
        KpiAccess.Granted whole = new KpiAccess.Granted(Optional.empty(), false);
        KpiAccess.Granted askedImigrasi = new KpiAccess.Granted(Optional.of("imigrasi"), false);
        KpiAccess.Granted ownDukcapil = new KpiAccess.Granted(Optional.of("dukcapil"), true);

        assertThat(KpiAccess.service(whole, "imigrasi")).isEqualTo(KpiAccess.ServiceCheck.OK);
        assertThat(KpiAccess.service(askedImigrasi, "imigrasi")).isEqualTo(KpiAccess.ServiceCheck.OK);
        assertThat(KpiAccess.service(askedImigrasi, "dukcapil"))
                .isEqualTo(KpiAccess.ServiceCheck.NOT_OF_REQUESTED_AGENCY);
        assertThat(KpiAccess.service(ownDukcapil, "imigrasi")).isEqualTo(KpiAccess.ServiceCheck.OTHER_AGENCY);
    }
}
