package id.go.mpp.sinergi.complaint.messaging.in;

import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.complaint.app.survey.SurveyFollowUps;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.KnownTicket;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.messaging.consumer.IdempotentConsumer;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * IKM survey responses on the real broker, database and Keycloak: a low score or a comment becomes a follow-up at
 * the rated agency, once per event and per invitation, written in the transaction of the event's record.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class SurveyEventsConsumerTests {

    /** Monday 7 December 2026, 10:00 in Kota Jambi (WIB). */
    private static final Instant MONDAY = Instant.parse("2026-12-07T03:00:00Z");
    private static final List<Integer> LOW = List.of(4, 4, 1, 4, 4, 4, 2, 4, 4);
    private static final List<Integer> GOOD = List.of(4, 3, 3, 4, 4, 3, 4, 4, 3);
    private static final String SUBMITTED = "id.go.mpp.complaint.complaint-submitted.v1";
    private static final String VERIFIED = "id.go.mpp.complaint.complaint-verified.v1";
    private static final String DISPOSITIONED = "id.go.mpp.complaint.complaint-dispositioned.v1";

    @Inject
    SurveyFollowUps followUps;

    @Inject
    IdempotentConsumer idempotentConsumer;

    @AfterEach
    void realClock() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    private static String kafka() {
        return KafkaTestResource.broker().bootstrapServers();
    }

    /** A served imigrasi ticket at counter IMI-3: its ids and number. */
    private record Ticket(String visitId, String ticketId, String number) {

        static Ticket next() {
            return new Ticket(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "IMI-S-" + UUID.randomUUID().toString().substring(0, 6));
        }

        SurveyResponseSubmitted answered(String invitationId, List<Integer> scores, String comment) {
            return new SurveyResponseSubmitted(invitationId, visitId, ticketId, number, "kota-jambi", "imigrasi",
                    "paspor-baru", "IMI-3", LocalDate.of(2026, 12, 7), MONDAY, scores, comment, "P", "25-34",
                    "S1", "PNS", "CODE");
        }
    }

    /** Publishes the ticket's completion and waits until complaint-service knows it. */
    private static void served(Ticket t) {
        try (EventPublisher queue = new EventPublisher(kafka())) {
            queue.publish(new TicketCompleted(t.visitId(), t.ticketId(), t.number(), "kota-jambi", "imigrasi",
                    "paspor-baru", "IMI-3", null, "SERVED", MONDAY, 600, 300, null, LocalDate.of(2026, 12, 7)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> onVertx(() -> Panache.withSession(
                () -> KnownTicket.<KnownTicket>findById(UUID.fromString(t.ticketId())))) != null);
    }

    private static String publish(SurveyResponseSubmitted response) {
        try (EventPublisher survey = new EventPublisher(kafka())) {
            return survey.publish(response);
        }
    }

    /** The tracking id of the one follow-up of the ticket, from its {@code complaint-submitted} event. */
    private static String followUpOf(TopicReader complaintEvents, String ticketId) {
        List<ReceivedEvent> submitted = complaintEvents.await(e -> SUBMITTED.equals(e.type())
                && ticketId.equals(e.json().path("ticketId").asText()), 1, Duration.ofSeconds(30));
        return submitted.get(0).key();
    }

    /** {@code work} on a Vert.x context, as the application runs it; its result. */
    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static long followUpsOfInvitation(String invitationId) {
        return onVertx(() -> Panache.withSession(() -> Complaint.count("surveyInvitationId", invitationId)));
    }

    private static boolean processed(String consumer, String eventId) {
        Object found = onVertx(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from processed_event where consumer = ?1"
                                + " and event_id = ?2")
                        .setParameter(1, consumer).setParameter(2, eventId).getSingleResult())));
        return ((Number) found).longValue() > 0;
    }

    /** Whether the agency's officer finds the complaint in their list (any page). */
    private static boolean inTheListOf(DemoUsers officer, String trackingId) {
        String cursor = null;
        do {
            JsonPath page = as(officer).queryParam("size", 100)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/complaints").then().statusCode(200).extract().jsonPath();
            if (page.getList("items.trackingId", String.class).contains(trackingId)) {
                return true;
            }
            cursor = page.getString("next");
        } while (cursor != null);
        return false;
    }

    @Test
    void aLowScoreBecomesAFollowUpAtTheRatedAgencyLinkedToItsTicketWithAComplaintsFollowUpDeadline() {
        QuarkusMock.installMockForType(Clock.fixed(MONDAY, ZoneOffset.UTC), Clock.class);
        Ticket t = Ticket.next();
        served(t);
        try (TopicReader complaintEvents = TopicReader.fromBeginning(kafka(), Topics.COMPLAINT_EVENTS)) {
            publish(t.answered(UUID.randomUUID().toString(), LOW,
                    "Petugas ketus, telepon saya 0812-3456-7890 atau siti@example.com"));
            String id = followUpOf(complaintEvents, t.ticketId());

            as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + id).then().statusCode(200)
                    .body("channel", equalTo("SURVEY"))
                    .body("category", equalTo("PENGADUAN"))
                    .body("status", equalTo("DISPOSITIONED"))
                    .body("assignedAgency", equalTo("imigrasi"))
                    .body("assignedService", equalTo("paspor-baru"))
                    .body("ticketId", equalTo(t.ticketId()))
                    .body("visitId", equalTo(t.visitId()))
                    .body("ticketNumber", equalTo(t.number()))
                    .body("counterCode", equalTo("IMI-3"))
                    .body("serviceCode", equalTo("paspor-baru"))
                    .body("anonymous", equalTo(true))
                    .body("confidential", equalTo(true))
                    .body("reporter", nullValue())
                    // Disposition on Monday: the agency's follow-up is due within 5 working days, Monday 14 December.
                    .body("deadline.stage", equalTo("FOLLOW_UP"))
                    .body("deadline.dueDay", equalTo("2026-12-14"))
                    .body("description", containsString(
                            "Tindak lanjut survei IKM: nilai rendah pada Waktu penyelesaian (1), Perilaku pelaksana (2)."))
                    .body("description", containsString("Komentar: Petugas ketus"))
                    .body("description", not(containsString("0812-3456-7890")))
                    .body("description", not(containsString("siti@example.com")))
                    .body("history.action", contains("SUBMIT", "VERIFY", "DISPOSITION"))
                    .body("history.actor", everyItem(equalTo("SYSTEM")))
                    .body("history.note", contains("channel SURVEY", "Otomatis dari survei IKM",
                            "Otomatis dari survei IKM"));
            assertThat(inTheListOf(DemoUsers.IMIGRASI_OFFICER, id)).isTrue();
            as(DemoUsers.DUKCAPIL_OFFICER).get("/complaints/" + id).then().spec(problem(404));
            assertThat(inTheListOf(DemoUsers.DUKCAPIL_OFFICER, id)).isFalse();
            // Nobody to contact: the MPP admin sees no reporter either.
            as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200).body("reporter", nullValue());

            // Submitted, verified and dispositioned under the complaint's key, without the comment or who answered.
            List<ReceivedEvent> events = complaintEvents.await(e -> id.equals(e.key()), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(SUBMITTED, VERIFIED, DISPOSITIONED);
            assertThat(events.get(0).json().path("channel").asText()).isEqualTo("SURVEY");
            assertThat(events.get(2).json().path("agencyCode").asText()).isEqualTo("imigrasi");
            assertThat(events).allSatisfy(e -> assertThat(e.json().toString())
                    .doesNotContain("ketus", "0812", "siti@", "Komentar", "Waktu penyelesaian"));
        }
    }

    @Test
    void aResponseForATicketNotKnownYetTakesTheTicketStepFromTheSurveyEvent() {
        Ticket t = Ticket.next();
        try (TopicReader complaintEvents = TopicReader.fromBeginning(kafka(), Topics.COMPLAINT_EVENTS)) {
            publish(t.answered(UUID.randomUUID().toString(), GOOD, "Ruang tunggu terlalu panas"));
            String id = followUpOf(complaintEvents, t.ticketId());
            as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + id).then().statusCode(200)
                    .body("status", equalTo("DISPOSITIONED"))
                    .body("ticketNumber", equalTo(t.number()))
                    .body("counterCode", equalTo("IMI-3"))
                    .body("agencyCode", equalTo("imigrasi"))
                    .body("description", equalTo("Tindak lanjut survei IKM. Komentar: Ruang tunggu terlalu panas"));
        }
    }

    @Test
    void theSameEventTwiceAndAnotherEventOfTheSameInvitationMakeOneFollowUp() {
        Ticket t = Ticket.next();
        served(t);
        String invitation = UUID.randomUUID().toString();
        SurveyResponseSubmitted response = t.answered(invitation, LOW, null);
        String again = UUID.randomUUID().toString();
        try (EventPublisher survey = new EventPublisher(kafka())) {
            String eventId = UUID.randomUUID().toString();
            survey.publish(response, eventId);
            survey.publish(response, eventId);
            // Republished under a new id: same invitation, same key, so it comes after the two on their partition.
            survey.publish(response, again);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed("complaint-service", again));
        assertThat(followUpsOfInvitation(invitation)).isEqualTo(1);
    }

    @Test
    void aResponseOfThreesAndFoursWithoutACommentMakesNoFollowUp() {
        Ticket t = Ticket.next();
        String invitation = UUID.randomUUID().toString();
        String eventId = publish(t.answered(invitation, GOOD, " "));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed("complaint-service", eventId));
        assertThat(followUpsOfInvitation(invitation)).isZero();
    }

    @Test
    void aResponseTheRuleCannotJudgeGoesToTheDeadLetterTopicAndMakesNoFollowUp() {
        Ticket t = Ticket.next();
        String invitation = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.fromBeginning(kafka(), Topics.SURVEY_EVENTS_DLQ_COMPLAINT)) {
            publish(t.answered(invitation, List.of(1, 1, 1), "Hanya tiga nilai"));
            List<ReceivedEvent> dead = deadLetters.await(e -> invitation.equals(e.key()), 1, Duration.ofSeconds(30));
            assertThat(dead.get(0).headers()).containsKey("dead-letter-reason");
        }
        assertThat(followUpsOfInvitation(invitation)).isZero();
    }

    @Test
    void theFollowUpJoinsTheTransactionOfTheEventsRecordAndIsRolledBackWithIt() {
        Ticket t = Ticket.next();
        served(t);
        String invitation = UUID.randomUUID().toString();
        SurveyResponseSubmitted response = t.answered(invitation, LOW, "Lama sekali");
        String eventId = UUID.randomUUID().toString();
        String type = EventCatalog.typeOf(SurveyResponseSubmitted.class);
        long[] seenInside = {-1};

        // The follow-up is written (the transaction sees it), then something after it in the same transaction fails.
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> idempotentConsumer.processOnce(
                "nesting-test", eventId, type, () -> followUps.open(response)
                        .chain(() -> Complaint.count("surveyInvitationId", invitation))
                        .invoke(found -> seenInside[0] = found)
                        .chain(() -> Uni.createFrom().<Void>failure(new IllegalStateException("after the follow-up"))))))
                .hasMessageContaining("after the follow-up");
        assertThat(seenInside[0]).isEqualTo(1);
        // Nothing of it stayed: neither the complaint (with its history and events) nor the record of the event.
        assertThat(followUpsOfInvitation(invitation)).isZero();
        assertThat(processed("nesting-test", eventId)).isFalse();

        // Redelivered, it applies: one follow-up and the record, together.
        assertThat(onVertx(() -> idempotentConsumer.processOnce(
                "nesting-test", eventId, type, () -> followUps.open(response)))).isTrue();
        assertThat(followUpsOfInvitation(invitation)).isEqualTo(1);
        assertThat(processed("nesting-test", eventId)).isTrue();
    }
}
