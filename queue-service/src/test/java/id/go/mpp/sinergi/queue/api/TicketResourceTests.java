package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.ReadableCodes;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TestUsers;
import id.go.mpp.sinergi.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.time.Duration;
import java.util.List;

import static id.go.mpp.sinergi.queue.api.BookingResourceTests.SURVEY_CODE;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class TicketResourceTests {

    /** Monday 23 November 2026, 10:00 WIB: MPP Kota Jambi is open. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T03:00:00Z");

    @BeforeEach
    void mondayMorningInJambi() {
        at(MONDAY_MORNING);
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void theServiceCatalogueIsPublicAndSpeaksTheRequestLanguage() {
        given().when().get("/services?mpp=kota-jambi")
                .then().statusCode(200)
                .body("code", hasItem("paspor-baru"))
                .body("find { it.code == 'paspor-baru' }.name", equalTo("Paspor baru"));
        given().header("Accept-Language", "en").when().get("/services?mpp=kota-jambi")
                .then().statusCode(200)
                .body("find { it.code == 'paspor-baru' }.name", equalTo("New passport"));
    }

    @Test
    void takingATicketWithoutATokenIs401() {
        given().contentType("application/json").body(issue("paspor-baru"))
                .when().post("/tickets")
                .then().statusCode(401);
    }

    @Test
    void aCitizenMayNotCallATicketAndGets403() {
        String id = TestUsers.as(TestUsers.citizen()).body(issue("paspor-baru")).post("/tickets").then().statusCode(201)
                .extract().path("id");
        as(DemoUsers.CITIZEN).body("{\"counterCode\": \"IMI-1\"}").post("/tickets/" + id + "/call")
                .then().spec(problem(403));
    }

    @Test
    void aMissingServiceCodeIs400NamingTheFieldInTheRequestLanguage() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en").body("{\"mppCode\": \"kota-jambi\"}")
                .post("/tickets")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("serviceCode"))
                .body("errors[0].message", equalTo("is required and may not be blank"));
        as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\"}")
                .post("/tickets")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("wajib diisi dan tidak boleh kosong"));
    }

    @Test
    void badJsonIs400AndNothingIsWritten() {
        as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": ")
                .post("/tickets")
                .then().spec(problem(400))
                .body("code", equalTo("malformed-json"));
    }

    @Test
    void anUnknownServiceIs404() {
        as(DemoUsers.CITIZEN).body(issue("sim-keliling")).post("/tickets")
                .then().spec(problem(404))
                .body("code", equalTo("service-not-found"));
    }

    @Test
    void ticketsAreNumberedPerServiceAndDayAndEachIssueIsPublishedAsACloudEvent() {
        String first = TestUsers.as(TestUsers.citizen()).body(issue("akta-kelahiran")).post("/tickets").then().statusCode(201)
                .body("number", matchesPattern("DUK-C-\\d{3}"))
                .body("status", equalTo("WAITING"))
                .extract().path("number");
        ValidatableResponse second = TestUsers.as(TestUsers.citizen()).body(issue("akta-kelahiran")).post("/tickets")
                .then().statusCode(201);
        int n1 = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        second.body("number", equalTo(String.format("DUK-C-%03d", n1 + 1)));
        String ticketId = second.extract().path("id");
        String visitId = second.extract().path("visitId");

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            ReceivedEvent event = reader.await(e -> ticketId.equals(e.subject()), 1, Duration.ofSeconds(15)).get(0);
            assertThat(event.type()).isEqualTo("id.go.mpp.queue.ticket-issued.v1");
            assertThat(event.key()).isEqualTo(visitId);
            assertThat(event.source()).isEqualTo("/sinergi/queue-service");
            assertThat(event.json().get("ticketNumber").asText()).isEqualTo(String.format("DUK-C-%03d", n1 + 1));
            assertThat(event.json().get("channel").asText()).isEqualTo("WALK_IN");
        }
    }

    @Test
    void theAgencysOfficerCallsAndCompletesATicketAndBothStepsArePublished() {
        String citizen = TestUsers.citizen();
        String id = TestUsers.as(citizen).body(issue("paspor-baru")).post("/tickets").then().statusCode(201)
                .extract().path("id");
        Desk desk = Desk.opened("imigrasi", "paspor-baru");
        desk.officer().body("{\"counterCode\": \"" + desk.counter() + "\"}").post("/tickets/" + id + "/call")
                .then().statusCode(200)
                .body("status", equalTo("CALLED"))
                .body("counterCode", equalTo(desk.counter()));
        desk.officer().body("{\"outcome\": \"SERVED\"}").post("/tickets/" + id + "/complete")
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outcome", equalTo("SERVED"));
        TestUsers.as(citizen).get("/tickets/" + id).then().statusCode(200).body("status", equalTo("COMPLETED"));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            List<ReceivedEvent> events = reader.await(e -> id.equals(e.subject()) && !TurnNearTests.TURN_NEAR.equals(e.type()), 3,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                    "id.go.mpp.queue.ticket-issued.v1", "id.go.mpp.queue.ticket-called.v1",
                    "id.go.mpp.queue.ticket-completed.v1");
            assertThat(events.get(2).json().get("outcome").asText()).isEqualTo("SERVED");
            assertThat(events.get(2).json().get("counterCode").asText()).startsWith("T");
        }
    }

    @Test
    void anOfficerOfAnotherAgencyCannotCallTheTicket() {
        String citizen = TestUsers.citizen();
        String id = TestUsers.as(citizen).body(issue("paspor-baru")).post("/tickets").then().statusCode(201)
                .extract().path("id");
        as(DemoUsers.DUKCAPIL_OFFICER).body("{\"counterCode\": \"DUK-1\"}").post("/tickets/" + id + "/call")
                .then().statusCode(403)
                .body("code", equalTo("other-agency"));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/tickets/" + id).then().statusCode(404);
        TestUsers.as(citizen).get("/tickets/" + id).then().statusCode(200).body("status", equalTo("WAITING"));
    }

    @Test
    void completingATicketThatWasNotCalledIs409NamingItsState() {
        String id = TestUsers.as(TestUsers.citizen()).body(issue("paspor-baru")).post("/tickets").then().statusCode(201)
                .extract().path("id");
        as(DemoUsers.IMIGRASI_OFFICER).header("Accept-Language", "en").body("{\"outcome\": \"SERVED\"}")
                .post("/tickets/" + id + "/complete")
                .then().spec(problem(409))
                .body("code", equalTo("ticket-wrong-state"))
                .body("detail", containsString("WAITING"));
    }

    @Test
    void anUnknownTicketIs404() {
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"counterCode\": \"IMI-1\"}")
                .post("/tickets/3f2504e0-4f89-11d3-9a0c-0305e82c3301/call")
                .then().statusCode(404)
                .body("code", equalTo("ticket-not-found"));
    }

    @Test
    void anInvalidOutcomeIs400NamingTheField() {
        String id = TestUsers.as(TestUsers.citizen()).body(issue("paspor-baru")).post("/tickets").then().statusCode(201)
                .extract().path("id");
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"outcome\": \"MAYBE\"}").post("/tickets/" + id + "/complete")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    private static String issue(String service) {
        return "{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}";
    }

    @Test
    void aTicketForAServiceThatRequiresANibNamesTheBusinessesNibWhichQueueServiceKeepsNowhere() {
        given().when().get("/mpps/kota-jambi/services/izin-usaha").then().statusCode(200)
                .body("requiresNib", equalTo(true));
        TestUsers.as(TestUsers.kiosk()).header("Accept-Language", "en").body(issue("izin-usaha")).post("/tickets")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("nib"))
                .body("errors[0].message", equalTo(
                        "Business licence (risk-based licensing) needs your business's NIB (13 digits)"));
        TestUsers.as(TestUsers.kiosk()).body(issue("izin-usaha").replace("}", ", \"nib\": \"91200\"}"))
                .post("/tickets").then().spec(problem(400)).body("errors[0].field", equalTo("nib"));

        String visitId = TestUsers.as(TestUsers.kiosk())
                .body(issue("izin-usaha").replace("}", ", \"nib\": \"9120001234561\"}")).post("/tickets")
                .then().statusCode(201).body("number", startsWith("OSS-C-")).extract().path("visitId");
        // a service that needs none takes one as well (a kiosk may always ask), and minds it no more
        TestUsers.as(TestUsers.kiosk()).body(issue("pbg").replace("}", ", \"nib\": \"9120001234561\"}"))
                .post("/tickets").then().statusCode(201);
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                Topics.QUEUE_VISITS)) {
            ReceivedEvent issued = reader.await(e -> visitId.equals(e.key()), 1, Duration.ofSeconds(15)).get(0);
            assertThat(issued.type()).isEqualTo("id.go.mpp.queue.ticket-issued.v1");
            assertThat(issued.data()).doesNotContain("9120001234561");
        }
    }


    @Test
    void onSundayAWalkInIsRefusedWithTheReason() {
        at(Instant.parse("2026-11-22T03:00:00Z"));
        as(DemoUsers.CITIZEN).header("Accept-Language", "en").body(issue("paspor-baru")).post("/tickets")
                .then().spec(problem(422))
                .body("code", equalTo("not-a-working-day"))
                .body("detail", equalTo("Mal Pelayanan Publik Kota Jambi does not serve on Sunday"));
        as(DemoUsers.CITIZEN).body(issue("paspor-baru")).post("/tickets")
                .then().statusCode(422)
                .body("detail", equalTo("Mal Pelayanan Publik Kota Jambi tidak melayani pada hari Minggu"));
    }

    @Test
    void beforeOpeningTheRefusalTellsTodaysHoursInTheMppsTimeZone() {
        at(Instant.parse("2026-11-23T00:30:00Z"));
        as(DemoUsers.CITIZEN).header("Accept-Language", "en").body(issue("paspor-baru")).post("/tickets")
                .then().statusCode(422)
                .body("code", equalTo("outside-opening-hours"))
                .body("detail", equalTo("Mal Pelayanan Publik Kota Jambi is open 08:00–15:00 WIB today; it is now 07:30 WIB"));
    }

    @Test
    void onAClosedDayAWalkInIsRefusedWithTheReason() {
        at(Instant.parse("2026-12-25T03:00:00Z"));
        as(DemoUsers.CITIZEN).body(issue("paspor-baru")).post("/tickets")
                .then().statusCode(422)
                .body("code", equalTo("mpp-closed-day"))
                .body("detail", equalTo("Mal Pelayanan Publik Kota Jambi tutup pada 2026-12-25: Hari Raya Natal"));
    }

    @Test
    void whenTheDaysWalkInShareIsUsedUpTheNextTicketIsRefusedAndNothingIsWritten() {
        as(DemoUsers.IMIGRASI_ADMIN).body("""
                {"agencyCode": "imigrasi", "nameId": "Uji kuota", "nameEn": "Quota test", "ticketPrefix": "IMI-Q",
                 "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 10,
                 "dailyQuota": {"regular": 2, "priority": 1, "online": 5}, "slaMinutes": 30}""")
                .put("/mpps/kota-jambi/services/uji-kuota").then().statusCode(200);
        TestUsers.as(TestUsers.citizen()).body(issue("uji-kuota")).post("/tickets").then().statusCode(201)
                .body("number", equalTo("IMI-Q-001"));
        as(DemoUsers.IMIGRASI_OFFICER).body(issue("uji-kuota")).post("/tickets").then().statusCode(201)
                .body("number", equalTo("IMI-Q-002"));
        String refused = TestUsers.citizen();
        TestUsers.as(refused).header("Accept-Language", "en").body(issue("uji-kuota")).post("/tickets")
                .then().statusCode(422)
                .body("code", equalTo("walk-in-quota-exhausted"));
        TestUsers.as(refused).get("/tickets/mine").then().statusCode(200)
                .body("findAll { it.serviceCode == 'uji-kuota' }.size()", equalTo(0));
        // The next day starts a new count and a new number series.
        at(MONDAY_MORNING.plus(java.time.Duration.ofDays(1)));
        TestUsers.as(refused).body(issue("uji-kuota")).post("/tickets").then().statusCode(201)
                .body("number", equalTo("IMI-Q-001"));
    }

    @Test
    void priorityVisitorsHaveTheirOwnShareOfTheWalkInQuotaAndEventsSayOnlyThatTheTicketIsPriority() {
        as(DemoUsers.IMIGRASI_ADMIN).body("""
                {"agencyCode": "imigrasi", "nameId": "Uji prioritas", "nameEn": "Priority test", "ticketPrefix": "IMI-P",
                 "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 10,
                 "dailyQuota": {"regular": 1, "priority": 1, "online": 0}, "slaMinutes": 30}""")
                .put("/mpps/kota-jambi/services/uji-prioritas").then().statusCode(200);
        as(DemoUsers.IMIGRASI_OFFICER).body(issue("uji-prioritas")).post("/tickets").then().statusCode(201);
        as(DemoUsers.IMIGRASI_OFFICER).body(issue("uji-prioritas")).post("/tickets").then().statusCode(422)
                .body("code", equalTo("walk-in-quota-exhausted"));
        String priorityTicket = TestUsers.as(TestUsers.citizen())
                .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"uji-prioritas\", \"priorityGroup\": \"IBU_HAMIL\"}")
                .post("/tickets").then().statusCode(201)
                .body("priorityGroup", equalTo("IBU_HAMIL"))
                .body("line", equalTo("PRIORITY"))
                .body("priorityConfirmed", equalTo(false))
                .extract().path("id");
        as(DemoUsers.IMIGRASI_OFFICER)
                .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"uji-prioritas\", \"priorityGroup\": \"LANSIA\"}")
                .post("/tickets").then().statusCode(422);
        as(DemoUsers.IMIGRASI_OFFICER)
                .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"uji-prioritas\", \"priorityGroup\": \"VIP\"}")
                .post("/tickets").then().statusCode(400)
                .body("errors[0].field", equalTo("priorityGroup"));

        // A pregnancy or a disability is health data (UU 27/2022): other services learn that the ticket is priority.
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            ReceivedEvent issued = reader.await(e -> priorityTicket.equals(e.subject()), 1, Duration.ofSeconds(15)).get(0);
            assertThat(issued.json().get("priority").asBoolean()).isTrue();
            assertThat(issued.json().has("priorityGroup")).isFalse();
            assertThat(issued.data()).doesNotContain("IBU_HAMIL");
        }
    }

    @Test
    void aCitizenHoldsOneActiveWalkInTicketPerServiceAndDay() {
        String citizen = TestUsers.citizen();
        TestUsers.as(citizen).body(issue("kartu-keluarga")).post("/tickets").then().statusCode(201);
        TestUsers.as(citizen).header("Accept-Language", "en").body(issue("kartu-keluarga")).post("/tickets")
                .then().spec(problem(409))
                .body("code", equalTo("walk-in-already-held"))
                .body("detail", equalTo("You already hold a ticket for this service today"));
        TestUsers.as(citizen).get("/tickets/mine").then().statusCode(200)
                .body("findAll { it.serviceCode == 'kartu-keluarga' }.size()", equalTo(1));
        // Another service the same day is another ticket.
        TestUsers.as(citizen).body(issue("akta-kelahiran")).post("/tickets").then().statusCode(201);
    }

    @Test
    void anOfficerIssuesWalkInsOnlyIntoTheirOwnAgencysServices() {
        as(DemoUsers.DUKCAPIL_OFFICER).body(issue("paspor-baru")).post("/tickets")
                .then().spec(problem(403));
        as(DemoUsers.DUKCAPIL_OFFICER).body(issue("akta-kelahiran")).post("/tickets").then().statusCode(201);
    }

    @Test
    void theKioskIssuesWalkInsForVisitorsWithoutAnAccount() {
        TestUsers.as(TestUsers.kiosk()).body(issue("akta-kelahiran")).post("/tickets").then().statusCode(201)
                .body("channel", equalTo("WALK_IN"))
                .body("number", matchesPattern("DUK-C-\\d{3}"));
    }

    @Test
    void everyTicketCarriesASurveyCodeOfItsOwnForItsHolderAndTheAgencysStaff() {
        String first = TestUsers.as(TestUsers.kiosk()).body(issue("akta-kelahiran")).post("/tickets").then()
                .statusCode(201)
                .body("surveyCode", matchesPattern(SURVEY_CODE))
                .extract().path("surveyCode");
        String second = TestUsers.as(TestUsers.kiosk()).body(issue("akta-kelahiran")).post("/tickets").then()
                .statusCode(201)
                .body("surveyCode", matchesPattern(SURVEY_CODE))
                .extract().path("surveyCode");
        assertThat(second).isNotEqualTo(first);

        String citizen = TestUsers.citizen();
        ValidatableResponse own = TestUsers.as(citizen).body(issue("kartu-keluarga")).post("/tickets").then()
                .statusCode(201).body("surveyCode", matchesPattern(SURVEY_CODE));
        String id = own.extract().path("id");
        String code = own.extract().path("surveyCode");
        TestUsers.as(citizen).get("/tickets/" + id).then().statusCode(200).body("surveyCode", equalTo(code));
        TestUsers.as(citizen).get("/tickets/mine").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.surveyCode", equalTo(code));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/tickets/" + id).then().statusCode(200).body("surveyCode", equalTo(code));
        as(DemoUsers.IMIGRASI_OFFICER).get("/tickets/" + id).then().spec(problem(404));
        TestUsers.as(TestUsers.citizen()).get("/tickets/" + id).then().spec(problem(404));
    }

    @Test
    void theCompletedEventCarriesOnlyTheHashOfTheSurveyCodeShownAtCompletionAndTheTicketsDay() {
        ValidatableResponse issued = TestUsers.as(TestUsers.kiosk()).body(issue("paspor-baru")).post("/tickets")
                .then().statusCode(201);
        String id = issued.extract().path("id");
        String code = issued.extract().path("surveyCode");
        Desk desk = Desk.opened("imigrasi", "paspor-baru");
        desk.officer().body("{\"counterCode\": \"" + desk.counter() + "\"}").post("/tickets/" + id + "/call")
                .then().statusCode(200);
        desk.officer().body("{\"outcome\": \"SERVED\"}").post("/tickets/" + id + "/complete")
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("surveyCode", equalTo(code));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            List<ReceivedEvent> events = reader.await(e -> id.equals(e.subject()) && !TurnNearTests.TURN_NEAR.equals(e.type()), 3,
                    Duration.ofSeconds(15));
            ReceivedEvent completed = events.get(2);
            assertThat(completed.type()).isEqualTo("id.go.mpp.queue.ticket-completed.v1");
            // Other agencies read the topic: with the code they could answer the visitor's survey.
            assertThat(completed.json().get("surveyCodeHash").asText()).isEqualTo(ReadableCodes.hash(code));
            assertThat(completed.json().get("serviceDate").asText()).isEqualTo("2026-11-23");
            for (ReceivedEvent event : events) {
                assertThat(event.data()).doesNotContain(code).doesNotContain(ReadableCodes.normalized(code));
            }
        }
    }

    @Test
    void aCitizensOwnListIsPaginated() {
        String citizen = TestUsers.citizen();
        TestUsers.as(citizen).body(issue("kartu-keluarga")).post("/tickets").then().statusCode(201);
        TestUsers.as(citizen).body(issue("akta-kelahiran")).post("/tickets").then().statusCode(201);
        String first = TestUsers.as(citizen).get("/tickets/mine?size=1").then().statusCode(200)
                .body("size()", equalTo(1)).extract().path("[0].serviceCode");
        String second = TestUsers.as(citizen).get("/tickets/mine?size=1&page=1").then().statusCode(200)
                .body("size()", equalTo(1)).extract().path("[0].serviceCode");
        assertThat(List.of(first, second)).containsExactlyInAnyOrder("kartu-keluarga", "akta-kelahiran");
        TestUsers.as(citizen).get("/tickets/mine?page=2&size=1").then().statusCode(200).body("size()", equalTo(0));
        TestUsers.as(citizen).get("/tickets/mine?size=1000").then().spec(problem(400));
    }
}
