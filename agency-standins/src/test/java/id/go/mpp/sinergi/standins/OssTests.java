package id.go.mpp.sinergi.standins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OssTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    StandIns standIns;
    CallbackReceiver subscriber;

    @BeforeEach
    void start() throws Exception {
        subscriber = new CallbackReceiver();
        standIns = StandIns.start(StandInsConfig.builder().clock(clock).ossTokenLifetime(Duration.ofSeconds(60))
                .ossSubscriberUrl(subscriber.url("/api/v1/agency-callbacks/dpmptsp")).ossWebhookSecret("wh-secret")
                .callbackBackoff(Duration.ofMillis(20)).build());
    }

    @AfterEach
    void stop() {
        standIns.close();
        subscriber.close();
    }

    String api(String path) {
        return standIns.ossUrl() + "/oss/api/v1" + path;
    }

    String token() throws Exception {
        Client.Answer a = Client.post(api("/token"), "", "user_key", "oss-dev-key");
        assertThat(a.status()).isEqualTo(200);
        JsonNode t = a.json();
        assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.get("expires_in").asLong()).isEqualTo(60);
        return t.get("access_token").asText();
    }

    @Test
    void anApiKeyBuysATokenThatReadsABusinessByNib() throws Exception {
        Client.Answer a = Client.get(api("/nib/9120002345672"), "Authorization", "Bearer " + token());

        assertThat(a.status()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(body.get("status").asInt()).isEqualTo(200);
        JsonNode data = body.get("data");
        assertThat(data.get("nib").asText()).isEqualTo("9120002345672");
        assertThat(data.get("nama_perusahaan").asText()).isEqualTo("CV PEMPEK BATANGHARI");
        assertThat(data.get("jenis_pelaku_usaha").asText()).isNotBlank();
        assertThat(data.get("status_nib").asText()).isEqualTo("AKTIF");
        assertThat(data.get("kbli")).isNotEmpty();
        assertThat(data.get("perizinan")).hasSize(2);
        assertThat(data.get("perizinan").get(0).get("id_izin").asText()).isEqualTo("I-202402030002");
        assertThat(data.get("perizinan").get(0).get("status_izin").asText()).isEqualTo("TERBIT");
    }

    @Test
    void aWrongApiKeyGetsNoToken() throws Exception {
        for (Client.Answer a : new Client.Answer[] {Client.post(api("/token"), "", "user_key", "salah"),
                Client.post(api("/token"), "")}) {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.json().get("status").asInt()).isEqualTo(401);
            assertThat(a.json().get("message").asText()).isNotBlank();
        }
    }

    @Test
    void unknownMalformedAndUnauthenticatedLookups() throws Exception {
        String token = token();
        Client.Answer unknown = Client.get(api("/nib/9999999999999"), "Authorization", "Bearer " + token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("NIB tidak ditemukan");

        assertThat(Client.get(api("/nib/12345"), "Authorization", "Bearer " + token).status()).isEqualTo(400);
        assertThat(Client.get(api("/nib/9120002345672")).status()).isEqualTo(401);
        assertThat(Client.get(api("/nib/9120002345672"), "Authorization", "Bearer forged").status()).isEqualTo(401);
    }

    @Test
    void aTokenExpiresAfterItsLifetime() throws Exception {
        String token = token();
        clock.advance(Duration.ofSeconds(59));
        assertThat(Client.get(api("/nib/9120001234561"), "Authorization", "Bearer " + token).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        Client.Answer expired = Client.get(api("/nib/9120001234561"), "Authorization", "Bearer " + token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");

        assertThat(Client.get(api("/nib/9120001234561"), "Authorization", "Bearer " + token()).status())
                .isEqualTo(200);
    }

    @Test
    void aLicenceStatusChangeIsSentAsASignedWebhook() throws Exception {
        Client.Answer c = Client.post(standIns.controlUrl() + "/control/oss/licences/I-202402030003/status",
                "{\"status_izin\":\"TERBIT\"}");
        assertThat(c.status()).isEqualTo(200);

        CallbackReceiver.Received hook = subscriber.next();
        assertThat(hook.path()).isEqualTo("/api/v1/agency-callbacks/dpmptsp");
        assertThat(hook.headers().get("Content-Type")).startsWith("application/json");
        JsonNode event = Client.JSON.readTree(hook.body());
        assertThat(event.get("nib").asText()).isEqualTo("9120002345672");
        assertThat(event.get("id_izin").asText()).isEqualTo("I-202402030003");
        assertThat(event.get("status_izin").asText()).isEqualTo("TERBIT");
        assertThat(event.get("waktu").asText()).isEqualTo("2026-11-23T09:00:00+07:00");
        assertThat(hook.headers().get("X-OSS-Signature"))
                .isEqualTo(Callbacks.sign("wh-secret", hook.body().getBytes(StandardCharsets.UTF_8)));

        JsonNode licence = Client.get(api("/nib/9120002345672"), "Authorization", "Bearer " + token()).json()
                .get("data").get("perizinan").get(1);
        assertThat(licence.get("status_izin").asText()).isEqualTo("TERBIT");

        assertThat(Client.post(standIns.controlUrl() + "/control/oss/licences/I-0/status",
                "{\"status_izin\":\"DICABUT\"}").status()).isEqualTo(404);
        assertThat(Client.post(standIns.controlUrl() + "/control/oss/licences/I-202402030003/status",
                "{\"status_izin\":\"HILANG\"}").status()).isEqualTo(400);
    }

    @Test
    void aFailedWebhookIsRetried() throws Exception {
        subscriber.failFirst(1);
        standIns.oss().changeLicenceStatus("I-202311200005", "DICABUT");

        assertThat(subscriber.next().answeredWith()).isEqualTo(500);
        CallbackReceiver.Received retried = subscriber.next();
        assertThat(retried.answeredWith()).isEqualTo(204);
        assertThat(Client.JSON.readTree(retried.body()).get("status_izin").asText()).isEqualTo("DICABUT");
        long until = System.currentTimeMillis() + 5000;
        while (standIns.stats(StandIns.OSS).get("callbacksSent") < 1 && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertThat(standIns.stats(StandIns.OSS)).containsEntry("callbacksSent", 1L)
                .containsEntry("callbackAttemptsFailed", 1L).containsEntry("licenceChanges", 1L);
    }
}
