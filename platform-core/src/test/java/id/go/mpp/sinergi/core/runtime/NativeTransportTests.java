package id.go.mpp.sinergi.core.runtime;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
class NativeTransportTests {

    @Inject
    Vertx vertx;

    @Test
    void onLinuxVertxServesOnNettysEpollTransportRatherThanJavaNio() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        assumeTrue(os.contains("linux") && Set.of("amd64", "x86_64", "aarch64").contains(arch),
                "platform-core ships Netty's epoll library for Linux on x86-64 and aarch64 only");

        assertThat(vertx.isNativeTransportEnabled()).as("Vert.x runs on the native (epoll) transport").isTrue();
        given().port(ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class))
                .get("/q/health/live").then().statusCode(200);
    }
}
