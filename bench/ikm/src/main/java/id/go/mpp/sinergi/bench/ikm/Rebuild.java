package id.go.mpp.sinergi.bench.ikm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.events.Topics;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;

/**
 * Step 3: the rebuild from the topics beside the broker's own consume rate of the same records, in the same run.
 * (a) A plain KafkaConsumer reads {@code sinergi.survey.events.v1} — and {@code sinergi.queue.visits.v1}, which the
 * rebuild replays too — from the beginning to the end offsets, values as strings, the replay's settings; (b)
 * {@code POST /api/v1/ikm/rebuild} as the MPP admin, polled until done; (a) once more, since the first read may have
 * warmed the page cache for the rebuild. The ratio is the rebuild's events/s over the faster broker read of the same
 * topics.
 */
final class Rebuild {

    static final long TARGET_PER_SECOND = 10_000;

    record Result(Kafka.Read brokerSurvey, Kafka.Read brokerBoth, JsonNode status, String cpu) {
        double ratio() {
            return status.path("eventsPerSecond").asDouble() / brokerBoth.perSecond();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Rebuild() {
    }

    static Result run(Options o, Connection db, Kafka kafka) throws Exception {
        System.out.printf("%n== 3. Rebuild: POST %s/ikm/rebuild beside a plain consumer of the same topics%n", o.api());
        Seed.waitNoLag(kafka, o.rebuildTimeoutSeconds);
        long visitsLag = kafka.lag("survey-service", Topics.QUEUE_VISITS);
        System.out.printf("  topics: %s %,d records, %s %,d records; %s holds %,d responses (%,d processed events of"
                        + " %s); survey-service's lag on the visits: %,d%n", Topics.SURVEY_EVENTS,
                kafka.records(Topics.SURVEY_EVENTS), Topics.QUEUE_VISITS, kafka.records(Topics.QUEUE_VISITS), o.mpp,
                Seed.respondents(db, o.mpp), Seed.processed(db), Seed.PROJECTION, visitsLag);

        Kafka.Read[] first = broker(o, kafka, "(a) broker, before the rebuild");

        Machine.waitQuiet(o.quietWaitSeconds, "the rebuild");
        String token = token(o);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Machine.Snapshot s0 = Machine.Snapshot.take();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(o.api() + "/ikm/rebuild"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST /ikm/rebuild answered " + started.statusCode() + ": "
                    + started.body());
        }
        long deadline = System.nanoTime() + o.rebuildTimeoutSeconds * 1_000_000_000L;
        JsonNode status;
        do {
            Thread.sleep(1000);
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(URI.create(o.api() + "/ikm/rebuild"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (polled.statusCode() == 401) {
                token = token(o);
                status = JSON.createObjectNode().put("state", "RUNNING");
                continue;
            }
            if (polled.statusCode() != 200) {
                throw new IllegalStateException("GET /ikm/rebuild answered " + polled.statusCode() + ": "
                        + polled.body());
            }
            status = JSON.readTree(polled.body());
        } while ("RUNNING".equals(status.path("state").asText()) && System.nanoTime() < deadline);
        String cpu = Machine.cpuSplitByComponent(s0, Machine.Snapshot.take(), o.runDir());
        System.out.printf("  (b) the service's rebuild: %s%n", status);
        System.out.printf("      %s records read in %.2f s: %,d events/s; %,d responses and %,d served steps"
                        + " applied; changedRows %s%s%n", String.format("%,d", status.path("recordsRead").asLong()),
                status.path("seconds").asDouble(), status.path("eventsPerSecond").asLong(),
                status.path("responses").asLong(), status.path("served").asLong(), status.path("changedRows"),
                status.path("changedRows").asLong(-1) == 0 ? " (the same figures)" : "  <-- NOT the same figures");
        System.out.printf("      CPU during the rebuild: %s%n", cpu);

        Kafka.Read[] second = broker(o, kafka, "(a) broker, after the rebuild");
        Kafka.Read survey = faster(first[0], second[0]);
        Kafka.Read both = faster(first[2], second[2]);
        return new Result(survey, both, status, cpu);
    }

    /** The broker's read of the survey topic, of the visits topic, and both together. */
    private static Kafka.Read[] broker(Options o, Kafka kafka, String label) {
        Machine.waitQuiet(o.quietWaitSeconds, label);
        Machine.Snapshot s0 = Machine.Snapshot.take();
        Kafka.Read survey = kafka.readAll(Topics.SURVEY_EVENTS);
        Kafka.Read visits = kafka.readAll(Topics.QUEUE_VISITS);
        String cpu = Machine.cpuSplitByComponent(s0, Machine.Snapshot.take(), o.runDir());
        Kafka.Read both = Kafka.Read.both(survey, visits);
        System.out.printf("  %s: %s: %s%n", label, survey.topic(), survey.summary());
        System.out.printf("  %s  %s: %s%n", " ".repeat(label.length()), visits.topic(), visits.summary());
        System.out.printf("  %s  both (what the rebuild reads): %s%n", " ".repeat(label.length()), both.summary());
        System.out.printf("  %s  CPU: %s%n", " ".repeat(label.length()), cpu);
        return new Kafka.Read[]{survey, visits, both};
    }

    private static Kafka.Read faster(Kafka.Read a, Kafka.Read b) {
        return a.perSecond() >= b.perSecond() ? a : b;
    }

    /** An access token of the demo MPP admin (Keycloak password grant, client sinergi-mobile). */
    static String token(Options o) throws Exception {
        String form = "grant_type=password&client_id=sinergi-mobile&username=" + enc("admin.mpp") + "&password="
                + enc("admin-demo");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(o.stack.keycloak() + "/realms/sinergi/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
