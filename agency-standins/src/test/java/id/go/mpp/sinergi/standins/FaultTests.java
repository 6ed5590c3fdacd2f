package id.go.mpp.sinergi.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTests {

    static final String DUKCAPIL_BODY = "{\"user_id\":\"sinergi\",\"password\":\"sinergi-dev\",\"ip_user\":\"127.0.0.1\","
            + "\"TRESHOLD\":90,\"NIK\":\"1571011708850001\",\"NAMA_LGKP\":\"BUDI SANTOSO\"}";

    StandIns standIns;

    @BeforeEach
    void start() {
        standIns = StandIns.start(StandInsConfig.builder().build());
    }

    @AfterEach
    void stop() {
        standIns.close();
    }

    Client.Answer faults(String system, String json) throws Exception {
        return Client.put(standIns.controlUrl() + "/control/" + system + "/faults", json);
    }

    Client.Answer verify() throws Exception {
        return Client.post(standIns.dukcapilUrl() + "/dukcapil/api/v1/verifikasi-elemen", DUKCAPIL_BODY,
                "Content-Type", "application/json");
    }

    Client.Answer createApplication(String ref) throws Exception {
        return Client.post(standIns.simkimUrl() + "/simkim/ws/permohonan", SimkimTests.permohonan(ref, null),
                "Content-Type", "application/xml", "Authorization", SimkimTests.AUTH);
    }

    @Test
    void downClosesTheSocketAndUpOpensItAgainOnTheSamePort() throws Exception {
        int port = standIns.system(StandIns.DUKCAPIL).port();
        assertThat(verify().status()).isEqualTo(200);

        Client.Answer down = faults("dukcapil", "{\"down\":true}");
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.json().get("listening").asBoolean()).isFalse();

        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).isInstanceOf(ConnectException.class).hasMessageContaining("refused");
        assertThatThrownBy(() -> Client.send(Client.freshClient(), "POST",
                standIns.dukcapilUrl() + "/dukcapil/api/v1/verifikasi-elemen", DUKCAPIL_BODY))
                .isInstanceOf(ConnectException.class);
        assertThat(Client.get(standIns.simkimUrl() + "/simkim/ws/permohonan/x", "Authorization", SimkimTests.AUTH)
                .status()).as("the other systems stay up").isEqualTo(404);
        assertThat(Client.get(standIns.controlUrl() + "/control/health").json().get("systems").get("dukcapil")
                .get("listening").asBoolean()).isFalse();

        assertThat(faults("dukcapil", "{\"down\":false}").json().get("listening").asBoolean()).isTrue();
        assertThat(standIns.system(StandIns.DUKCAPIL).port()).isEqualTo(port);
        assertThat(verify().status()).isEqualTo(200);
    }

    @Test
    void anErrorRateOfOneAnswersEveryRequestWithTheSystemsOwnErrorAndDoesNothing() throws Exception {
        for (String system : StandIns.SYSTEMS) {
            assertThat(faults(system, "{\"errorRate\":1.0}").status()).isEqualTo(200);
        }

        Client.Answer dukcapil = verify();
        assertThat(dukcapil.status()).isEqualTo(500);
        assertThat(dukcapil.json().get("content").get(0).get("RESPONSE_CODE").asText()).isEqualTo("99");

        Client.Answer simkim = createApplication("R-ERR");
        assertThat(simkim.status()).isEqualTo(500);
        assertThat(SimkimTests.tag(simkim.body(), "kode")).isEqualTo("50");

        Client.Answer oss = Client.post(standIns.ossUrl() + "/oss/api/v1/token", "", "user_key", "oss-dev-key");
        assertThat(oss.status()).isEqualTo(500);
        assertThat(oss.json().get("status").asInt()).isEqualTo(500);

        Client.Answer messaging = Client.post(standIns.messagingUrl() + "/messaging/v1/messages",
                "{\"to\":\"+6281234567889\",\"channel\":\"SMS\",\"text\":\"x\"}", "Authorization", "Bearer messaging-dev");
        assertThat(messaging.status()).isEqualTo(500);
        assertThat(messaging.json().get("error").get("code").asText()).isEqualTo("internal_error");

        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry("errorsInjected", 1L)
                .containsEntry("applicationsCreated", 0L);
        assertThat(standIns.stats(StandIns.DUKCAPIL)).containsEntry("verificationsAnswered", 0L);

        faults("dukcapil", "{\"errorRate\":1.0,\"errorStatus\":503}");
        assertThat(verify().status()).isEqualTo(503);
    }

    @Test
    void latencyIsAddedToEveryAnswer() throws Exception {
        faults("dukcapil", "{\"latencyMs\":150,\"latencyJitterMs\":50}");
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            assertThat(verify().status()).isEqualTo(200);
            assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void slowAnswersTripAClientTimeout() throws Exception {
        faults("oss", "{\"slowMs\":1500}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(standIns.ossUrl() + "/oss/api/v1/token"))
                .timeout(Duration.ofMillis(300)).header("user_key", "oss-dev-key")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThatThrownBy(() -> Client.freshClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void malformedAnswersAre200WithABodyNoParserTakes() throws Exception {
        faults("dukcapil", "{\"malformedRate\":1.0}");
        faults("simkim", "{\"malformedRate\":1.0}");

        Client.Answer dukcapil = verify();
        assertThat(dukcapil.status()).isEqualTo(200);
        assertThatThrownBy(() -> Client.JSON.readTree(dukcapil.body())).isInstanceOf(Exception.class);

        Client.Answer simkim = createApplication("R-MAL");
        assertThat(simkim.status()).isEqualTo(200);
        assertThatThrownBy(() -> {
            var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws, prints nothing
            parser.parse(new ByteArrayInputStream(simkim.body().getBytes()));
        }).isInstanceOf(Exception.class);
        assertThat(standIns.stats(StandIns.SIMKIM)).as("processed; only the answer is broken")
                .containsEntry("applicationsCreated", 1L).containsEntry("malformedInjected", 1L);
    }

    @Test
    void theSameSeedGivesTheSameSequenceOfFaults() throws Exception {
        List<Integer> first = statuses(standIns);
        try (StandIns again = StandIns.start(StandInsConfig.builder().build())) {
            assertThat(statuses(again)).isEqualTo(first);
        }
        try (StandIns otherSeed = StandIns.start(StandInsConfig.builder().seed(7).build())) {
            assertThat(statuses(otherSeed)).isNotEqualTo(first);
        }
        assertThat(first).contains(200, 500);
    }

    static List<Integer> statuses(StandIns s) throws Exception {
        s.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE.withErrorRate(0.5, 500));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(Client.post(s.dukcapilUrl() + "/dukcapil/api/v1/verifikasi-elemen", DUKCAPIL_BODY).status());
        }
        return out;
    }

    @Test
    void theControlApiShowsFaultsAndStatsAndResets() throws Exception {
        faults("simkim", "{\"latencyMs\":5}");
        createApplication("R-RESET");
        createApplication("R-RESET");

        JsonNode simkim = Client.get(standIns.controlUrl() + "/control/simkim").json();
        assertThat(simkim.get("faults").get("latencyMs").asLong()).isEqualTo(5);
        assertThat(simkim.get("stats").get("requests").asLong()).isEqualTo(2);
        assertThat(simkim.get("stats").get("applicationsCreated").asLong()).isEqualTo(1);
        assertThat(simkim.get("stats").get("duplicatesAvoided").asLong()).isEqualTo(1);
        assertThat(simkim.get("state").get("applications").asInt()).isEqualTo(1);
        assertThat(Client.get(standIns.controlUrl() + "/control").json().fieldNames()).toIterable()
                .containsExactly("dukcapil", "simkim", "oss", "messaging");

        assertThat(Client.post(standIns.controlUrl() + "/control/reset", "").status()).isEqualTo(200);
        simkim = Client.get(standIns.controlUrl() + "/control/simkim").json();
        assertThat(simkim.get("faults").get("latencyMs").asLong()).isZero();
        assertThat(simkim.get("stats").get("requests").asLong()).isZero();
        assertThat(simkim.get("state").get("applications").asInt()).as("state kept").isEqualTo(1);

        Client.post(standIns.controlUrl() + "/control/reset?state=true", "");
        assertThat(Client.get(standIns.controlUrl() + "/control/simkim").json().get("state").get("applications")
                .asInt()).isZero();
    }

    @Test
    void theControlApiRefusesWhatItDoesNotKnow() throws Exception {
        assertThat(faults("dukcapil", "{\"errorRate\":2}").status()).isEqualTo(400);
        assertThat(faults("dukcapil", "{\"latencyMS\":2}").status()).isEqualTo(400);
        assertThat(faults("dukcapil", "not json").status()).isEqualTo(400);
        assertThat(faults("bpjs", "{}").status()).isEqualTo(404);
        assertThat(Client.get(standIns.controlUrl() + "/control/health").status()).isEqualTo(200);
        assertThat(standIns.system(StandIns.DUKCAPIL).faults()).isEqualTo(Faults.Settings.NONE);
    }
}
