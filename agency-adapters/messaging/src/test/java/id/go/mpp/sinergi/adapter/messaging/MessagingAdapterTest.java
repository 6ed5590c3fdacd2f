package id.go.mpp.sinergi.adapter.messaging;

import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyReply.Outcome;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.standins.Faults;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.standins.StandInsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The messaging adapter against the provider stand-in, in-JVM. */
class MessagingAdapterTest {

    private static StandIns standIns;

    @BeforeAll
    static void start() {
        standIns = StandIns.start(StandInsConfig.builder().build());
    }

    @AfterAll
    static void stop() {
        standIns.close();
    }

    @AfterEach
    void noFaults() {
        standIns.setFaults(StandIns.MESSAGING, Faults.Settings.NONE);
    }

    private static MessagingAdapter adapter(String token) {
        MessagingAdapter adapter = new MessagingAdapter();
        adapter.start(new AdapterContext(Map.of("url", standIns.messagingUrl() + "/messaging/v1/messages",
                "token", token), Clock.systemUTC(), Duration.ofSeconds(2)));
        return adapter;
    }

    private static AgencyRequest passportReady(String to, String key) {
        return new AgencyRequest(Operations.SEND_NOTIFICATION, key, "visit-1", "kota-jambi", "test",
                Map.of("to", to, "channel", "WHATSAPP", "template", "paspor_siap",
                        "text", "Paspor Anda siap diambil.", "param.noPermohonan", "SIMKIM-1"));
    }

    private static String sentTo(String to) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(standIns.messagingUrl()
                        + "/messaging/v1/messages?to=" + to.replace("+", "%2B")))
                        .header("Authorization", "Bearer messaging-dev").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aMessageSentTwiceWithOneKeyReachesTheCitizenOnce() throws Exception {
        MessagingAdapter adapter = adapter("messaging-dev");
        AgencyReply first = adapter.send(passportReady("+6281234567801", "ready-1"));
        AgencyReply again = adapter.send(passportReady("+6281234567801", "ready-1"));

        assertThat(first.outcome()).isEqualTo(Outcome.DONE);
        assertThat(again.attributes().get("messageId")).isEqualTo(first.attributes().get("messageId"));
        String sent = sentTo("+6281234567801");
        assertThat(sent.split("\"messageId\"", -1)).hasSize(2);
        assertThat(sent).contains("Paspor Anda siap diambil.").contains("SIMKIM-1");
    }

    @Test
    void aNumberTheProviderRefusesIsNotRetriedAndAWrongTokenGoesToTheAdmin() throws Exception {
        assertThat(adapter("messaging-dev").send(passportReady("0812", "bad-number")).outcome())
                .isEqualTo(Outcome.REFUSED);
        assertThat(adapter("wrong").send(passportReady("+6281234567802", "wrong-token")).outcome())
                .isEqualTo(Outcome.GIVE_UP);
    }

    @Test
    void aProviderThatFailsOrIsDownIsRetried() {
        standIns.setFaults(StandIns.MESSAGING, Faults.Settings.NONE.withErrorRate(1.0, 503));
        assertThatThrownBy(() -> adapter("messaging-dev").send(passportReady("+6281234567803", "k1")))
                .isInstanceOf(IOException.class);
        standIns.setFaults(StandIns.MESSAGING, Faults.Settings.NONE.withDown(true));
        assertThatThrownBy(() -> adapter("messaging-dev").send(passportReady("+6281234567803", "k2")))
                .isInstanceOf(IOException.class);
    }
}
