package id.go.mpp.sinergi.gateway.domain.operator;

import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience.NotAllowed;
import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience.Refusal;
import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience.Staff;
import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience.Watcher;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperatorAudienceTest {

    private static final String ISSUED = "id.go.mpp.queue.ticket-issued.v1";
    private static final String CALLED = "id.go.mpp.queue.ticket-called.v1";
    private static final Set<String> ALL = Set.of(ISSUED, CALLED);

    private static final Staff MPP_ADMIN = new Staff(true, false, false, "kota-jambi", null);
    private static final Staff IMIGRASI_ADMIN = new Staff(false, true, false, "kota-jambi", "imigrasi");
    private static final Staff SIMKIM = new Staff(false, false, true, "kota-jambi", "imigrasi");

    @Test
    void anMppAdminSeesEveryAgencyOfTheirMppAndEventsOfNoAgency() {
        Watcher watcher = OperatorAudience.watcher(MPP_ADMIN, null, ALL);
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("imigrasi"))).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("dukcapil"))).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of())).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-batam", Set.of("imigrasi"))).isFalse();
    }

    @Test
    void anMppAdminMayNarrowToOneAgency() {
        Watcher watcher = OperatorAudience.watcher(MPP_ADMIN, "dukcapil", ALL);
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("dukcapil"))).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("imigrasi"))).isFalse();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of())).isFalse();
    }

    @Test
    void agencyStaffSeeOnlyTheirAgencyAtTheirMpp() {
        Watcher watcher = OperatorAudience.watcher(IMIGRASI_ADMIN, null, ALL);
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("imigrasi"))).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("dukcapil"))).isFalse();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of())).isFalse();
        assertThat(watcher.sees(ISSUED, "kota-batam", Set.of("imigrasi"))).isFalse();
        assertThat(OperatorAudience.watcher(IMIGRASI_ADMIN, "imigrasi", ALL)).isEqualTo(watcher);
    }

    @Test
    void agencyStaffAskingForAnotherAgencyAreRefused() {
        assertThatThrownBy(() -> OperatorAudience.watcher(IMIGRASI_ADMIN, "dukcapil", ALL))
                .isInstanceOfSatisfying(NotAllowed.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.OTHER_AGENCY));
    }

    @Test
    void staffWithoutTheClaimsTheRuleNeedsAreRefused() {
        for (Staff staff : new Staff[] {new Staff(true, false, false, null, null),
                new Staff(false, true, false, "kota-jambi", null), new Staff(false, true, false, null, "imigrasi"),
                new Staff(false, false, false, "kota-jambi", "imigrasi"),
                new Staff(false, false, true, "kota-jambi", null), new Staff(false, false, true, null, "imigrasi")}) {
            assertThatThrownBy(() -> OperatorAudience.watcher(staff, null, ALL))
                    .isInstanceOfSatisfying(NotAllowed.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_STAFF_OF_AN_MPP));
        }
    }

    @Test
    void anAgencysSystemWatchesOnlyItsAgencyAtItsMppAndItsGrantsDecideTheTypes() {
        Watcher watcher = OperatorAudience.watcher(SIMKIM, null, ALL);
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("imigrasi"))).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("dpmptsp"))).isFalse();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of())).isFalse();
        assertThat(watcher.sees(ISSUED, "kota-batam", Set.of("imigrasi"))).isFalse();
        assertThat(watcher.grantsDecide()).isTrue();
        assertThat(OperatorAudience.watcher(SIMKIM, "imigrasi", ALL)).isEqualTo(watcher);
        assertThatThrownBy(() -> OperatorAudience.watcher(SIMKIM, "dpmptsp", ALL))
                .isInstanceOfSatisfying(NotAllowed.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.OTHER_AGENCY));
        assertThat(OperatorAudience.watcher(IMIGRASI_ADMIN, null, ALL).grantsDecide()).isFalse();
        assertThat(OperatorAudience.watcher(MPP_ADMIN, null, ALL).grantsDecide()).isFalse();
        // the role decides, whatever else the token holds
        assertThat(OperatorAudience.watcher(new Staff(false, true, true, "kota-jambi", "imigrasi"), null, ALL)
                .grantsDecide()).isTrue();
    }

    @Test
    void onlyTheTypesAskedForAreSent() {
        Watcher watcher = OperatorAudience.watcher(MPP_ADMIN, null, Set.of(CALLED));
        assertThat(watcher.sees(CALLED, "kota-jambi", Set.of("imigrasi"))).isTrue();
        assertThat(watcher.sees(ISSUED, "kota-jambi", Set.of("imigrasi"))).isFalse();
    }

    @Test
    void aTransferConcernsBothAgenciesAndAComplaintOnlySubmittedNoAgencyYet() {
        assertThat(OperatorAudience.agenciesOf(null, "imigrasi", "dukcapil", false))
                .containsExactlyInAnyOrder("imigrasi", "dukcapil");
        assertThat(OperatorAudience.agenciesOf("imigrasi", null, null, false)).containsExactly("imigrasi");
        assertThat(OperatorAudience.agenciesOf("imigrasi", null, null, true)).isEmpty();
        assertThat(OperatorAudience.agenciesOf(null, null, " ", false)).isEmpty();
    }
}
