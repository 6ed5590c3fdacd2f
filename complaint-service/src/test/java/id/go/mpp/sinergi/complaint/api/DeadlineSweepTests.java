package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.complaint.app.deadlines.DeadlineSweeps;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.Escalation;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
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
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.go.mpp.sinergi.complaint.api.ComplaintLifecycleTests.MONDAY;
import static id.go.mpp.sinergi.complaint.api.ComplaintLifecycleTests.act;
import static id.go.mpp.sinergi.complaint.api.ComplaintLifecycleTests.at;
import static id.go.mpp.sinergi.complaint.api.ComplaintLifecycleTests.fileAsCitizen;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The deadline sweep over more than one batch (set-based: one statement marks a batch and writes its escalations,
 * one writes its events), as the MPP admin, the event consumers and a concurrent officer see it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class DeadlineSweepTests {

    /** Tuesday 15 December 2026: verification and disposition (due Thursday 10) and follow-up (Monday 14) breached. */
    private static final Instant TUESDAY_AFTER = Instant.parse("2026-12-15T03:00:00Z");

    private static final String BREACHED = "id.go.mpp.complaint.complaint-deadline-breached.v1";
    private static final String ESCALATED = "id.go.mpp.complaint.complaint-escalated.v1";
    private static final String CLOSED = "id.go.mpp.complaint.complaint-closed.v1";

    @Inject
    DeadlineSweeps sweeps;

    @AfterEach
    void realClock() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    private int sweepInBatchesOf(int batch) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> sweeps.sweep(batch));
    }

    private static Map<String, Complaint> complaints(List<String> ids) throws Throwable {
        return VertxContextSupport.<List<Complaint>>subscribeAndAwait(() -> Panache.withSession(
                        () -> Complaint.<Complaint>list("trackingId in ?1", ids)))
                .stream().collect(Collectors.toMap(c -> c.trackingId, Function.identity()));
    }

    private static Map<String, List<Escalation>> escalations(List<String> ids) throws Throwable {
        return VertxContextSupport.<List<Escalation>>subscribeAndAwait(() -> Panache.withSession(
                        () -> Escalation.<Escalation>list("trackingId in ?1", ids)))
                .stream().collect(Collectors.groupingBy(e -> e.trackingId));
    }

    @Test
    void everyBreachIsEscalatedAndAnnouncedExactlyOnceAcrossBatches() throws Throwable {
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                Topics.COMPLAINT_EVENTS)) {
            at(MONDAY);
            String unverified = fileAsCitizen("Belum ada yang memverifikasi");
            String undisposed = fileAsCitizen("Belum diteruskan ke instansi");
            act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + undisposed + "/verify").then().statusCode(200);
            String unanswered = fileAsCitizen("Instansi belum menjawab");
            act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + unanswered + "/verify").then().statusCode(200);
            as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}")
                    .post("/complaints/" + unanswered + "/disposition").then().statusCode(200);
            List<String> ids = List.of(unverified, undisposed, unanswered);
            Map<String, Complaint> before = complaints(ids);

            // Batches of 2: the three (and whatever else is due by then) take at least two transactions.
            at(TUESDAY_AFTER);
            assertThat(sweepInBatchesOf(2)).isGreaterThanOrEqualTo(ids.size());

            // The MPP admin's list has each once, at the stage it was in; each complaint shows the breach.
            Map<String, String> stages = Map.of(unverified, "VERIFICATION", undisposed, "DISPOSITION",
                    unanswered, "FOLLOW_UP");
            for (String id : ids) {
                as(DemoUsers.MPP_ADMIN).get("/escalations?size=100").then().statusCode(200)
                        .body("findAll { it.trackingId == '" + id + "' }.stage", contains(stages.get(id)));
                as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200)
                        .body("deadline.stage", equalTo(stages.get(id)))
                        .body("deadline.breached", equalTo(true));
            }
            Map<String, List<Escalation>> escalated = escalations(ids);
            assertThat(escalated.get(unanswered)).singleElement().satisfies(e -> {
                assertThat(e.agencyCode).isEqualTo("imigrasi");
                assertThat(e.mppCode).isEqualTo("kota-jambi");
                assertThat(e.dueAt).isEqualTo(before.get(unanswered).dueAt);
                assertThat(e.escalatedAt).isEqualTo(TUESDAY_AFTER);
            });

            // Marked under the optimistic lock: the version moved on, so a change from before the sweep is refused.
            Map<String, Complaint> after = complaints(ids);
            for (String id : ids) {
                assertThat(after.get(id).version).isEqualTo(before.get(id).version + 1);
                assertThat(after.get(id).breachedStage).isEqualTo(after.get(id).dueStage);
            }
            Complaint stale = before.get(unverified);
            stale.breachedStage = null;
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> Panache.getSession().chain(s -> s.merge(stale)))))
                    .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof OptimisticLockException
                            || c instanceof StaleObjectStateException));

            // One breach and one escalation event per complaint, the breach first, keyed by the complaint.
            List<ReceivedEvent> events = reader.await(e -> ids.contains(e.key())
                    && (BREACHED.equals(e.type()) || ESCALATED.equals(e.type())), 2 * ids.size(), Duration.ofSeconds(30));
            for (String id : ids) {
                List<ReceivedEvent> its = events.stream().filter(e -> id.equals(e.key())).toList();
                assertThat(its).extracting(ReceivedEvent::type).containsExactly(BREACHED, ESCALATED);
                assertThat(its.get(0).json().path("stage").asText()).isEqualTo(stages.get(id));
                assertThat(Instant.parse(its.get(0).json().path("dueAt").asText())).isEqualTo(before.get(id).dueAt);
                assertThat(its.get(1).json().path("stage").asText()).isEqualTo(stages.get(id));
                assertThat(its).allSatisfy(e -> assertThat(e.subject()).isEqualTo(id));
            }
            assertThat(events.stream().filter(e -> unanswered.equals(e.key())))
                    .allSatisfy(e -> assertThat(e.json().path("agencyCode").asText()).isEqualTo("imigrasi"));

            // The next sweep announces nothing again.
            assertThat(sweepInBatchesOf(2)).isZero();
            assertThat(escalations(ids).values()).allSatisfy(list -> assertThat(list).hasSize(1));
            assertThat(complaints(ids).values()).allSatisfy(c -> assertThat(c.version)
                    .isEqualTo(before.get(c.trackingId).version + 1));
            assertThat(reader.drain(e -> ids.contains(e.key())
                    && (BREACHED.equals(e.type()) || ESCALATED.equals(e.type())), Duration.ofSeconds(3)))
                    .hasSize(2 * ids.size());
        }
    }

    @Test
    void respondedComplaintsCloseByThemselvesOnceAcrossBatches() throws Throwable {
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                Topics.COMPLAINT_EVENTS)) {
            at(MONDAY);
            List<String> ids = List.of(fileAsCitizen("Dijawab, pelapor diam 1"), fileAsCitizen("Dijawab, pelapor diam 2"),
                    fileAsCitizen("Dijawab, pelapor diam 3"));
            for (String id : ids) {
                act(DemoUsers.MPP_ADMIN, null).post("/complaints/" + id + "/verify").then().statusCode(200);
                as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}").post("/complaints/" + id + "/disposition")
                        .then().statusCode(200);
                act(DemoUsers.IMIGRASI_OFFICER, "Selesai").post("/complaints/" + id + "/respond").then().statusCode(200);
            }

            // Tuesday 22 December: 10 working days after Monday's response have passed.
            at(Instant.parse("2026-12-22T03:00:00Z"));
            assertThat(sweepInBatchesOf(2)).isGreaterThanOrEqualTo(ids.size());
            for (String id : ids) {
                as(DemoUsers.CITIZEN).get("/complaints/" + id).then().statusCode(200)
                        .body("status", equalTo("CLOSED")).body("closure", equalTo("AUTO_CLOSED"))
                        .body("history.findAll { it.action == 'AUTO_CLOSE' }.size()", equalTo(1));
            }
            assertThat(sweepInBatchesOf(2)).isZero();
            List<ReceivedEvent> closed = reader.await(e -> ids.contains(e.key())
                    && CLOSED.equals(e.type()), ids.size(), Duration.ofSeconds(30));
            assertThat(closed).extracting(ReceivedEvent::key).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
