package id.go.mpp.sinergi.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.events.complaint.ComplaintDispositioned;
import id.go.mpp.sinergi.events.complaint.ComplaintSubmitted;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.events.queue.TicketTransferred;
import id.go.mpp.sinergi.events.queue.TicketTurnNear;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.TestUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The operator event stream on the real broker: events published as the services' outboxes publish them reach the
 * staff and agency systems who may see them, masked, and no one else; an agency's system only its agency's events of
 * the types its agency is granted, with a grant of the stream itself.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
class OperatorEventsApiResourceTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUED = "id.go.mpp.queue.ticket-issued.v1";
    private static final String TURN_NEAR = "id.go.mpp.queue.ticket-turn-near.v1";
    private static final String STREAM = "GET /api/v1/operator/events";
    private static final String GRANTS = "/api/v1/mpps/kota-jambi/agency-grants";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static EventPublisher publisher;
    private static boolean live;

    @TestHTTPResource("/api/v1/operator/events")
    URI events;

    private final List<Watching> open = new ArrayList<>();

    @BeforeAll
    static void publisher() {
        publisher = new EventPublisher(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @AfterEach
    void closeStreams() {
        open.forEach(Watching::close);
    }

    @Test
    void anMppAdminSeesTheTicketsOfEveryAgencyOfTheirMpp() throws Exception {
        Watching admin = watch(DemoUsers.MPP_ADMIN.token(), "");
        String visit = uuid();
        TicketIssued imigrasi = issued(visit, "kota-jambi", "imigrasi");
        TicketIssued dukcapil = issued(visit, "kota-jambi", "dukcapil");
        String imigrasiId = publisher.publish(imigrasi);
        publisher.publish(dukcapil);

        JsonNode first = admin.await(subject(imigrasi.ticketId()));
        assertThat(first.get("id").asText()).isEqualTo(imigrasiId);
        assertThat(first.get("type").asText()).isEqualTo(ISSUED);
        assertThat(first.get("mppCode").asText()).isEqualTo("kota-jambi");
        assertThat(first.get("agencyCode").asText()).isEqualTo("imigrasi");
        assertThat(first.get("time").asText()).isNotBlank();
        assertThat(first.get("data").get("ticketNumber").asText()).isEqualTo(imigrasi.ticketNumber());
        assertThat(first.get("data").get("visitId").asText()).isEqualTo(visit);
        // The account of the citizen is nobody's business on an operator's screen.
        assertThat(first.get("data").has("citizenId")).isFalse();
        assertThat(admin.await(subject(dukcapil.ticketId())).get("agencyCode").asText()).isEqualTo("dukcapil");
    }

    @Test
    void anAgencyAdminSeesTheirAgencysEventsAndNeverAnotherAgencys() throws Exception {
        Watching imigrasiAdmin = watch(DemoUsers.IMIGRASI_ADMIN.token(), "");
        String visit = uuid();
        // One visit: one partition, so the consumer has read the first before the second.
        TicketIssued dukcapil = issued(visit, "kota-jambi", "dukcapil");
        TicketIssued imigrasi = issued(visit, "kota-jambi", "imigrasi");
        publisher.publish(dukcapil);
        publisher.publish(imigrasi);

        imigrasiAdmin.await(subject(imigrasi.ticketId()));
        assertThat(imigrasiAdmin.receivedSoFar()).noneMatch(event -> "dukcapil".equals(event.path("agencyCode").asText()));
    }

    @Test
    void anOfficerWatchesTheirAgencyWhetherOrNotTheyNameIt() throws Exception {
        Watching officer = watch(DemoUsers.IMIGRASI_OFFICER.token(), "agency=imigrasi");
        TicketIssued imigrasi = issued(uuid(), "kota-jambi", "imigrasi");
        publisher.publish(imigrasi);
        officer.await(subject(imigrasi.ticketId()));
    }

    @Test
    void agencyStaffAskingForAnotherAgencyAreRefusedWithAProblem() {
        given().auth().oauth2(DemoUsers.IMIGRASI_ADMIN.token()).header("Accept", "text/event-stream")
                .header("Accept-Language", "en")
                .when().get("/api/v1/operator/events?agency=dukcapil")
                .then().spec(problem(403))
                .body("code", equalTo("other-agency"));
        given().auth().oauth2(DemoUsers.DUKCAPIL_OFFICER.token()).header("Accept", "text/event-stream")
                .when().get("/api/v1/operator/events?agency=imigrasi")
                .then().spec(problem(403));
    }

    @Test
    void citizensKiosksAndAnonymousCallersMayNotWatch() {
        given().auth().oauth2(DemoUsers.CITIZEN.token()).header("Accept", "text/event-stream")
                .when().get("/api/v1/operator/events").then().spec(problem(403));
        given().auth().oauth2(TestUsers.kiosk()).header("Accept", "text/event-stream")
                .when().get("/api/v1/operator/events").then().spec(problem(403));
        given().header("Accept", "text/event-stream")
                .when().get("/api/v1/operator/events").then().spec(problem(401));
    }

    @Test
    void anUnknownTypeOrAMalformedAgencyIsA400Problem() {
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).header("Accept", "text/event-stream")
                .when().get("/api/v1/operator/events?types=id.go.mpp.notification.reply-requested.v1")
                .then().spec(problem(400)).body("errors[0].field", equalTo("types"));
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).header("Accept", "text/event-stream")
                .when().get("/api/v1/operator/events?agency=IMIGRASI;drop")
                .then().spec(problem(400)).body("errors[0].field", equalTo("agency"));
    }

    @Test
    void anEventOfAnotherMppIsNotSent() throws Exception {
        Watching admin = watch(DemoUsers.MPP_ADMIN.token(), "");
        Watching imigrasiAdmin = watch(DemoUsers.IMIGRASI_ADMIN.token(), "");
        String visit = uuid();
        TicketIssued batam = issued(visit, "kota-batam", "imigrasi");
        TicketIssued jambi = issued(visit, "kota-jambi", "imigrasi");
        publisher.publish(batam);
        publisher.publish(jambi);

        admin.await(subject(jambi.ticketId()));
        imigrasiAdmin.await(subject(jambi.ticketId()));
        assertThat(admin.receivedSoFar()).noneMatch(subject(batam.ticketId()));
        assertThat(imigrasiAdmin.receivedSoFar()).noneMatch(subject(batam.ticketId()));
    }

    @Test
    void aPhoneNumberAndANikPlantedInAnEventArriveMasked() throws Exception {
        Watching imigrasiAdmin = watch(DemoUsers.IMIGRASI_ADMIN.token(), "");
        SurveyResponseSubmitted response = new SurveyResponseSubmitted(uuid(), uuid(), uuid(), "IMI-A-007",
                "kota-jambi", "imigrasi", "paspor-baru", "IMI-1", LocalDate.now(), Instant.now(),
                List.of(4, 4, 3, 4, 4, 4, 2, 4, 4),
                "Petugas ramah. Hubungi saya di 0812-3456-7890, NIK 1571015208900003", null, null, null, null, "CODE");
        publisher.publish(response);

        JsonNode received = imigrasiAdmin.await(subject(response.ticketId()));
        assertThat(received.get("data").get("comment").asText())
                .isEqualTo("Petugas ramah. Hubungi saya di 0812*****890, NIK 1571**********03");
        assertThat(received.toString()).doesNotContain("3456", "520890");
    }

    @Test
    void aWatcherMayAskForSomeTypesOnly() throws Exception {
        Watching calls = watch(DemoUsers.MPP_ADMIN.token(), "types=id.go.mpp.queue.ticket-called.v1");
        String visit = uuid();
        TicketIssued issued = issued(visit, "kota-jambi", "imigrasi");
        TicketCalled called = new TicketCalled(visit, issued.ticketId(), issued.ticketNumber(), "kota-jambi",
                "imigrasi", "paspor-baru", "IMI-1", uuid(), Instant.now(), 30);
        publisher.publish(issued);
        publisher.publish(called);

        JsonNode received = calls.await(subject(issued.ticketId()));
        assertThat(received.get("type").asText()).isEqualTo("id.go.mpp.queue.ticket-called.v1");
        assertThat(calls.receivedSoFar()).noneMatch(event -> ISSUED.equals(event.path("type").asText()));
    }

    @Test
    void aTransferReachesBothAgenciesAndAComplaintReachesAnAgencyOnlyOnceDispositionedToIt() throws Exception {
        Watching imigrasiAdmin = watch(DemoUsers.IMIGRASI_ADMIN.token(), "");
        Watching dukcapilAdmin = watch(DemoUsers.DUKCAPIL_ADMIN.token(), "");
        Watching admin = watch(DemoUsers.MPP_ADMIN.token(), "");
        TicketTransferred transfer = new TicketTransferred(uuid(), uuid(), "IMI-A-001", "imigrasi", "paspor-baru", "IMI-1",
                uuid(), "DUK-A-001", "dukcapil", "ktp-el", "kota-jambi", uuid(), uuid(), "lanjut ke KTP-el",
                Instant.now(), Instant.now(), null, LocalDate.now());
        publisher.publish(transfer);
        imigrasiAdmin.await(subject(transfer.toTicketId()));
        dukcapilAdmin.await(subject(transfer.toTicketId()));

        String complaint = "LPR-" + UUID.randomUUID().toString().substring(0, 8);
        publisher.publish(new ComplaintSubmitted(complaint, "kota-jambi", "imigrasi", "paspor-baru", null, "COMPLAINT",
                "WEB", false, false, Instant.now(), Instant.now()));
        publisher.publish(new ComplaintDispositioned(complaint, "kota-jambi", "imigrasi", "paspor-baru", Instant.now(),
                Instant.now()));
        JsonNode seenByAgency = imigrasiAdmin.await(subject(complaint));
        assertThat(seenByAgency.get("type").asText()).isEqualTo("id.go.mpp.complaint.complaint-dispositioned.v1");
        JsonNode seenByAdmin = admin.await(subject(complaint));
        assertThat(seenByAdmin.get("type").asText()).isEqualTo("id.go.mpp.complaint.complaint-submitted.v1");
        assertThat(seenByAdmin.get("agencyCode").isNull()).isTrue();
    }

    @Test
    void anAgencysSystemReceivesItsOwnAgencysEventsOfGrantedTypesOnly() throws Exception {
        Watching simkim = watch(simkim(), "");
        Watching admin = watch(DemoUsers.MPP_ADMIN.token(), "");
        String visit = uuid();
        // One visit: one partition, so the stream has dealt with the first two before the third.
        TicketIssued dpmptsp = issued(visit, "kota-jambi", "dpmptsp");
        TicketTurnNear notGranted = new TicketTurnNear(visit, uuid(), "IMI-A-050", "kota-jambi", "imigrasi",
                "paspor-baru", uuid(), 2, 5, "PLACES", Instant.now());
        TicketIssued imigrasi = issued(visit, "kota-jambi", "imigrasi");
        publisher.publish(dpmptsp);
        publisher.publish(notGranted);
        publisher.publish(imigrasi);

        JsonNode received = simkim.await(subject(imigrasi.ticketId()));
        assertThat(received.get("type").asText()).isEqualTo(ISSUED);
        assertThat(received.get("agencyCode").asText()).isEqualTo("imigrasi");
        assertThat(received.get("data").has("citizenId")).isFalse();
        // the MPP admin was sent both; the system of imigrasi neither
        admin.await(subject(dpmptsp.ticketId()));
        assertThat(admin.await(subject(notGranted.ticketId())).get("type").asText()).isEqualTo(TURN_NEAR);
        assertThat(simkim.receivedSoFar()).noneMatch(subject(dpmptsp.ticketId()))
                .noneMatch(subject(notGranted.ticketId()))
                .allMatch(event -> "imigrasi".equals(event.path("agencyCode").asText()));
    }

    @Test
    void anAgencysSystemAskingForAnotherAgencyIsRefusedAsAgencyStaffAre() {
        given().auth().oauth2(simkim()).header("Accept", "text/event-stream").header("Accept-Language", "en")
                .when().get("/api/v1/operator/events?agency=dpmptsp")
                .then().spec(problem(403))
                .body("code", equalTo("other-agency"));
    }

    @Test
    void aRevokedEventTypeStopsReachingAnAgencysOpenStreamWithTheNextEvent() throws Exception {
        Grants seeded = grantsOf("imigrasi");
        Watching simkim = watch(simkim(), "");
        TicketIssued before = issued(uuid(), "kota-jambi", "imigrasi");
        publisher.publish(before);
        simkim.await(subject(before.ticketId()));
        try {
            replaceGrants("imigrasi", seeded.operations(),
                    seeded.eventTypes().stream().filter(type -> !ISSUED.equals(type)).toList());
            String visit = uuid();
            TicketIssued revoked = issued(visit, "kota-jambi", "imigrasi");
            TicketCalled stillGranted = new TicketCalled(visit, revoked.ticketId(), revoked.ticketNumber(),
                    "kota-jambi", "imigrasi", "paspor-baru", "IMI-1", uuid(), Instant.now(), 30);
            publisher.publish(revoked);
            publisher.publish(stillGranted);

            JsonNode called = simkim.await(subject(revoked.ticketId()));
            assertThat(called.get("type").asText()).isEqualTo("id.go.mpp.queue.ticket-called.v1");
            assertThat(simkim.receivedSoFar()).noneMatch(event -> revoked.ticketId().equals(event.path("subject")
                    .asText()) && ISSUED.equals(event.path("type").asText()));
        } finally {
            replaceGrants("imigrasi", seeded.operations(), seeded.eventTypes());
        }
    }

    @Test
    void anAgencysSystemWithoutTheGrantOfTheStreamIsRefused403OperationNotGranted() {
        Grants seeded = grantsOf("imigrasi");
        assertThat(seeded.operations()).contains(STREAM);
        try {
            replaceGrants("imigrasi", seeded.operations().stream().filter(o -> !STREAM.equals(o)).toList(),
                    seeded.eventTypes());
            given().auth().oauth2(simkim()).header("Accept", "text/event-stream").header("Accept-Language", "en")
                    .when().get("/api/v1/operator/events")
                    .then().spec(problem(403))
                    .body("code", equalTo("operation-not-granted"))
                    .body("detail", containsString(STREAM));
        } finally {
            replaceGrants("imigrasi", seeded.operations(), seeded.eventTypes());
        }
    }

    @Test
    void theStreamIsServerSentEventsThatBeginWithAPing() throws Exception {
        Watching admin = watch(DemoUsers.MPP_ADMIN.token(), "");
        assertThat(admin.contentType).startsWith("text/event-stream");
        assertThat(admin.firstLine).isEqualTo(":ping");
    }

    /** The system of imigrasi at kota-jambi (SIMKIM's client credentials). */
    private static String simkim() {
        return KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret");
    }

    private record Grants(List<String> operations, List<String> eventTypes) {
    }

    private static Grants grantsOf(String agency) {
        JsonPath agencies = given().auth().oauth2(DemoUsers.MPP_ADMIN.token())
                .when().get(GRANTS + "?agency=" + agency)
                .then().statusCode(200).extract().jsonPath();
        return new Grants(agencies.getList("agencies[0].operations.name", String.class),
                agencies.getList("agencies[0].eventTypes.name", String.class));
    }

    private static void replaceGrants(String agency, List<String> operations, List<String> eventTypes) {
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).contentType("application/json")
                .body(Map.of("operations", operations, "eventTypes", eventTypes))
                .when().put(GRANTS + "/" + agency)
                .then().statusCode(200);
    }

    private static Predicate<JsonNode> subject(String subject) {
        return event -> subject.equals(event.path("subject").asText());
    }

    private static TicketIssued issued(String visit, String mpp, String agency) {
        String prefix = agency.substring(0, 3).toUpperCase();
        return new TicketIssued(visit, uuid(), prefix + "-A-" + (100 + (int) (Math.random() * 800)), mpp, agency,
                "layanan-uji", uuid(), "WALK_IN", false, LocalDate.now(), Instant.now());
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    /**
     * Opens a stream and waits for its first ping (sent once it is subscribed); the first time, also until the
     * gateway's consumer is reading the topics (it starts from the latest offset once it has its partitions).
     */
    private Watching watch(String token, String query) throws Exception {
        Watching watching = new Watching(URI.create(events + (query.isEmpty() ? "" : "?" + query)), token);
        open.add(watching);
        if (!live) {
            awaitConsumerLive();
        }
        return watching;
    }

    private void awaitConsumerLive() throws Exception {
        Watching probe = new Watching(events, DemoUsers.MPP_ADMIN.token());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                TicketIssued event = issued(uuid(), "kota-jambi", "imigrasi");
                publisher.publish(event);
                if (probe.poll(subject(event.ticketId()), Duration.ofSeconds(1)) != null) {
                    live = true;
                    return;
                }
            }
            throw new AssertionError("The gateway's operator-events consumer did not start reading within 60 s");
        } finally {
            probe.close();
        }
    }

    /** One open stream, read line by line. */
    private static final class Watching implements AutoCloseable {

        private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
        private final List<JsonNode> received = new ArrayList<>();
        private final CountDownLatch pinged = new CountDownLatch(1);
        private final HttpResponse<Stream<String>> response;
        final String contentType;
        volatile String firstLine;

        Watching(URI uri, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token).GET().build();
            response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as("status of " + uri).isEqualTo(200);
            contentType = response.headers().firstValue("Content-Type").orElse("");
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(line -> {
                        if (firstLine == null && !line.isEmpty()) {
                            firstLine = line;
                        }
                        if (line.startsWith(":")) {
                            pinged.countDown();
                        } else if (line.startsWith("data:")) {
                            try {
                                incoming.add(JSON.readTree(line.substring(5).trim()));
                            } catch (Exception e) {
                                throw new IllegalStateException("Not JSON: " + line, e);
                            }
                        }
                    });
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "operator-events-reader");
            reader.setDaemon(true);
            reader.start();
            assertThat(pinged.await(30, TimeUnit.SECONDS)).as("first ping").isTrue();
        }

        JsonNode poll(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (JsonNode seen : received) {
                if (wanted.test(seen)) {
                    return seen;
                }
            }
            while (System.nanoTime() < deadline) {
                JsonNode next = incoming.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    received.add(next);
                    if (wanted.test(next)) {
                        return next;
                    }
                }
            }
            return null;
        }

        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            JsonNode event = poll(wanted, Duration.ofSeconds(30));
            assertThat(event).as("an awaited event").isNotNull();
            return event;
        }

        /** Everything received until now, including what arrived since the last look. */
        List<JsonNode> receivedSoFar() throws InterruptedException {
            Thread.sleep(300);
            incoming.drainTo(received);
            return List.copyOf(received);
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}
