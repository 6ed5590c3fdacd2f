package id.go.mpp.sinergi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.testing.TestUsers;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A PBG building-permit visit through the public gateway: DPMPTSP's officer opens a counter and calls the
 * applicant (the hall's board, connected through the gateway, announces it), transfers the visit to PUPR, PUPR
 * serves it, and the citizen follows the whole journey.
 */
class CountersBoardAndJourneyThroughGatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void platform() {
        RestAssured.baseURI = Platform.shared().gateway.url();
    }

    @Test
    void aPbgApplicantIsCalledOnTheBoardTransferredToPuprServedAndSeesTheJourney() throws Exception {
        BlockingQueue<JsonNode> board = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = listen(board);
        try {
            String citizen = TestUsers.citizen();
            String oss = TestUsers.officer("dpmptsp", "kota-jambi");
            String pupr = TestUsers.officer("pupr", "kota-jambi");

            Response applied = TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"pbg\"}")
                    .post("/api/v1/tickets");
            applied.then().statusCode(201);
            String ticketId = applied.path("id");
            String visitId = applied.path("visitId");
            String number = applied.path("number");
            given().get("/api/v1/services/pbg/wait?mpp=kota-jambi").then().statusCode(200)
                    .body("openCounters", equalTo(0));

            TestUsers.as(oss).post("/api/v1/counters/kota-jambi/OSS-1/open").then().statusCode(200)
                    .body("status", equalTo("OPEN"));
            TestUsers.as(citizen).get("/api/v1/tickets/" + ticketId + "/position").then().statusCode(200)
                    .body("ahead", equalTo(0)).body("openCounters", equalTo(1));
            TestUsers.as(oss).post("/api/v1/counters/kota-jambi/OSS-1/call-next").then().statusCode(200)
                    .body("id", equalTo(ticketId));

            JsonNode shown = await(board, number, Duration.ofSeconds(30));
            assertThat(shown.get("counterName").asText()).isEqualTo("Loket OSS 1");
            assertThat(shown.get("announcement").get("id").asText()).contains("silakan menuju Loket OSS 1");

            TestUsers.as(oss).post("/api/v1/tickets/" + ticketId + "/start").then().statusCode(200);
            String next = TestUsers.as(oss).body("{\"serviceCode\": \"rekomendasi-pupr\", \"note\": \"Rekomendasi teknis\"}")
                    .post("/api/v1/tickets/" + ticketId + "/transfer").then().statusCode(201)
                    .body("agencyCode", equalTo("pupr")).extract().path("id");
            TestUsers.as(oss).post("/api/v1/counters/kota-jambi/OSS-1/close").then().statusCode(200);

            TestUsers.as(pupr).post("/api/v1/counters/kota-jambi/PUPR-1/open").then().statusCode(200);
            TestUsers.as(pupr).post("/api/v1/counters/kota-jambi/PUPR-1/call-next").then().statusCode(200)
                    .body("id", equalTo(next));
            TestUsers.as(pupr).body("{\"outcome\": \"SERVED\"}").post("/api/v1/tickets/" + next + "/complete")
                    .then().statusCode(200);
            // Counters are shared by the e2e classes: leave PUPR-1 closed, as OSS-1.
            TestUsers.as(pupr).post("/api/v1/counters/kota-jambi/PUPR-1/close").then().statusCode(200);

            TestUsers.as(citizen).get("/api/v1/visits/" + visitId + "/journey").then().statusCode(200)
                    .body("finished", equalTo(true))
                    .body("steps.agencyCode", equalTo(List.of("dpmptsp", "pupr")))
                    .body("steps.counterName", equalTo(List.of("Loket OSS 1", "Loket PUPR")));
            TestUsers.as(TestUsers.officer("dukcapil", "kota-jambi")).get("/api/v1/visits/" + visitId + "/journey")
                    .then().statusCode(404);
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void aCitizensPriorityRequestIsCheckedAtTheCallAndTheKioskIssuesWalkInsThroughTheGateway() {
        String citizen = TestUsers.citizen();
        String officer = TestUsers.officer("dukcapil", "kota-jambi");
        String asked = TestUsers.as(citizen)
                .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"kartu-keluarga\", \"priorityGroup\": \"LANSIA\"}")
                .post("/api/v1/tickets").then().statusCode(201)
                .body("line", equalTo("PRIORITY")).body("priorityConfirmed", equalTo(false)).extract().path("id");
        TestUsers.as(TestUsers.kiosk()).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"akta-kelahiran\"}")
                .post("/api/v1/tickets").then().statusCode(201).body("channel", equalTo("WALK_IN"));

        TestUsers.as(officer).post("/api/v1/counters/kota-jambi/DUK-1/open").then().statusCode(200);
        TestUsers.as(officer).body("{\"counterCode\": \"DUK-1\"}").post("/api/v1/tickets/" + asked + "/call")
                .then().statusCode(200);
        TestUsers.as(citizen).body("{\"confirmed\": true}").post("/api/v1/tickets/" + asked + "/priority-check")
                .then().statusCode(403);
        TestUsers.as(officer).body("{\"confirmed\": false}").post("/api/v1/tickets/" + asked + "/priority-check")
                .then().statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("line", equalTo("REGULAR"));
        TestUsers.as(officer).post("/api/v1/counters/kota-jambi/DUK-1/close").then().statusCode(200);
    }

    private static CompletableFuture<HttpResponse<Stream<String>>> listen(BlockingQueue<JsonNode> shown) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.shared().gateway.url()
                        + "/api/v1/mpps/kota-jambi/board")).header("Accept", "text/event-stream").GET().build();
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

    private static JsonNode await(BlockingQueue<JsonNode> shown, String number, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode next = shown.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && number.equals(next.path("ticketNumber").asText())) {
                return next;
            }
        }
        throw new AssertionError("The board did not show " + number + " within " + timeout);
    }
}
