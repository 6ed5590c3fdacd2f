package id.go.mpp.sinergi.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigAndMaskingTests {

    @Test
    void processDefaultsWithoutEnvironment() {
        StandInsConfig c = StandInsConfig.fromEnv(Map.of());
        assertThat(c.bindHost()).isEqualTo("127.0.0.1");
        assertThat(new int[] {c.controlPort(), c.dukcapilPort(), c.simkimPort(), c.ossPort(), c.messagingPort()})
                .containsExactly(8090, 8091, 8092, 8093, 8094);
        assertThat(c.dukcapilUserId()).isEqualTo("sinergi");
        assertThat(c.dukcapilPassword()).isEqualTo("sinergi-dev");
        assertThat(c.dukcapilDailyQuota()).isEqualTo(10_000);
        assertThat(c.simkimCallbackSecret()).isEqualTo("simkim-callback-dev");
        assertThat(c.simkimProcessingDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.ossApiKey()).isEqualTo("oss-dev-key");
        assertThat(c.ossWebhookSecret()).isEqualTo("oss-webhook-dev");
        assertThat(c.ossSubscriberUrl()).isEqualTo("http://127.0.0.1:8080/api/v1/agency-callbacks/dpmptsp");
        assertThat(c.messagingToken()).isEqualTo("messaging-dev");
    }

    @Test
    void environmentVariablesOverride() {
        StandInsConfig c = StandInsConfig.fromEnv(Map.of("SINERGI_STANDINS_PORT", "9190",
                "SINERGI_STANDINS_DUKCAPIL_PORT", "0", "SINERGI_STANDINS_DUKCAPIL_ALLOWED_IPS", "10.0.0.1, 10.0.0.2",
                "SINERGI_STANDINS_DUKCAPIL_DAILY_QUOTA", "5", "SINERGI_STANDINS_SIMKIM_READY_DELAY_MS", "250",
                "SINERGI_STANDINS_OSS_SUBSCRIBER_URL", "", "SINERGI_STANDINS_SEED", "7"));
        assertThat(c.controlPort()).isEqualTo(9190);
        assertThat(c.dukcapilPort()).isZero();
        assertThat(c.dukcapilAllowedIps()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
        assertThat(c.dukcapilDailyQuota()).isEqualTo(5);
        assertThat(c.simkimReadyDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.ossSubscriberUrl()).as("set but empty: no webhooks").isEmpty();
        assertThat(c.seed()).isEqualTo(7);
        assertThatThrownBy(() -> StandInsConfig.fromEnv(Map.of("SINERGI_STANDINS_PORT", "x")))
                .hasMessageContaining("SINERGI_STANDINS_PORT");
    }

    @Test
    void masking() {
        assertThat(Masking.nik("3273015907880078")).isEqualTo("3273************");
        assertThat(Masking.phone("+6281234567889")).isEqualTo("+6281*******89");
        assertThat(Masking.phone("+628123456789")).isEqualTo("+6281******89");
        assertThat(Masking.niksIn("/x/3273015907880078/y")).isEqualTo("/x/3273************/y");
        assertThat(Masking.niksIn("/oss/api/v1/nib/9120002345672")).isEqualTo("/oss/api/v1/nib/9120002345672");
    }
}
