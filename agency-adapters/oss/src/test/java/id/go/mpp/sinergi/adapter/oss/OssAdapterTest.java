package id.go.mpp.sinergi.adapter.oss;

import id.go.mpp.sinergi.adapter.spi.testing.CallbackReceiver;
import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyReply.Outcome;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.InboundCall;
import id.go.mpp.sinergi.adapter.spi.InboundReply;
import id.go.mpp.sinergi.events.agency.BusinessIdentityChecked;
import id.go.mpp.sinergi.events.agency.LicenceStatusChanged;
import id.go.mpp.sinergi.standins.Faults;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.standins.StandInsConfig;
import id.go.mpp.sinergi.standins.oss.OssHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OSS adapter against the OSS stand-in (JSON, API key then a short-lived Bearer token, signed webhooks). */
class OssAdapterTest {

    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(60);
    private static final String PEMPEK = "9120002345672";      // AKTIF, licences TERBIT and PROSES
    private static final String FROZEN = "9120008901238";      // DIBEKUKAN
    private static final String REVOKED = "9120009012349";     // DICABUT
    private static final String UNKNOWN = "9120000000000";

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-11-23T02:00:00Z"));
    private static StandIns standIns;
    private static CallbackReceiver receiver;

    /** One time for OSS and the adapter, moved by the test. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        receiver = new CallbackReceiver("dpmptsp");
        standIns = StandIns.start(StandInsConfig.builder().ossTokenLifetime(TOKEN_LIFETIME)
                .ossSubscriberUrl(receiver.url()).callbackAttempts(1).clock(CLOCK).build());
    }

    @AfterAll
    static void stop() {
        standIns.close();
        receiver.close();
    }

    @BeforeEach
    void freshStandIn() {
        standIns.reset(true);
    }

    private static OssAdapter adapter(String apiKey) {
        OssAdapter adapter = new OssAdapter();
        adapter.start(new AdapterContext(Map.of("url", standIns.ossUrl(), "api-key", apiKey,
                "webhook-secret", "oss-webhook-dev"), CLOCK, Duration.ofSeconds(2)));
        receiver.handTo(adapter);
        return adapter;
    }

    private static OssAdapter adapter() {
        return adapter("oss-dev-key");
    }

    private static AgencyRequest checkNib(String nib) {
        return new AgencyRequest(OssAdapter.CHECK_NIB, "check-nib:check-1", "visit-1", "kota-jambi",
                "NIB check for a DPMPTSP service", Map.of("nib", nib, "subjectId", "visit-1", "mppCode", "kota-jambi",
                "checkId", "check-1"));
    }

    private static BusinessIdentityChecked event(AgencyReply reply) {
        assertThat(reply.events()).hasSize(1);
        return (BusinessIdentityChecked) reply.events().get(0);
    }

    private static long stat(String name) {
        return standIns.stats(StandIns.OSS).get(name);
    }

    @Test
    void theAdapterIsFoundByServiceLoaderAsDpmptspsOss() {
        assertThat(ServiceLoader.load(AgencyAdapter.class).stream().map(ServiceLoader.Provider::get)
                .map(a -> a.descriptor().agencyCode())).contains("dpmptsp");
        assertThat(new OssAdapter().descriptor().operations()).containsExactly(OssAdapter.CHECK_NIB);
        assertThat(new OssAdapter().descriptor().reactsTo()).isEmpty();
    }

    @Test
    void anActiveNibIsValidWithTheStatusOfEachLicenceAndNoCompanyName() throws Exception {
        AgencyReply reply = adapter().send(checkNib(PEMPEK));

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        BusinessIdentityChecked checked = event(reply);
        assertThat(checked.outcome()).isEqualTo("VALID");
        assertThat(checked.nibStatus()).isEqualTo("AKTIF");
        assertThat(checked.licences()).containsExactly(Map.entry("I-202402030002", "TERBIT"),
                Map.entry("I-202402030003", "PROSES"));
        assertThat(checked.subjectId()).isEqualTo("visit-1");
        assertThat(checked.checkId()).isEqualTo("check-1");
        assertThat(checked.mppCode()).isEqualTo("kota-jambi");
        assertThat(checked.agencyCode()).isEqualTo("dpmptsp");
        assertThat(checked.toString() + reply.attributes() + reply.message()).doesNotContainIgnoringCase("pempek")
                .doesNotContainIgnoringCase("batanghari").doesNotContain("Restoran");
    }

    @Test
    void aFrozenOrRevokedNibIsInactive() throws Exception {
        OssAdapter adapter = adapter();

        AgencyReply frozen = adapter.send(checkNib(FROZEN));
        AgencyReply revoked = adapter.send(checkNib(REVOKED));

        assertThat(frozen.outcome()).isEqualTo(Outcome.DONE);
        assertThat(event(frozen).outcome()).isEqualTo("INACTIVE");
        assertThat(event(frozen).nibStatus()).isEqualTo("DIBEKUKAN");
        assertThat(event(revoked).outcome()).isEqualTo("INACTIVE");
        assertThat(event(revoked).nibStatus()).isEqualTo("DICABUT");
    }

    @Test
    void anUnknownNibIsRefusedAsNotFoundAndOneThatIsNoNibIsNotAskedOfOss() throws Exception {
        OssAdapter adapter = adapter();

        AgencyReply unknown = adapter.send(checkNib(UNKNOWN));
        AgencyReply notANib = adapter.send(checkNib("12345"));

        assertThat(unknown.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(unknown.code()).isEqualTo("404");
        assertThat(event(unknown).outcome()).isEqualTo("NOT_FOUND");
        assertThat(event(unknown).licences()).isEmpty();
        assertThat(notANib.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(event(notANib).outcome()).isEqualTo("NOT_FOUND");
        assertThat(stat(OssHandler.LOOKUPS)).isEqualTo(1);
    }

    @Test
    void oneTokenServesConcurrentChecksAndAnotherIsBoughtWhenItsLifetimeRunsOut() throws Exception {
        OssAdapter adapter = adapter();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<AgencyReply>> checks = IntStream.range(0, 16)
                    .<Callable<AgencyReply>>mapToObj(i -> () -> adapter.send(checkNib(PEMPEK))).toList();
            for (Future<AgencyReply> reply : pool.invokeAll(checks)) {
                assertThat(reply.get().outcome()).isEqualTo(Outcome.DONE);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stat(OssHandler.TOKENS_ISSUED)).isEqualTo(1);
        assertThat(stat(OssHandler.LOOKUPS)).isEqualTo(16);

        CLOCK.advance(TOKEN_LIFETIME.minusSeconds(30));
        adapter.send(checkNib(PEMPEK));
        assertThat(stat(OssHandler.TOKENS_ISSUED)).as("still well within its lifetime").isEqualTo(1);

        CLOCK.advance(Duration.ofSeconds(25)); // 5 s before it expires: renewed, never sent dying
        assertThat(adapter.send(checkNib(PEMPEK)).outcome()).isEqualTo(Outcome.DONE);
        assertThat(stat(OssHandler.TOKENS_ISSUED)).isEqualTo(2);

        CLOCK.advance(TOKEN_LIFETIME.multipliedBy(2));
        assertThat(adapter.send(checkNib(PEMPEK)).outcome()).isEqualTo(Outcome.DONE);
        assertThat(stat(OssHandler.TOKENS_ISSUED)).isEqualTo(3);
    }

    @Test
    void aTokenOssNoLongerKnowsIsReplacedOnceAndTheCheckGoesThrough() throws Exception {
        OssAdapter adapter = adapter();
        adapter.send(checkNib(PEMPEK));
        standIns.reset(true); // OSS forgets every token it issued

        AgencyReply reply = adapter.send(checkNib(PEMPEK));

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(stat(OssHandler.TOKENS_ISSUED)).isEqualTo(1);
        assertThat(stat(OssHandler.LOOKUPS)).isEqualTo(1);
    }

    @Test
    void aRefusedApiKeyGoesStraightToTheAdmin() throws Exception {
        AgencyReply reply = adapter("wrong-key").send(checkNib(PEMPEK));

        assertThat(reply.outcome()).isEqualTo(Outcome.GIVE_UP);
        assertThat(reply.events()).isEmpty();
        assertThat(stat(OssHandler.TOKENS_REFUSED)).isEqualTo(1);
    }

    @Test
    void serverErrorsCutOffAnswersAndADownSystemAreFailuresToRetry() throws Exception {
        OssAdapter adapter = adapter();
        adapter.send(checkNib(PEMPEK)); // a token in hand: the faults hit the lookup itself

        standIns.setFaults(StandIns.OSS, Faults.Settings.NONE.withErrorRate(1.0, 503));
        assertThatThrownBy(() -> adapter.send(checkNib(PEMPEK))).isInstanceOf(IOException.class)
                .hasMessageContaining("503");
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.DOWN);

        standIns.setFaults(StandIns.OSS, Faults.Settings.NONE.withMalformedRate(1.0));
        assertThatThrownBy(() -> adapter.send(checkNib(PEMPEK))).isInstanceOf(IOException.class);

        standIns.setFaults(StandIns.OSS, Faults.Settings.NONE.withDown(true));
        assertThatThrownBy(() -> adapter.send(checkNib(PEMPEK))).isInstanceOf(IOException.class);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.DOWN);

        standIns.setFaults(StandIns.OSS, Faults.Settings.NONE);
        standIns.reset(false);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.UP);
        assertThat(stat(OssHandler.TOKENS_ISSUED) + stat(OssHandler.TOKENS_REFUSED) + stat(OssHandler.LOOKUPS))
                .as("the probe buys no token and looks nothing up").isZero();
    }

    @Test
    void ossSignedLicenceWebhookBecomesALicenceStatusChange() throws Exception {
        adapter();

        changeLicence("I-202402030003", "TERBIT");
        CallbackReceiver.Received received = receiver.next();

        InboundReply reply = received.reply();
        assertThat(reply.accepted()).isTrue();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.subjectId()).isEqualTo(PEMPEK);
        assertThat(reply.operation()).isEqualTo(OssAdapter.LICENCE_WEBHOOK);
        LicenceStatusChanged changed = (LicenceStatusChanged) reply.events().get(0);
        assertThat(changed.nib()).isEqualTo(PEMPEK);
        assertThat(changed.licenceId()).isEqualTo("I-202402030003");
        assertThat(changed.status()).isEqualTo("TERBIT");
        assertThat(changed.agencyCode()).isEqualTo("dpmptsp");
        assertThat(changed.changedAt()).isEqualTo(CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aTamperedOrUnsignedWebhookIsRefusedAndASignedOneThatIsNoJsonIsMalformed() throws Exception {
        OssAdapter adapter = adapter();
        changeLicence("I-202401150001", "DICABUT");
        InboundCall genuine = receiver.next().call();
        String body = new String(genuine.body(), StandardCharsets.UTF_8);

        InboundCall tampered = new InboundCall(genuine.headers(),
                body.replace("DICABUT", "TERBIT").getBytes(StandardCharsets.UTF_8), null);
        InboundCall unsigned = new InboundCall(Map.of(), genuine.body(), null);
        InboundCall wronglySigned = new InboundCall(Map.of("x-oss-signature", List.of("sha256=00ff")), genuine.body(),
                null);
        byte[] notJson = "{\"nib\":".getBytes(StandardCharsets.UTF_8);
        InboundCall malformed = new InboundCall(Map.of("x-oss-signature", List.of(sign(notJson))), notJson, null);
        byte[] incomplete = "{\"nib\":\"9120001234561\"}".getBytes(StandardCharsets.UTF_8);
        InboundCall partial = new InboundCall(Map.of("x-oss-signature", List.of(sign(incomplete))), incomplete, null);

        assertThat(adapter.receive(tampered).status()).isEqualTo(401);
        assertThat(adapter.receive(tampered).events()).isEmpty();
        assertThat(adapter.receive(unsigned).status()).isEqualTo(401);
        assertThat(adapter.receive(wronglySigned).status()).isEqualTo(401);
        assertThat(adapter.receive(malformed).status()).isEqualTo(400);
        assertThat(adapter.receive(partial).status()).isEqualTo(400);
        assertThat(adapter.receive(genuine).accepted()).isTrue();
    }

    private static String sign(byte[] body) {
        return id.go.mpp.sinergi.adapter.spi.HmacSignatures.header("oss-webhook-dev", body);
    }

    private static void changeLicence(String licenceId, String status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(standIns.controlUrl() + "/control/oss/licences/" + licenceId + "/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status_izin\":\"" + status + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
