package id.go.mpp.sinergi.queue.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static id.go.mpp.sinergi.queue.api.BookingResourceTests.newImigrasiService;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class BoardResourceTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/mpps/kota-jambi/board")
    URI board;

    @BeforeEach
    void mondayMorningInJambi() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC), Clock.class);
    }

    @Test
    void theBoardStreamsEachCallAndRecallWithTheSpokenSentenceInBothLanguages() throws Exception {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        BlockingQueue<JsonNode> shown = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = listen(shown);
        try {
            String id = walkIn(service);
            String number = desk.officer().post(desk.path("call-next")).then().statusCode(200).extract().path("number");
            JsonNode call = awaitNumber(shown, number, Duration.ofSeconds(30));
            assertThat(call.get("counterCode").asText()).isEqualTo(desk.counter());
            assertThat(call.get("recall").asInt()).isZero();
            assertThat(call.get("announcement").get("id").asText())
                    .isEqualTo("Nomor antrean " + number.replace('-', ' ') + ", silakan menuju Loket uji " + desk.counter() + ".");
            assertThat(call.get("announcement").get("en").asText())
                    .isEqualTo("Ticket number " + number.replace('-', ' ') + ", please go to Loket uji " + desk.counter() + ".");

            desk.officer().post("/tickets/" + id + "/recall").then().statusCode(200);
            JsonNode recall = awaitNumber(shown, number, Duration.ofSeconds(15));
            assertThat(recall.get("recall").asInt()).isEqualTo(1);
            assertThat(recall.get("announcement").get("en").asText()).startsWith("Calling again: ticket number");
            desk.complete(id);

            given().get("/mpps/kota-jambi/board/recent").then().statusCode(200)
                    .body("ticketNumber", hasItem(number));
            given().get("/mpps/nowhere/board/recent").then().statusCode(404).body("code", equalTo("mpp-not-found"));
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void theBoardNeverShowsATicketsSurveyCode() throws Exception {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        BlockingQueue<JsonNode> shown = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = listen(shown);
        try {
            var issued = as(DemoUsers.IMIGRASI_OFFICER)
                    .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                    .post("/tickets").then().statusCode(201).extract();
            String code = issued.path("surveyCode");
            assertThat(code).isNotBlank();
            String number = desk.officer().post(desk.path("call-next")).then().statusCode(200).extract().path("number");
            JsonNode call = awaitNumber(shown, number, Duration.ofSeconds(30));
            assertThat(call.toString()).doesNotContain(code).doesNotContain(code.replace("-", ""));
            desk.complete(issued.path("id"));
            String recent = given().get("/mpps/kota-jambi/board/recent").then().statusCode(200)
                    .body("ticketNumber", hasItem(number)).extract().asString();
            assertThat(recent).doesNotContain(code).doesNotContain(code.replace("-", ""));
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void aCallEventWithoutAnMppIsSkippedAndTheBoardsGoOnShowingCalls() throws Exception {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        BlockingQueue<JsonNode> shown = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = listen(shown);
        try {
            servedWhileShown(desk, service, shown, Duration.ofSeconds(30));

            try (EventPublisher publisher = new EventPublisher(KafkaTestResource.broker().bootstrapServers())) {
                publisher.publish(new TicketCalled(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                        "IMI-Z-999", null, "imigrasi", service, desk.counter(), "someone", Instant.now(), 0));
            }
            servedWhileShown(desk, service, shown, Duration.ofSeconds(30));
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void callsReachTheBoardWithinASecondTypically() throws Exception {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        BlockingQueue<JsonNode> shown = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = listen(shown);
        try {
            // The board's consumer joins its group at start-up; the first call proves the path is live.
            servedWhileShown(desk, service, shown, Duration.ofSeconds(30));
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                String id = walkIn(service);
                long start = System.nanoTime();
                String number = desk.officer().post(desk.path("call-next")).then().statusCode(200).extract().path("number");
                awaitNumber(shown, number, Duration.ofSeconds(10));
                latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                desk.complete(id);
            }
            Collections.sort(latencies);
            System.out.printf("Board latency over %d calls (call-next request to SSE event): p50 %d ms, max %d ms%n",
                    latencies.size(), latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
            assertThat(latencies.get(latencies.size() / 2)).as("median ms").isLessThan(1000);
        } finally {
            stream.cancel(true);
        }
    }

    private CompletableFuture<HttpResponse<Stream<String>>> listen(BlockingQueue<JsonNode> shown) {
        HttpRequest request = HttpRequest.newBuilder(board).header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(line -> {
            if (line.startsWith("data:")) {
                try {
                    shown.add(JSON.readTree(line.substring(5).trim()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
        return response;
    }

    private static JsonNode awaitNumber(BlockingQueue<JsonNode> shown, String number, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode next = shown.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && number.equals(next.get("ticketNumber").asText())) {
                return next;
            }
        }
        throw new AssertionError("The board did not show " + number + " within " + timeout);
    }

    /** A walk-in called at the desk, shown on the board within {@code timeout}, then served. */
    private static void servedWhileShown(Desk desk, String service, BlockingQueue<JsonNode> shown, Duration timeout)
            throws InterruptedException {
        String id = walkIn(service);
        String number = desk.officer().post(desk.path("call-next")).then().statusCode(200).extract().path("number");
        assertThat(awaitNumber(shown, number, timeout).get("ticketNumber").asText()).isEqualTo(number);
        desk.complete(id);
    }

    private static String walkIn(String service) {
        return as(DemoUsers.IMIGRASI_OFFICER).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                .post("/tickets").then().statusCode(201).extract().path("id");
    }
}
