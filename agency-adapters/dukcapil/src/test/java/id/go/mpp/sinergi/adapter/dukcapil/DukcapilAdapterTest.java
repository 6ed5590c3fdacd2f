package id.go.mpp.sinergi.adapter.dukcapil;

import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyReply.Outcome;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.events.agency.IdentityVerified;
import id.go.mpp.sinergi.standins.Faults;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.standins.StandInsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Dukcapil adapter against the Dukcapil stand-in (its own wire format), in-JVM. */
class DukcapilAdapterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T16:30:00Z"); // 23:30 in Jakarta
    private static StandIns standIns;

    @BeforeAll
    static void start() {
        standIns = StandIns.start(StandInsConfig.builder().dukcapilDailyQuota(1000)
                .dukcapilAllowedIps(Set.of("127.0.0.1")).build());
    }

    @AfterAll
    static void stop() {
        standIns.close();
    }

    @AfterEach
    void noFaults() {
        standIns.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE);
    }

    private static DukcapilAdapter adapter(String password, String ip) {
        DukcapilAdapter adapter = new DukcapilAdapter();
        adapter.start(new AdapterContext(Map.of(
                "url", standIns.dukcapilUrl() + "/dukcapil/api/v1/verifikasi-elemen",
                "user-id", "sinergi", "password", password, "caller-ip", ip, "threshold", "90"),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2)));
        return adapter;
    }

    private static AgencyRequest verify(String nik, String name, String birthDate, String place) {
        Map<String, String> payload = new HashMap<>(Map.of("verificationId", "11111111-2222-3333-4444-555555555555",
                "visitId", "visit-1", "mppCode", "kota-jambi", "requestedBy", "KIOSK", "requestedAt", NOW.toString(),
                "consentScope", "VISIT", "subjectRef", "psn-x", "NIK", nik, "NAMA_LGKP", name, "TGL_LHR", birthDate));
        if (place != null) {
            payload.put("TMPT_LHR", place);
        }
        return new AgencyRequest(Operations.VERIFY_IDENTITY, "key-1", "visit-1", "kota-jambi", "test", payload);
    }

    private static IdentityVerified event(AgencyReply reply) {
        return (IdentityVerified) reply.events().get(0);
    }

    @Test
    void aVisitorWhoseElementsAllMatchIsVerifiedWithoutTheDataComingBack() throws Exception {
        AgencyReply reply = adapter("sinergi-dev", "127.0.0.1")
                .send(verify("1571011708850001", "Budi Santoso", "17-08-1985", "JAMBI"));

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        IdentityVerified verified = event(reply);
        assertThat(verified.outcome()).isEqualTo("VERIFIED");
        assertThat(verified.elements()).containsEntry("NAMA_LGKP", "SESUAI").containsEntry("TGL_LHR", "SESUAI")
                .containsEntry("TMPT_LHR", "SESUAI").doesNotContainKey("NIK");
        assertThat(verified.scores()).containsEntry("NAMA_LGKP", 100);
        assertThat(verified.toString()).doesNotContain("1571011708850001").doesNotContain("BUDI");
    }

    @Test
    void aMisspelledNameIsNotMatchedWithItsScoreAndTheVisitorIsAsked() throws Exception {
        AgencyReply reply = adapter("sinergi-dev", "127.0.0.1")
                .send(verify("1571011708850001", "Bambang Suharto", "17-08-1985", null));

        assertThat(reply.outcome()).isEqualTo(Outcome.ASK_CITIZEN);
        assertThat(event(reply).outcome()).isEqualTo("NOT_MATCHED");
        assertThat(event(reply).elements()).containsEntry("NAMA_LGKP", "TIDAK_SESUAI");
        assertThat(event(reply).scores().get("NAMA_LGKP")).isLessThan(90);
    }

    @Test
    void anUnknownNikAsksTheVisitorAndADeceasedPersonIsRefused() throws Exception {
        DukcapilAdapter adapter = adapter("sinergi-dev", "127.0.0.1");
        AgencyReply unknown = adapter.send(verify("1571011708850099", "Budi Santoso", "17-08-1985", null));
        assertThat(unknown.outcome()).isEqualTo(Outcome.ASK_CITIZEN);
        assertThat(event(unknown).outcome()).isEqualTo("NOT_FOUND");

        AgencyReply deceased = adapter.send(verify("3510145010450208", "Suparmi", "10-10-1945", null));
        assertThat(deceased.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(event(deceased).outcome()).isEqualTo("DECEASED");

        AgencyReply inactive = adapter.send(verify("1571032904870155", "Andi Saputra", "29-04-1987", null));
        assertThat(inactive.outcome()).isEqualTo(Outcome.ASK_CITIZEN);
        assertThat(event(inactive).outcome()).isEqualTo("INACTIVE");
    }

    @Test
    void refusedCredentialsOrAddressGoStraightToTheAdmin() throws Exception {
        assertThat(adapter("wrong", "127.0.0.1").send(verify("1571011708850001", "Budi Santoso", "17-08-1985", null))
                .outcome()).isEqualTo(Outcome.GIVE_UP);
        assertThat(adapter("sinergi-dev", "10.9.9.9").send(verify("1571011708850001", "Budi Santoso", "17-08-1985",
                null)).outcome()).isEqualTo(Outcome.GIVE_UP);
    }

    @Test
    void aUsedUpDailyQuotaIsAskedAgainAMinuteAfterMidnightInJakarta() throws Exception {
        AgencyReply reply = new DukcapilAdapter() {
            {
                start(new AdapterContext(Map.of("url", "http://127.0.0.1:9/x", "user-id", "u", "password", "p"),
                        Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1)));
            }
        }.outcomeOf("05", "kuota habis", Map.of());

        assertThat(reply.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(reply.notBefore()).isEqualTo(Instant.parse("2026-12-07T17:01:00Z"));
    }

    @Test
    void serverErrorsMalformedAnswersAndADownSystemAreFailuresToRetry() {
        DukcapilAdapter adapter = adapter("sinergi-dev", "127.0.0.1");
        AgencyRequest request = verify("1571011708850001", "Budi Santoso", "17-08-1985", null);

        standIns.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE.withErrorRate(1.0, 503));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class).hasMessageContaining("503");

        standIns.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE.withMalformedRate(1.0));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class);

        standIns.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE.withDown(true));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.DOWN);

        standIns.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.UP);
    }
}
