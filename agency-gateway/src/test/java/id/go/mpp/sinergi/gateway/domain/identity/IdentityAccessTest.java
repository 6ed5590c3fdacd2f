package id.go.mpp.sinergi.gateway.domain.identity;

import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Role;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Step;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityAccessTest {

    private static final List<Step> PASSPORT_THEN_LICENCE = List.of(
            new Step("imigrasi", "kota-jambi", null), new Step("dpmptsp", "kota-jambi", null));

    private static Who officer(String agency) {
        return new Who(Set.of(Role.OFFICER), "officer-1", agency, "kota-jambi");
    }

    @Test
    void anOfficerOfEitherStepOfTheVisitMayAskAndSee() {
        assertThat(IdentityAccess.mayRequest(officer("imigrasi"), PASSPORT_THEN_LICENCE)).isTrue();
        assertThat(IdentityAccess.maySee(officer("dpmptsp"), PASSPORT_THEN_LICENCE)).isTrue();
    }

    @Test
    void anAgencyOutsideTheVisitNeitherAsksNorSees() {
        assertThat(IdentityAccess.mayRequest(officer("dukcapil"), PASSPORT_THEN_LICENCE)).isFalse();
        assertThat(IdentityAccess.maySee(officer("dukcapil"), PASSPORT_THEN_LICENCE)).isFalse();
        Who system = new Who(Set.of(Role.AGENCY_SYSTEM), "agency-oss", "samsat", "kota-jambi");
        assertThat(IdentityAccess.maySee(system, PASSPORT_THEN_LICENCE)).isFalse();
    }

    @Test
    void theSameAgencyInAnotherMallSeesNothing() {
        Who batam = new Who(Set.of(Role.OFFICER), "officer-2", "imigrasi", "kota-batam");
        assertThat(IdentityAccess.maySee(batam, PASSPORT_THEN_LICENCE)).isFalse();
    }

    @Test
    void theKioskOfTheMallMayAskForAWalkIn() {
        Who kiosk = new Who(Set.of(Role.KIOSK), "kiosk-kota-jambi", null, "kota-jambi");
        assertThat(IdentityAccess.mayRequest(kiosk, PASSPORT_THEN_LICENCE)).isTrue();
        Who otherKiosk = new Who(Set.of(Role.KIOSK), "kiosk-kota-batam", null, "kota-batam");
        assertThat(IdentityAccess.mayRequest(otherKiosk, PASSPORT_THEN_LICENCE)).isFalse();
    }

    @Test
    void aCitizenMayAskAboutTheirOwnVisitOnly() {
        List<Step> hers = List.of(new Step("imigrasi", "kota-jambi", "account-7"));
        assertThat(IdentityAccess.mayRequest(new Who(Set.of(Role.CITIZEN), "account-7", null, null), hers)).isTrue();
        assertThat(IdentityAccess.maySee(new Who(Set.of(Role.CITIZEN), "account-8", null, null), hers)).isFalse();
        assertThat(IdentityAccess.maySee(new Who(Set.of(Role.CITIZEN), "account-8", null, null),
                PASSPORT_THEN_LICENCE)).as("a walk-in's visit is nobody's account").isFalse();
    }

    @Test
    void agencyAdminsAndSystemsOfTheVisitSeeButDoNotAsk() {
        Who admin = new Who(Set.of(Role.AGENCY_ADMIN), "admin-1", "dpmptsp", "kota-jambi");
        assertThat(IdentityAccess.maySee(admin, PASSPORT_THEN_LICENCE)).isTrue();
        assertThat(IdentityAccess.mayRequest(admin, PASSPORT_THEN_LICENCE)).isFalse();
        assertThat(IdentityAccess.readsAsAgency(admin, PASSPORT_THEN_LICENCE)).isTrue();
    }

    @Test
    void theMppAdminSeesEveryVisitOfTheMall() {
        Who mppAdmin = new Who(Set.of(Role.MPP_ADMIN), "admin-mpp", null, "kota-jambi");
        assertThat(IdentityAccess.maySee(mppAdmin, PASSPORT_THEN_LICENCE)).isTrue();
        assertThat(IdentityAccess.mayRequest(mppAdmin, PASSPORT_THEN_LICENCE)).isFalse();
    }

    @Test
    void anUnknownVisitIsNobodys() {
        assertThat(IdentityAccess.maySee(new Who(Set.of(Role.MPP_ADMIN), "a", null, "kota-jambi"), List.of()))
                .isFalse();
    }

    @Test
    void aPseudonymIsStableForOneKeyAndDiffersForAnother() {
        byte[] key = "k1".getBytes(StandardCharsets.UTF_8);
        String first = Pseudonym.of(key, "1571021708850001");
        assertThat(first).startsWith("psn-").hasSize(36).doesNotContain("1571021708850001");
        assertThat(Pseudonym.of(key, "1571021708850001")).isEqualTo(first);
        assertThat(Pseudonym.of("k2".getBytes(StandardCharsets.UTF_8), "1571021708850001")).isNotEqualTo(first);
    }
}
