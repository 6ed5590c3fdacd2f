package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.complaint.app.deadlines.DeadlineSweeps;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.agency.AgencyComplaintResponse;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The SP4N-LAPOR! lifecycle through the API on the real broker, database and Keycloak: who sees what, which step
 * leads where, deadlines in working days, the sweep, and agency systems answering by event.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class ComplaintLifecycleTests {

    /** Monday 7 December 2026, 10:00 in Kota Jambi (WIB). */
    static final Instant MONDAY = Instant.parse("2026-12-07T03:00:00Z");

    @Inject
    DeadlineSweeps sweeps;

    @AfterEach
    void realClock() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    /** The deadline sweep, as the scheduler runs it. */
    private void sweep() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sweeps.sweep());
    }

    /** Sets the application's clock (until the test ends). */
    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    static String fileAsCitizen(String description) {
        return as(DemoUsers.CITIZEN)
                .body("{\"category\": \"PENGADUAN\", \"description\": \"" + description + "\", "
                        + "\"mppCode\": \"kota-jambi\", \"agencyCode\": \"imigrasi\", "
                        + "\"reporter\": {\"name\": \"Siti Aminah\", \"phone\": \"0812-3456-7890\"}}")
                .post("/complaints").then().statusCode(201).extract().path("trackingId");
    }

    static RequestSpecification act(DemoUsers user, String note) {
        return as(user).body(note == null ? "{}" : "{\"note\": \"" + note + "\"}");
    }

    @Test
    void aComplaintGoesFromSubmissionThroughTheAgencyToTheReportersConfirmation() {
        at(MONDAY);
        String id = fileAsCitizen("Paspor saya belum jadi setelah 3 minggu");
        // Verification due within 3 working days: Thursday 10 December, until midnight WIB.
        as(DemoUsers.CITIZEN).get("/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("deadline.stage", equalTo("VERIFICATION"))
                .body("deadline.dueDay", equalTo("2026-12-10"))
                .body("deadline.dueAt", equalTo("2026-12-10T17:00:00Z"))
                .body("reporter.name", equalTo("Siti Aminah"))
                .body("reporter.phone", matchesPattern("0812\\*+7890|.*\\*.*"));

        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("deadline.stage", equalTo("DISPOSITION"));
        // Not with the agency yet: imigrasi does not see it.
        as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + id).then().spec(problem(404));

        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"note\": \"Mohon ditindaklanjuti\"}")
                .post("/complaints/" + id + "/disposition").then().statusCode(200)
                .body("status", equalTo("DISPOSITIONED"))
                .body("assignedAgency", equalTo("imigrasi"))
                // Follow-up within 5 working days of Monday: Monday 14 December.
                .body("deadline.dueDay", equalTo("2026-12-14"));

        // The agency sees it, without who reported it; another agency does not see it at all.
        as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + id).then().statusCode(200)
                .body("reporter", nullValue())
                .body("description", equalTo("Paspor saya belum jadi setelah 3 minggu"));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/complaints/" + id).then().spec(problem(404));
        act(DemoUsers.DUKCAPIL_OFFICER, "bukan kami").post("/complaints/" + id + "/respond").then().spec(problem(404));
        as(DemoUsers.IMIGRASI_OFFICER).get("/complaints").then().statusCode(200)
                .body("items.trackingId", hasItem(id));
        // The MPP admin's list, unfiltered and by status (each filter optional).
        as(DemoUsers.MPP_ADMIN).get("/complaints").then().statusCode(200).body("items.trackingId", hasItem(id));
        as(DemoUsers.MPP_ADMIN).get("/complaints?status=DISPOSITIONED").then().statusCode(200)
                .body("items.trackingId", hasItem(id)).body("items.status", everyItem(equalTo("DISPOSITIONED")));
        as(DemoUsers.MPP_ADMIN).get("/complaints?status=CLOSED&agency=imigrasi").then().statusCode(200)
                .body("items.trackingId", not(hasItem(id)));

        act(DemoUsers.IMIGRASI_OFFICER, null).post("/complaints/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        at(MONDAY.plus(Duration.ofDays(1)));
        act(DemoUsers.IMIGRASI_OFFICER, "Paspor siap diambil di loket 2").post("/complaints/" + id + "/respond")
                .then().statusCode(200)
                .body("status", equalTo("RESPONDED"))
                .body("deadline.stage", equalTo("AUTO_CLOSE"))
                // 10 working days after Tuesday 8 December: Tuesday 22 December.
                .body("deadline.dueDay", equalTo("2026-12-22"));

        act(DemoUsers.CITIZEN, "Terima kasih").post("/complaints/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closure", equalTo("CONFIRMED"))
                .body("history.action", contains("SUBMIT", "VERIFY", "DISPOSITION", "START", "RESPOND", "CONFIRM"));

        // A step the status does not allow is 409; a step of another role is 403.
        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().spec(problem(409));
        act(DemoUsers.IMIGRASI_OFFICER, null).post("/complaints/" + id + "/verify").then().spec(problem(403));
    }

    @Test
    void everyStepIsAnEventKeyedByTheComplaintWithoutTheReporterOrTheText() {
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                Topics.COMPLAINT_EVENTS)) {
            String id = fileAsCitizen("Petugas meminta uang pelicin 0812-3456-7890");
            act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().statusCode(200);
            act(DemoUsers.MPP_ADMIN, "Bukan pengaduan").post("/complaints/" + id + "/archive").then().statusCode(200);
            List<ReceivedEvent> events = reader.await(e -> id.equals(e.key()), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                    "id.go.mpp.complaint.complaint-submitted.v1", "id.go.mpp.complaint.complaint-verified.v1",
                    "id.go.mpp.complaint.complaint-archived.v1");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.json().toString()).doesNotContain("Siti", "0812", "pelicin", "Bukan pengaduan");
                assertThat(e.subject()).isEqualTo(id);
            });
            assertThat(events.get(0).json().path("verifyBy").asText()).isNotBlank();
        }
    }

    @Test
    void aVisitorWithoutAnAccountFollowsTheComplaintWithTheSecretGivenOnce() {
        String ticketId = UUID.randomUUID().toString();
        String visitId = UUID.randomUUID().toString();
        try (EventPublisher queue = new EventPublisher(KafkaTestResource.broker().bootstrapServers())) {
            queue.publish(new TicketIssued(visitId, ticketId, "IMI-B-017", "kota-jambi", "imigrasi", "paspor-baru",
                    null, "WALK_IN", false, LocalDate.now(), Instant.now()));
            queue.publish(new TicketCalled(visitId, ticketId, "IMI-B-017", "kota-jambi", "imigrasi", "paspor-baru",
                    "IMI-2", "petugas", Instant.now(), 600));
            queue.publish(new TicketCompleted(visitId, ticketId, "IMI-B-017", "kota-jambi", "imigrasi",
                    "paspor-baru", "IMI-2", null, "SERVED", Instant.now(), 600, 300, null, null));
        }
        var filed = await().atMost(Duration.ofSeconds(20)).until(() -> given().contentType("application/json")
                .body("{\"category\": \"PENGADUAN\", \"description\": \"Petugas loket tidak ramah\", "
                        + "\"ticketId\": \"" + ticketId + "\", \"anonymous\": true}")
                .post("/complaints"), r -> r.statusCode() == 201).then()
                .body("ticketNumber", equalTo("IMI-B-017"))
                .body("counterCode", equalTo("IMI-2"))
                .body("agencyCode", equalTo("imigrasi"))
                .body("secret", matchesPattern("[0-9A-Z]{16}"))
                .extract();
        String id = filed.path("trackingId");
        String secret = filed.path("secret");

        given().header("X-Complaint-Secret", secret).get("/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("secret", nullValue());
        // A wrong secret and no secret answer exactly as an unknown complaint does.
        String wrong = given().header("X-Complaint-Secret", "AAAAAAAAAAAAAAAA").get("/complaints/" + id)
                .then().spec(problem(404)).extract().path("detail");
        String unknown = given().header("X-Complaint-Secret", "AAAAAAAAAAAAAAAA").get("/complaints/ADU-20261207-ZZZZZZZZ")
                .then().spec(problem(404)).extract().path("code");
        assertThat(wrong).contains(id);
        assertThat(unknown).isEqualTo("complaint-not-found");
        given().get("/complaints/" + id).then().spec(problem(404));
        // The anonymous visitor's identity: the MPP admin sees nothing until a stated, audited reveal.
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200).body("reporter", nullValue());
        as(DemoUsers.MPP_ADMIN).body("{\"reason\": \"\"}").post("/complaints/" + id + "/reveal-identity")
                .then().spec(problem(400));
        as(DemoUsers.MPP_ADMIN).body("{\"reason\": \"Dugaan pungli, perlu keterangan pelapor\"}")
                .post("/complaints/" + id + "/reveal-identity").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200)
                .body("history.action", hasItem("REVEAL_IDENTITY"));
        // The secret holder comments like a reporter.
        given().header("X-Complaint-Secret", secret).contentType("application/json")
                .body("{\"body\": \"Nama petugas di papan: Budi\"}").post("/complaints/" + id + "/comments")
                .then().statusCode(201).body("author", equalTo("REPORTER"));
    }

    @Test
    void lookUpsWithASecretAreLimitedPerClient() {
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = given().header("X-Complaint-Secret", "BBBBBBBBBBBBBBBB").header("X-Forwarded-For", "203.0.113.9")
                    .get("/complaints/ADU-20261207-YYYYYYYY").statusCode();
            if (status == 429) {
                refused++;
            } else {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(20);
        given().header("X-Complaint-Secret", "BBBBBBBBBBBBBBBB").header("X-Forwarded-For", "203.0.113.9")
                .get("/complaints/ADU-20261207-YYYYYYYY").then().spec(problem(429));
        given().header("X-Complaint-Secret", "BBBBBBBBBBBBBBBB").header("X-Forwarded-For", "203.0.113.10")
                .get("/complaints/ADU-20261207-YYYYYYYY").then().spec(problem(404));
    }

    @Test
    void notOurAuthoritySendsTheComplaintBackToTriageAndTheHistoryShowsBothAgencies() {
        String id = fileAsCitizen("KTP saya salah ketik nama");
        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}").post("/complaints/" + id + "/disposition")
                .then().statusCode(200);
        act(DemoUsers.IMIGRASI_OFFICER, "Urusan Dukcapil").post("/complaints/" + id + "/not-our-authority")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + id).then().spec(problem(404));
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"dukcapil\"}").post("/complaints/" + id + "/disposition")
                .then().statusCode(200).body("assignedAgency", equalTo("dukcapil"));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/complaints/" + id).then().statusCode(200)
                .body("history.agencyCode", contains("imigrasi", null, "imigrasi", "imigrasi", "dukcapil"));
    }

    @Test
    void theReporterReopensAResponseWithinTenWorkingDaysButNotAfter() {
        at(MONDAY);
        String id = fileAsCitizen("Antrean tidak dipanggil");
        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}").post("/complaints/" + id + "/disposition")
                .then().statusCode(200);
        act(DemoUsers.IMIGRASI_OFFICER, "Sudah kami cek").post("/complaints/" + id + "/respond").then().statusCode(200);
        act(DemoUsers.CITIZEN, "Belum selesai").post("/complaints/" + id + "/reopen").then().statusCode(200)
                .body("status", equalTo("DISPOSITIONED"));
        act(DemoUsers.IMIGRASI_OFFICER, "Sudah kami perbaiki").post("/complaints/" + id + "/respond")
                .then().statusCode(200);
        // 10 working days after Monday 7 December end on Monday 21 December; on the 22nd it is too late.
        at(Instant.parse("2026-12-22T03:00:00Z"));
        act(DemoUsers.CITIZEN, "Masih belum").post("/complaints/" + id + "/reopen").then().spec(problem(409))
                .body("code", equalTo("complaint-reopen-window-closed"));
    }

    @Test
    void theSweepEscalatesABreachedDeadlineOnceAndClosesWhatIsDue() throws Throwable {
        at(MONDAY);
        String late = fileAsCitizen("Tidak ada yang memverifikasi");
        String answered = fileAsCitizen("Sudah dijawab");
        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + answered + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}").post("/complaints/" + answered + "/disposition")
                .then().statusCode(200);
        act(DemoUsers.IMIGRASI_OFFICER, "Selesai").post("/complaints/" + answered + "/respond").then().statusCode(200);

        // Friday 11 December: verification (due Thursday) is breached; auto-close is not due yet.
        at(Instant.parse("2026-12-11T03:00:00Z"));
        sweep();
        sweep();
        as(DemoUsers.MPP_ADMIN).get("/escalations?size=100").then().statusCode(200)
                .body("findAll { it.trackingId == '" + late + "' }.stage", contains("VERIFICATION"));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + late).then().body("deadline.breached", equalTo(true));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + answered).then().body("status", equalTo("RESPONDED"));

        // Tuesday 22 December: 10 working days after Monday's response have passed: closed by itself.
        at(Instant.parse("2026-12-22T03:00:00Z"));
        sweep();
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + answered).then()
                .body("status", equalTo("CLOSED")).body("closure", equalTo("AUTO_CLOSED"));
    }

    @Test
    void anAgencySystemRespondsByPublishingAnEventAppliedOnce() {
        String id = fileAsCitizen("Tindak lanjut lewat sistem instansi");
        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}").post("/complaints/" + id + "/disposition")
                .then().statusCode(200);
        try (EventPublisher simkim = new EventPublisher(KafkaTestResource.broker().bootstrapServers())) {
            String eventId = UUID.randomUUID().toString();
            AgencyComplaintResponse response = new AgencyComplaintResponse(id, "kota-jambi", "imigrasi", "RESPOND",
                    "Dijawab dari SIMKIM", Instant.now());
            simkim.publish(response, eventId);
            simkim.publish(response, eventId);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(DemoUsers.IMIGRASI_OFFICER)
                .get("/complaints/" + id).then().statusCode(200).body("status", equalTo("RESPONDED"))
                .body("history.findAll { it.action == 'RESPOND' }.size()", equalTo(1)));
    }

    @Test
    void aDeskOfficerRecordsAVisitorsComplaintAndTheVisitorGetsTheSecret() {
        as(DemoUsers.IMIGRASI_OFFICER)
                .body("{\"category\": \"ASPIRASI\", \"description\": \"Tambah kursi di ruang tunggu\", "
                        + "\"reporter\": {\"name\": \"Pak Rahman\"}}")
                .post("/desk/complaints").then().statusCode(201)
                .body("channel", equalTo("DESK"))
                .body("mppCode", equalTo("kota-jambi"))
                .body("secret", matchesPattern("[0-9A-Z]{16}"));
    }

    @Test
    void aDuplicateMergedIntoAnotherShowsItsReporterTheSurvivingComplaintAndBothHistoriesShowTheMerge() {
        String first = fileAsCitizen("AC ruang tunggu imigrasi mati sejak pagi");
        String second = fileAsCitizen("AC di ruang tunggu imigrasi mati sejak pagi tadi");
        act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + first + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + second + "/duplicates").then().statusCode(200)
                .body("trackingId", hasItem(first));
        as(DemoUsers.MPP_ADMIN).body("{\"note\": \"Sama dengan " + first + "\", \"mergedInto\": \"" + first + "\"}")
                .post("/complaints/" + second + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("mergedInto", equalTo(first));
        as(DemoUsers.CITIZEN).get("/complaints/" + second).then().statusCode(200)
                .body("survivor.trackingId", equalTo(first))
                .body("survivor.status", equalTo("VERIFIED"))
                .body("survivor.deadline.stage", equalTo("DISPOSITION"));
        as(DemoUsers.CITIZEN).get("/complaints/" + first).then().statusCode(200)
                .body("history.action", hasItem("MERGE"));
        as(DemoUsers.MPP_ADMIN).body("{\"note\": \"x\", \"mergedInto\": \"" + second + "\"}")
                .post("/complaints/" + first + "/archive").then().spec(problem(422))
                .body("errors[0].field", equalTo("mergedInto"));
    }

    @Test
    void aStepWithoutItsRequiredNoteIs400NamingTheNote() {
        String id = fileAsCitizen("Perlu alasan");
        as(DemoUsers.MPP_ADMIN).header("Accept-Language", "en").body("{}").post("/complaints/" + id + "/reject")
                .then().spec(problem(400)).body("errors[0].field", equalTo("note"))
                .body("errors[0].message", equalTo("is required for this action"));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().body("status", equalTo("SUBMITTED"));
    }
}
