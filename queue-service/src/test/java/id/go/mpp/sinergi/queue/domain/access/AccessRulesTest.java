package id.go.mpp.sinergi.queue.domain.access;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTest {

    static final String JAMBI = "kota-jambi";
    static final Actor CITIZEN = new Actor("citizen-1", Set.of("citizen"), Optional.empty(), Optional.empty());
    static final Actor OTHER_CITIZEN = new Actor("citizen-2", Set.of("citizen"), Optional.empty(), Optional.empty());
    static final Actor IMIGRASI_OFFICER = staff("officer-1", "officer", "imigrasi", JAMBI);
    static final Actor IMIGRASI_COLLEAGUE = staff("officer-2", "officer", "imigrasi", JAMBI);
    static final Actor DUKCAPIL_OFFICER = staff("officer-3", "officer", "dukcapil", JAMBI);
    static final Actor IMIGRASI_ADMIN = staff("admin-1", "agency-admin", "imigrasi", JAMBI);
    static final Actor BATAM_IMIGRASI_ADMIN = staff("admin-2", "agency-admin", "imigrasi", "kota-batam");
    static final Actor MPP_ADMIN = new Actor("admin-3", Set.of("mpp-admin"), Optional.empty(), Optional.of(JAMBI));
    static final Actor BATAM_MPP_ADMIN = new Actor("admin-4", Set.of("mpp-admin"), Optional.empty(),
            Optional.of("kota-batam"));
    static final Actor JAMBI_KIOSK = new Actor("kiosk-1", Set.of("kiosk"), Optional.empty(), Optional.of(JAMBI));
    static final Actor BATAM_KIOSK = new Actor("kiosk-2", Set.of("kiosk"), Optional.empty(), Optional.of("kota-batam"));
    static final Actor SIMKIM = staff("service-account-agency-simkim", "agency-system", "imigrasi", JAMBI);

    static Actor staff(String id, String role, String agency, String mpp) {
        return new Actor(id, Set.of(role), Optional.of(agency), Optional.of(mpp));
    }

    @Test
    void aTicketIsSeenByItsCitizenAndStaffOfItsAgencyOrMppButNobodyElse() {
        assertThat(TicketAccess.maySee(CITIZEN, "citizen-1", "imigrasi", JAMBI)).isTrue();
        assertThat(TicketAccess.maySee(OTHER_CITIZEN, "citizen-1", "imigrasi", JAMBI)).isFalse();
        assertThat(TicketAccess.maySee(IMIGRASI_OFFICER, "citizen-1", "imigrasi", JAMBI)).isTrue();
        assertThat(TicketAccess.maySee(DUKCAPIL_OFFICER, "citizen-1", "imigrasi", JAMBI)).isFalse();
        assertThat(TicketAccess.maySee(MPP_ADMIN, "citizen-1", "imigrasi", JAMBI)).isTrue();
        assertThat(TicketAccess.maySee(BATAM_MPP_ADMIN, "citizen-1", "imigrasi", JAMBI)).isFalse();
        assertThat(TicketAccess.maySee(BATAM_IMIGRASI_ADMIN, "citizen-1", "imigrasi", JAMBI)).isFalse();
    }

    @Test
    void anOfficerIssuesWalkInsOnlyIntoTheirOwnAgencysServicesAndAKioskOnlyAtItsMpp() {
        assertThat(TicketAccess.mayIssue(IMIGRASI_OFFICER, "imigrasi", JAMBI)).isTrue();
        assertThat(TicketAccess.mayIssue(IMIGRASI_OFFICER, "dukcapil", JAMBI)).isFalse();
        assertThat(TicketAccess.mayIssue(JAMBI_KIOSK, "dukcapil", JAMBI)).isTrue();
        assertThat(TicketAccess.mayIssue(BATAM_KIOSK, "dukcapil", JAMBI)).isFalse();
        assertThat(TicketAccess.mayIssue(CITIZEN, "dukcapil", JAMBI)).isTrue();
        assertThat(TicketAccess.mayIssue(MPP_ADMIN, "dukcapil", JAMBI)).isFalse();
        assertThat(TicketAccess.issuesPriorityDirectly(CITIZEN)).isFalse();
        assertThat(TicketAccess.issuesPriorityDirectly(IMIGRASI_OFFICER)).isTrue();
        assertThat(TicketAccess.issuesPriorityDirectly(JAMBI_KIOSK)).isTrue();
    }

    @Test
    void actionsAtACounterBelongToTheCallingOfficerOrTheAgencyAdmin() {
        assertThat(TicketAccess.mayActAtCounter(IMIGRASI_OFFICER, "imigrasi", JAMBI, "officer-1")).isTrue();
        assertThat(TicketAccess.mayActAtCounter(IMIGRASI_COLLEAGUE, "imigrasi", JAMBI, "officer-1")).isFalse();
        assertThat(TicketAccess.mayActAtCounter(IMIGRASI_ADMIN, "imigrasi", JAMBI, "officer-1")).isTrue();
        assertThat(TicketAccess.mayActAtCounter(BATAM_IMIGRASI_ADMIN, "imigrasi", JAMBI, "officer-1")).isFalse();
        assertThat(TicketAccess.mayActAtCounter(DUKCAPIL_OFFICER, "imigrasi", JAMBI, "officer-3")).isFalse();
    }

    @Test
    void aCounterIsCalledToByItsSessionsOfficerOnlyAndClosedByThemOrTheAgencyAdmin() {
        assertThat(CounterAccess.mayOpen(IMIGRASI_COLLEAGUE, "imigrasi", JAMBI)).isTrue();
        assertThat(CounterAccess.mayOpen(DUKCAPIL_OFFICER, "imigrasi", JAMBI)).isFalse();
        assertThat(CounterAccess.mayCall(IMIGRASI_OFFICER, "imigrasi", JAMBI, "officer-1")).isTrue();
        assertThat(CounterAccess.mayCall(IMIGRASI_COLLEAGUE, "imigrasi", JAMBI, "officer-1")).isFalse();
        assertThat(CounterAccess.mayClose(IMIGRASI_COLLEAGUE, "imigrasi", JAMBI, "officer-1")).isFalse();
        assertThat(CounterAccess.mayClose(IMIGRASI_ADMIN, "imigrasi", JAMBI, "officer-1")).isTrue();
        assertThat(CounterAccess.maySee(MPP_ADMIN, "imigrasi", JAMBI)).isTrue();
        assertThat(CounterAccess.maySee(DUKCAPIL_OFFICER, "imigrasi", JAMBI)).isFalse();
    }

    @Test
    void anAgencysSystemSeesItsOwnAgencysCountersAtItsMppOnlyWorksNoneAndFindsOthersAbsent() {
        assertThat(CounterAccess.maySee(SIMKIM, "imigrasi", JAMBI)).isTrue();
        assertThat(CounterAccess.maySee(SIMKIM, "dpmptsp", JAMBI)).isFalse();
        assertThat(CounterAccess.maySee(SIMKIM, "imigrasi", "kota-batam")).isFalse();
        assertThat(CataloguePermissions.maySeeCounters(SIMKIM, JAMBI, "imigrasi")).isTrue();
        assertThat(CataloguePermissions.maySeeCounters(SIMKIM, JAMBI, "dpmptsp")).isFalse();
        assertThat(CounterAccess.mayOpen(SIMKIM, "imigrasi", JAMBI)).isFalse();
        assertThat(CounterAccess.mayCall(SIMKIM, "imigrasi", JAMBI, SIMKIM.id())).isFalse();
        assertThat(CounterAccess.mayClose(SIMKIM, "imigrasi", JAMBI, SIMKIM.id())).isFalse();
        assertThat(TicketAccess.maySee(SIMKIM, "citizen-1", "imigrasi", JAMBI)).isFalse();
        assertThat(CounterAccess.othersLookAbsent(SIMKIM)).isTrue();
        assertThat(CounterAccess.othersLookAbsent(DUKCAPIL_OFFICER)).isFalse();
        assertThat(CounterAccess.seesSurveyCodes(SIMKIM)).isFalse();
        assertThat(CounterAccess.seesSurveyCodes(IMIGRASI_ADMIN)).isTrue();
    }

    @Test
    void aBookingIsChangedByItsCitizenCancelledByAdminsTooAndCheckedInOnlyAtTheKioskOrByAnOfficer() {
        assertThat(BookingAccess.mayChange(CITIZEN, "citizen-1")).isTrue();
        assertThat(BookingAccess.mayChange(IMIGRASI_ADMIN, "citizen-1")).isFalse();
        assertThat(BookingAccess.mayCancel(IMIGRASI_ADMIN, "citizen-1", "imigrasi", JAMBI)).isTrue();
        assertThat(BookingAccess.mayCancel(MPP_ADMIN, "citizen-1", "imigrasi", JAMBI)).isTrue();
        assertThat(BookingAccess.mayCancel(IMIGRASI_OFFICER, "citizen-1", "imigrasi", JAMBI)).isFalse();
        assertThat(BookingAccess.mayCancel(OTHER_CITIZEN, "citizen-1", "imigrasi", JAMBI)).isFalse();
        assertThat(BookingAccess.mayCheckIn(CITIZEN, "imigrasi", JAMBI)).isFalse();
        assertThat(BookingAccess.mayCheckIn(JAMBI_KIOSK, "imigrasi", JAMBI)).isTrue();
        assertThat(BookingAccess.mayCheckIn(BATAM_KIOSK, "imigrasi", JAMBI)).isFalse();
        assertThat(BookingAccess.mayCheckIn(IMIGRASI_OFFICER, "imigrasi", JAMBI)).isTrue();
        assertThat(BookingAccess.mayCheckIn(DUKCAPIL_OFFICER, "imigrasi", JAMBI)).isFalse();
        assertThat(BookingAccess.maySee(JAMBI_KIOSK, "citizen-1", "imigrasi", JAMBI)).isTrue();
    }

    @Test
    void anAgencyAdminManagesOnlyItsOwnAgencyAtItsOwnMpp() {
        assertThat(CataloguePermissions.mayManageAgencyItems(IMIGRASI_ADMIN, JAMBI, "imigrasi")).isTrue();
        assertThat(CataloguePermissions.mayManageAgencyItems(IMIGRASI_ADMIN, JAMBI, "dukcapil")).isFalse();
        assertThat(CataloguePermissions.mayManageAgencyItems(BATAM_IMIGRASI_ADMIN, JAMBI, "imigrasi")).isFalse();
        assertThat(CataloguePermissions.mayManageMpp(IMIGRASI_ADMIN, JAMBI)).isFalse();
        assertThat(CataloguePermissions.mayManageAgencyItems(MPP_ADMIN, JAMBI, "dukcapil")).isTrue();
        assertThat(CataloguePermissions.mayManageMpp(BATAM_MPP_ADMIN, JAMBI)).isFalse();
    }
}
