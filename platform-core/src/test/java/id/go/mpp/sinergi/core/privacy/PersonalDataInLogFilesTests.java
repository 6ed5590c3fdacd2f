package id.go.mpp.sinergi.core.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Log files are guarded like the console: the file handler and a named file handler, with the console off so
 * that no other handler masks the record first.
 */
@QuarkusTest
@TestProfile(PersonalDataInLogFilesTests.FileLogging.class)
class PersonalDataInLogFilesTests {

    static final Path SERVICE_LOG = Path.of("target/personal-data-logs/service.log");
    static final Path NAMED_LOG = Path.of("target/personal-data-logs/dukcapil-trail.log");
    static final String NAMED_CATEGORY = "id.go.mpp.sinergi.dukcapil-trail";

    public static class FileLogging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test resources switch dev services off at run time; a profile's build must agree.
            return Map.of(
                    "quarkus.datasource.devservices.enabled", "false",
                    "quarkus.kafka.devservices.enabled", "false",
                    "quarkus.log.console.enabled", "false",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", SERVICE_LOG.toString(),
                    "quarkus.log.handler.file.\"dukcapil-trail\".enabled", "true",
                    "quarkus.log.handler.file.\"dukcapil-trail\".path", NAMED_LOG.toString(),
                    "quarkus.log.category.\"" + NAMED_CATEGORY + "\".handlers", "dukcapil-trail",
                    "quarkus.log.category.\"" + NAMED_CATEGORY + "\".use-parent-handlers", "false");
        }
    }

    @Test
    void aNikAndPhoneLoggedToTheLogFileAppearThereMasked() {
        String marker = UUID.randomUUID().toString();
        Logger.getLogger(PersonalDataInLogFilesTests.class).errorf(
                new IllegalStateException("Dukcapil menolak 1571-01-520890-0003"),
                "%s lookup NIK %s HP %s gagal", marker, "1571015208900003", "(0812) 3456-7890");

        String logged = awaitLineWith(SERVICE_LOG, marker);
        assertThat(logged)
                .contains(marker + " lookup NIK 1571**********03 HP 0812*****890 gagal")
                .contains("IllegalStateException: Dukcapil menolak 1571**********03")
                .doesNotContain("1571015208900003", "520890", "3456-7890");
    }

    @Test
    void aNikLoggedThroughANamedFileHandlerAppearsThereMasked() {
        String marker = UUID.randomUUID().toString();
        Logger.getLogger(NAMED_CATEGORY).infof("%s NIK %s, WA %s", marker, "1571 0152 0890 0003", "+62 812-3456-7890");

        assertThat(awaitLineWith(NAMED_LOG, marker))
                .contains(marker + " NIK 1571**********03, WA +6281******890")
                .doesNotContain("0152 0890", "3456-7890");
    }

    /** The log file's text from the line holding the marker to its end (a stack trace follows its line). */
    private static String awaitLineWith(Path log, String marker) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            if (!Files.exists(log)) {
                return null;
            }
            String text = readFile(log);
            int at = text.indexOf(marker);
            return at < 0 ? null : text.substring(text.lastIndexOf('\n', at) + 1);
        }, found -> found != null);
    }

    private static String readFile(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
