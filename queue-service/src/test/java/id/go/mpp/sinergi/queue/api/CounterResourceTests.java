package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TestUsers;
import id.go.mpp.sinergi.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static id.go.mpp.sinergi.queue.api.BookingResourceTests.SURVEY_CODE;
import static id.go.mpp.sinergi.queue.api.BookingResourceTests.newImigrasiService;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class CounterResourceTests {

    /** Monday 23 November 2026, 10:00 WIB; every {@link #tick()} moves one minute on. */
    static Instant now = Instant.parse("2026-11-23T03:00:00Z");

    @BeforeEach
    void mondayMorningInJambi() {
        now = Instant.parse("2026-11-23T03:00:00Z");
        at(now);
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    static void tick() {
        now = now.plusSeconds(60);
        at(now);
    }

    @Test
    void anOfficerOpensCallsServesAndClosesAndEachStepIsPublished() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.of("imigrasi", service);
        desk.officer().post(desk.path("open")).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("services", equalTo(List.of(service)));
        String id = walkIn(service, null).path("id");
        tick();
        desk.officer().post(desk.path("call-next")).then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("CALLED")).body("counterCode", equalTo(desk.counter()));
        tick();
        desk.officer().post("/tickets/" + id + "/start").then().statusCode(200).body("status", equalTo("SERVING"));
        tick();
        tick();
        desk.officer().body("{\"outcome\": \"SERVED\"}").post("/tickets/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        desk.officer().post(desk.path("call-next")).then().statusCode(204);
        desk.officer().post(desk.path("close")).then().statusCode(200).body("status", equalTo("CLOSED"));
        desk.officer().post(desk.path("call-next")).then().statusCode(409).body("code", equalTo("counter-closed"));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            List<ReceivedEvent> events = reader.await(e -> id.equals(e.subject()) && !TurnNearTests.TURN_NEAR.equals(e.type()), 4,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly("id.go.mpp.queue.ticket-issued.v1",
                    "id.go.mpp.queue.ticket-called.v1", "id.go.mpp.queue.service-started.v1",
                    "id.go.mpp.queue.ticket-completed.v1");
            assertThat(events.get(1).json().get("waitingSeconds").asLong()).isEqualTo(60);
            assertThat(events.get(3).json().get("serviceSeconds").asLong()).isEqualTo(120);
        }
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_COUNTERS)) {
            List<ReceivedEvent> events = reader.await(e -> ("kota-jambi/" + desk.counter()).equals(e.key()), 2,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly("id.go.mpp.queue.counter-opened.v1",
                    "id.go.mpp.queue.counter-closed.v1");
        }
    }

    @Test
    void officersActOnlyOnTheirOwnAgencysCountersAndOneCounterAtATime() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.of("imigrasi", service);
        String dukcapil = TestUsers.officer("dukcapil", "kota-jambi");
        TestUsers.as(dukcapil).post(desk.path("open")).then().statusCode(403).body("code", equalTo("other-agency-counter"));
        as(DemoUsers.CITIZEN).post(desk.path("open")).then().statusCode(403);
        given().post(desk.path("open")).then().statusCode(401);
        as(DemoUsers.IMIGRASI_OFFICER).post("/counters/kota-jambi/NOPE-9/open").then().statusCode(404)
                .body("code", equalTo("counter-not-found"));

        desk.officer().post(desk.path("open")).then().statusCode(200);
        desk.officer().post(desk.path("open")).then().statusCode(200);
        String colleague = TestUsers.officer("imigrasi", "kota-jambi");
        TestUsers.as(colleague).post(desk.path("open")).then().statusCode(409).body("code", equalTo("counter-open-by-another"));
        Desk second = Desk.of("imigrasi", service);
        desk.officer().post(second.path("open")).then().statusCode(409).body("code", equalTo("officer-at-another-counter"));

        as(DemoUsers.IMIGRASI_ADMIN).get(desk.path("")).then().statusCode(200).body("status", equalTo("OPEN"));
        as(DemoUsers.DUKCAPIL_ADMIN).get(desk.path("")).then().statusCode(403);
        as(DemoUsers.MPP_ADMIN).get(desk.path("")).then().statusCode(200);
    }

    @Test
    void anAgencysSystemReadsItsOwnCountersFindsAnotherAgencysAbsentAndWorksNone() {
        String simkim = KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret");
        String service = newImigrasiService(0, 60);
        Desk imigrasi = Desk.opened("imigrasi", service);
        String waiting = walkIn(service, null).path("id");
        tick();
        imigrasi.officer().post(imigrasi.path("call-next")).then().statusCode(200);
        Desk oss = Desk.of("dpmptsp", "pbg");

        TestUsers.as(simkim).get(imigrasi.path("")).then().statusCode(200)
                .body("agencyCode", equalTo("imigrasi"))
                .body("status", equalTo("OPEN"))
                .body("current.id", equalTo(waiting))
                .body("current.surveyCode", nullValue());
        imigrasi.officer().get(imigrasi.path("")).then().statusCode(200).body("current.surveyCode", notNullValue());
        TestUsers.as(simkim).get(oss.path("")).then().spec(problem(404)).body("code", equalTo("counter-not-found"));
        TestUsers.as(simkim).get("/counters/kota-batam/" + imigrasi.counter()).then().spec(problem(404));
        Response counters = TestUsers.as(simkim).get("/mpps/kota-jambi/counters");
        counters.then().statusCode(200);
        assertThat(counters.jsonPath().getList("code", String.class)).contains(imigrasi.counter())
                .doesNotContain(oss.counter());
        assertThat(counters.jsonPath().getList("agencyCode", String.class)).containsOnly("imigrasi");

        // It reads the line; the counter is worked by officers only.
        TestUsers.as(simkim).post(imigrasi.path("call-next")).then().spec(problem(403));
        TestUsers.as(simkim).post(imigrasi.path("close")).then().spec(problem(403));
        TestUsers.as(simkim).post("/tickets/" + waiting + "/start").then().spec(problem(403));
    }

    @Test
    void callNextMergesPriorityAndRegularLinesSoNeitherStarves() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        List<String> expected = new ArrayList<>();
        String r1 = walkIn(service, null).path("number");
        tick();
        String r2 = walkIn(service, null).path("number");
        tick();
        String r3 = walkIn(service, null).path("number");
        tick();
        String p1 = walkIn(service, "LANSIA").path("number");
        tick();
        String p2 = walkIn(service, "IBU_HAMIL").path("number");
        tick();
        String p3 = walkIn(service, "DISABILITAS").path("number");
        tick();
        expected.addAll(List.of(p1, r1, p2, p3, r2, r3));
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Response call = desk.officer().post(desk.path("call-next"));
            call.then().statusCode(200);
            called.add(call.path("number"));
            desk.complete(call.path("id"));
            tick();
        }
        assertThat(called).containsExactlyElementsOf(expected);
    }

    @Test
    void aCalledCitizenIsRecalledBeforeANoShowAndTheCounterIsBusyUntilThen() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String first = walkIn(service, null).path("id");
        tick();
        walkIn(service, null);
        assertThat(desk.callNextId()).isEqualTo(first);
        desk.officer().post(desk.path("call-next")).then().statusCode(409).body("code", equalTo("counter-busy"));
        desk.officer().header("Accept-Language", "en").post("/tickets/" + first + "/no-show").then().statusCode(409)
                .body("code", equalTo("no-show-too-soon"))
                .body("detail", equalTo("Recall first: 0 of 2 recalls made so far"));
        desk.officer().post("/tickets/" + first + "/recall").then().statusCode(200).body("recalls", equalTo(1));
        desk.officer().post("/tickets/" + first + "/recall").then().statusCode(200).body("recalls", equalTo(2));
        desk.officer().post("/tickets/" + first + "/no-show").then().statusCode(200).body("status", equalTo("NO_SHOW"));
        desk.officer().post("/tickets/" + first + "/recall").then().statusCode(409)
                .body("code", equalTo("ticket-wrong-state")).body("detail", containsString("NO_SHOW"));
        desk.officer().post(desk.path("call-next")).then().statusCode(200);

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            List<ReceivedEvent> events = reader.await(e -> first.equals(e.subject()) && !TurnNearTests.TURN_NEAR.equals(e.type()), 5,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsSequence("id.go.mpp.queue.ticket-recalled.v1",
                    "id.go.mpp.queue.ticket-recalled.v1", "id.go.mpp.queue.ticket-no-show.v1");
            assertThat(events.get(4).json().get("recalls").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aParkedTicketIsCalledBackLaterAndReturnsToItsLineWhenTheCounterCloses() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String parked = walkIn(service, null).path("id");
        tick();
        String next = walkIn(service, null).path("id");
        tick();
        assertThat(desk.callNextId()).isEqualTo(parked);
        desk.officer().post("/tickets/" + parked + "/park").then().statusCode(200).body("status", equalTo("PARKED"));
        desk.officer().get(desk.path("")).then().body("parked.id", equalTo(List.of(parked))).body("current", nullValue());
        assertThat(desk.callNextId()).isEqualTo(next);
        desk.complete(next);
        desk.officer().body("{\"counterCode\": \"" + desk.counter() + "\"}").post("/tickets/" + parked + "/call")
                .then().statusCode(200).body("status", equalTo("CALLED"));
        desk.officer().post("/tickets/" + parked + "/park").then().statusCode(200);
        desk.officer().post(desk.path("close")).then().statusCode(200);
        as(DemoUsers.IMIGRASI_OFFICER).get("/tickets/" + parked).then().body("status", equalTo("WAITING"))
                .body("counterCode", nullValue());
    }

    @Test
    void aCounterCallsOnlyItsOwnServicesAndOnlyWhenOpenedByItsAgency() {
        String service = newImigrasiService(0, 60);
        String other = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String elsewhere = walkIn(other, null).path("id");
        desk.officer().post(desk.path("call-next")).then().statusCode(204);
        desk.officer().body("{\"counterCode\": \"" + desk.counter() + "\"}").post("/tickets/" + elsewhere + "/call")
                .then().statusCode(422).body("code", equalTo("service-not-at-counter"));
        Desk closed = Desk.of("imigrasi", other);
        desk.officer().body("{\"counterCode\": \"" + closed.counter() + "\"}").post("/tickets/" + elsewhere + "/call")
                .then().statusCode(409).body("code", equalTo("counter-closed"));
    }

    @Test
    void aPbgVisitIsTransferredToPuprKeepingItsPlaceAndShowsAsOneJourney() {
        Desk oss = Desk.opened("dpmptsp", "pbg");
        String citizen = TestUsers.citizen();
        Response applied = TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"pbg\"}")
                .post("/tickets");
        applied.then().statusCode(201);
        String pbgTicket = applied.path("id");
        String visitId = applied.path("visitId");
        tick();
        // Someone walks in to PUPR directly after the PBG applicant arrived.
        String puprWalkIn = walkIn("rekomendasi-pupr", null).path("id");
        tick();
        assertThat(oss.callNextId()).isEqualTo(pbgTicket);
        tick();
        Response transferred = oss.officer()
                .body("{\"serviceCode\": \"rekomendasi-pupr\", \"note\": \"Perlu rekomendasi teknis bangunan\"}")
                .post("/tickets/" + pbgTicket + "/transfer");
        transferred.then().statusCode(201)
                .body("visitId", equalTo(visitId))
                .body("step", equalTo(2))
                .body("agencyCode", equalTo("pupr"))
                .body("status", equalTo("WAITING"));
        String puprTicket = transferred.path("id");

        Desk pupr = Desk.opened("pupr", "rekomendasi-pupr");
        assertThat(pupr.callNextId()).as("the transferred visit arrived first").isEqualTo(puprTicket);
        pupr.complete(puprTicket);
        assertThat(pupr.callNextId()).isEqualTo(puprWalkIn);

        TestUsers.as(citizen).get("/visits/" + visitId + "/journey").then().statusCode(200)
                .body("finished", equalTo(true))
                .body("steps.agencyCode", equalTo(List.of("dpmptsp", "pupr")))
                .body("steps.status", equalTo(List.of("TRANSFERRED", "COMPLETED")))
                .body("steps[1].outcome", equalTo("SERVED"))
                .body("steps[1].transferNote", equalTo("Perlu rekomendasi teknis bangunan"))
                .body("steps[1].counterName", equalTo("Loket uji " + pupr.counter()));
        pupr.officer().get("/visits/" + visitId + "/journey").then().statusCode(200);
        as(DemoUsers.DUKCAPIL_OFFICER).get("/visits/" + visitId + "/journey").then().statusCode(404);
        TestUsers.as(TestUsers.citizen()).get("/visits/" + visitId + "/journey").then().statusCode(404);

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            ReceivedEvent event = reader.await(e -> visitId.equals(e.key())
                    && e.type().equals("id.go.mpp.queue.ticket-transferred.v1"), 1, Duration.ofSeconds(15)).get(0);
            assertThat(event.json().get("fromAgencyCode").asText()).isEqualTo("dpmptsp");
            assertThat(event.json().get("toAgencyCode").asText()).isEqualTo("pupr");
        }
    }

    @Test
    void citizensSeeHowManyAreAheadAndTheEstimatedWaitOnceACounterIsOpen() {
        String service = newImigrasiService(0, 60);
        String citizen = TestUsers.citizen();
        walkIn(service, null);
        tick();
        walkIn(service, null);
        tick();
        String mine = TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                .post("/tickets").path("id");
        tick();
        TestUsers.as(citizen).get("/tickets/" + mine + "/position").then().statusCode(200)
                .body("ahead", equalTo(2))
                .body("openCounters", equalTo(0))
                .body("estimatedWaitMinutes", nullValue());
        Desk.opened("imigrasi", service);
        TestUsers.as(citizen).get("/tickets/" + mine + "/position").then().statusCode(200)
                .body("ahead", equalTo(2))
                .body("openCounters", equalTo(1))
                .body("averageServiceMinutes", equalTo(15))
                .body("estimatedWaitMinutes", equalTo(30));
        given().get("/services/" + service + "/wait?mpp=kota-jambi").then().statusCode(200)
                .body("waiting", equalTo(3))
                .body("estimatedWaitMinutes", equalTo(45));
        TestUsers.as(TestUsers.citizen()).get("/tickets/" + mine + "/position").then().statusCode(404);
    }

    @Test
    void aColleagueCannotWorkAnotherOfficersCounterOrTicketButTheAgencyAdminMay() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String colleague = TestUsers.officer("imigrasi", "kota-jambi");
        walkIn(service, null);
        walkIn(service, null);
        tick();
        TestUsers.as(colleague).post(desk.path("call-next")).then().spec(problem(403));
        String id = desk.callNextId();
        TestUsers.as(colleague).post("/tickets/" + id + "/recall").then().statusCode(403)
                .body("code", equalTo("other-officers-ticket"));
        TestUsers.as(colleague).body("{\"outcome\": \"SERVED\"}").post("/tickets/" + id + "/complete")
                .then().statusCode(403);
        TestUsers.as(colleague).post(desk.path("close")).then().statusCode(403);
        desk.officer().get("/tickets/" + id).then().body("status", equalTo("CALLED"));
        // The agency's admin may step in (e.g. the officer fell ill).
        as(DemoUsers.IMIGRASI_ADMIN).body("{\"outcome\": \"NOT_SERVED\"}").post("/tickets/" + id + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        as(DemoUsers.IMIGRASI_ADMIN).post(desk.path("close")).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aCitizensPriorityRequestClearedAtTheCallSendsTheTicketBackToTheRegularLineKeepingItsPlace() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String citizen = TestUsers.citizen();
        String regular = walkIn(service, null).path("id");
        tick();
        String asked = TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service
                        + "\", \"priorityGroup\": \"DISABILITAS\"}").post("/tickets").then().statusCode(201)
                .body("line", equalTo("PRIORITY")).body("priorityConfirmed", equalTo(false)).extract().path("id");
        tick();
        assertThat(desk.callNextId()).as("a priority request is called first").isEqualTo(asked);
        desk.officer().body("{\"confirmed\": false}").post("/tickets/" + asked + "/priority-check")
                .then().statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("line", equalTo("REGULAR"))
                .body("priorityGroup", nullValue())
                .body("counterCode", nullValue());
        desk.officer().body("{\"confirmed\": true}").post("/tickets/" + asked + "/priority-check")
                .then().statusCode(409);
        // Back in the regular line by its arrival: after the one who came earlier.
        assertThat(desk.callNextId()).isEqualTo(regular);

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            ReceivedEvent back = reader.await(e -> asked.equals(e.subject())
                    && e.type().equals("id.go.mpp.queue.ticket-returned-to-queue.v1"), 1, Duration.ofSeconds(15)).get(0);
            assertThat(back.json().get("reason").asText()).isEqualTo("PRIORITY_CLEARED");
            assertThat(back.json().get("line").asText()).isEqualTo("REGULAR");
            assertThat(back.data()).doesNotContain("DISABILITAS");
        }
    }

    @Test
    void aConfirmedPriorityRequestStaysAtTheCounterAndIsPublished() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String asked = TestUsers.as(TestUsers.citizen()).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \""
                + service + "\", \"priorityGroup\": \"LANSIA\"}").post("/tickets").then().statusCode(201)
                .extract().path("id");
        tick();
        assertThat(desk.callNextId()).isEqualTo(asked);
        desk.officer().body("{\"confirmed\": true}").post("/tickets/" + asked + "/priority-check")
                .then().statusCode(200)
                .body("status", equalTo("CALLED"))
                .body("priorityConfirmed", equalTo(true));
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            ReceivedEvent confirmed = reader.await(e -> asked.equals(e.subject())
                    && e.type().equals("id.go.mpp.queue.ticket-priority-confirmed.v1"), 1, Duration.ofSeconds(15)).get(0);
            assertThat(confirmed.data()).doesNotContain("LANSIA");
        }
    }

    @Test
    void parkingAndReturningToTheQueueArePublishedLikeEveryOtherTransition() {
        String service = newImigrasiService(0, 60);
        Desk desk = Desk.opened("imigrasi", service);
        String id = walkIn(service, null).path("id");
        tick();
        desk.callNextId();
        desk.officer().post("/tickets/" + id + "/park").then().statusCode(200).body("status", equalTo("PARKED"));
        tick();
        desk.officer().post(desk.path("close")).then().statusCode(200);
        desk.officer().get("/tickets/" + id).then().body("status", equalTo("WAITING"));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            List<ReceivedEvent> events = reader.await(e -> id.equals(e.subject()) && !TurnNearTests.TURN_NEAR.equals(e.type()), 4,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                    "id.go.mpp.queue.ticket-issued.v1", "id.go.mpp.queue.ticket-called.v1",
                    "id.go.mpp.queue.ticket-parked.v1", "id.go.mpp.queue.ticket-returned-to-queue.v1");
            assertThat(events.get(3).json().get("reason").asText()).isEqualTo("COUNTER_CLOSED");
            assertThat(events.get(3).json().get("counterCode").asText()).isEqualTo(desk.counter());
        }
    }

    @Test
    void eachStepOfATransferredVisitHasASurveyCodeOfItsOwn() {
        Desk oss = Desk.opened("dpmptsp", "pbg");
        Response walkedIn = walkIn("pbg", null);
        String id = walkedIn.path("id");
        String firstCode = walkedIn.path("surveyCode");
        tick();
        assertThat(oss.callNextId()).isEqualTo(id);
        Response transferred = oss.officer().body("{\"serviceCode\": \"rekomendasi-pupr\"}")
                .post("/tickets/" + id + "/transfer");
        transferred.then().statusCode(201)
                .body("step", equalTo(2))
                .body("surveyCode", matchesPattern(SURVEY_CODE));
        String nextId = transferred.path("id");
        String nextCode = transferred.path("surveyCode");
        assertThat(nextCode).as("each agency's step is its own service unit").isNotEqualTo(firstCode);
        oss.officer().get("/tickets/" + id).then().statusCode(200).body("surveyCode", equalTo(firstCode));

        // Served at once, so it does not wait in PUPR's line for other tests' calls.
        Desk pupr = Desk.opened("pupr", "rekomendasi-pupr");
        pupr.officer().body("{\"counterCode\": \"" + pupr.counter() + "\"}").post("/tickets/" + nextId + "/call")
                .then().statusCode(200);
        pupr.officer().body("{\"outcome\": \"SERVED\"}").post("/tickets/" + nextId + "/complete")
                .then().statusCode(200).body("surveyCode", equalTo(nextCode));
    }

    @Test
    void aTransferNoteIsStoredAndPublishedWithNikAndPhoneMasked() {
        Desk oss = Desk.opened("dpmptsp", "pbg");
        String id = walkIn("pbg", null).path("id");
        tick();
        assertThat(oss.callNextId()).isEqualTo(id);
        String next = oss.officer().body("{\"serviceCode\": \"rekomendasi-pupr\", \"note\": "
                        + "\"Pemohon NIK 1571015208900003, HP 0812-3456-7890\"}")
                .post("/tickets/" + id + "/transfer").then().statusCode(201)
                .body("transferNote", equalTo("Pemohon NIK 1571**********03, HP 0812*****890"))
                .extract().path("id");
        oss.officer().body("{\"serviceCode\": \"rekomendasi-pupr\", \"note\": \"" + "x".repeat(281) + "\"}")
                .post("/tickets/" + next + "/transfer").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            ReceivedEvent transferred = reader.await(e -> next.equals(e.subject())
                    && e.type().equals("id.go.mpp.queue.ticket-transferred.v1"), 1, Duration.ofSeconds(15)).get(0);
            assertThat(transferred.json().get("note").asText()).isEqualTo("Pemohon NIK 1571**********03, HP 0812*****890");
            assertThat(transferred.data()).doesNotContain("1571015208900003").doesNotContain("3456-7890");
        }
    }

    private static Response walkIn(String service, String priorityGroup) {
        String body = "{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\""
                + (priorityGroup == null ? "" : ", \"priorityGroup\": \"" + priorityGroup + "\"") + "}";
        Response response = TestUsers.as(TestUsers.kiosk()).body(body).post("/tickets");
        response.then().statusCode(201);
        return response;
    }
}
