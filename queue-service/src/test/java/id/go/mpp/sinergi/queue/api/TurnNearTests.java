package id.go.mpp.sinergi.queue.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/** "Your turn is near" (issue #20): who is told, when, once, and what the event says. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class TurnNearTests {

    static final String TURN_NEAR = "id.go.mpp.queue.ticket-turn-near.v1";

    /** Monday 23 November 2026, 10:00 WIB; every {@link #tick()} moves one minute on. */
    static Instant now;

    @BeforeEach
    void mondayMorningInJambi() {
        now = Instant.parse("2026-11-23T03:00:00Z");
        at(now);
    }

    @Test
    void callingTheFirstTellsTheTicketsNowWithinTwoPlacesOnceEachEvenAfterFurtherCalls() {
        String service = service(0, 0);
        Desk desk = Desk.opened("imigrasi", service);
        String a = walkIn(service).path("id");
        tick();
        String citizen = TestUsers.citizen();
        Response own = TestUsers.as(citizen).body(ticket(service)).post("/tickets");
        own.then().statusCode(201);
        String b = own.path("id");
        tick();
        String c = walkIn(service).path("id");
        tick();
        String d = walkIn(service).path("id");
        tick();
        save(service, 2, 0);

        assertThat(desk.callNextId()).isEqualTo(a);
        tick();
        desk.complete(a);
        tick();
        assertThat(desk.callNextId()).isEqualTo(b);
        desk.complete(b);
        tick();
        String e = walkIn(service).path("id"); // joins with C and D ahead: within two places at once
        assertThat(desk.callNextId()).isEqualTo(c);

        try (TopicReader reader = reader()) {
            Map<String, ReceivedEvent> told = bySubject(reader.await(turnNearOf(b, c, d, e), 4, Duration.ofSeconds(15)));
            assertThat(told.get(b).json().get("placesAhead").asInt()).isZero();
            assertThat(told.get(c).json().get("placesAhead").asInt()).isEqualTo(1);
            assertThat(told.get(d).json().get("placesAhead").asInt()).isEqualTo(2);
            assertThat(told.get(e).json().get("placesAhead").asInt()).isEqualTo(2);
            // One open counter, no service of the new service completed yet: the catalogue's 15 minutes each.
            assertThat(told.get(d).json().get("estimatedWaitMinutes").asLong()).isEqualTo(30);
            assertThat(told.values()).allSatisfy(event -> {
                assertThat(event.json().get("trigger").asText()).isEqualTo("PLACES");
                assertThat(event.json().get("serviceCode").asText()).isEqualTo(service);
            });

            ReceivedEvent event = told.get(b);
            ReceivedEvent issued = reader.await(x -> b.equals(x.subject())
                    && x.type().equals("id.go.mpp.queue.ticket-issued.v1"), 1, Duration.ofSeconds(15)).get(0);
            assertThat(event.key()).isEqualTo(issued.key());
            assertThat(event.json().get("citizenId").asText()).isEqualTo(issued.json().get("citizenId").asText())
                    .isNotBlank();
            assertThat(told.get(c).json().get("citizenId").isNull()).isTrue();
            assertThat(fieldsOf(event.json())).containsExactlyInAnyOrder("visitId", "ticketId", "ticketNumber",
                    "mppCode", "agencyCode", "serviceCode", "citizenId", "placesAhead", "estimatedWaitMinutes",
                    "trigger", "occurredAt");
            assertThat(event.data().toLowerCase()).doesNotContain("phone").doesNotContain("name\"");

            List<ReceivedEvent> all = reader.drain(turnNearOf(a, b, c, d, e), Duration.ofSeconds(2));
            assertThat(all).extracting(ReceivedEvent::subject).as("once each, and not the ticket called first")
                    .containsExactlyInAnyOrder(b, c, d, e);
        }
    }

    @Test
    void theWaitTriggerTellsTicketsWhenACounterOpensAndAsTheLineMoves() {
        String service = service(0, 30);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(walkIn(service).path("id"));
            tick();
        }
        Desk desk = Desk.of("imigrasi", service);
        try (TopicReader reader = reader()) {
            // Nobody is near while no counter serving the service is open: the line does not move.
            assertThat(reader.await(x -> tickets.get(0).equals(x.subject()), 1, Duration.ofSeconds(15)))
                    .extracting(ReceivedEvent::type).containsExactly("id.go.mpp.queue.ticket-issued.v1");
            assertThat(reader.drain(turnNearOf(tickets.toArray(String[]::new)), Duration.ofSeconds(1))).isEmpty();

            desk.officer().post(desk.path("open")).then().statusCode(200);
            Map<String, ReceivedEvent> told = bySubject(reader.await(turnNearOf(tickets.toArray(String[]::new)), 3,
                    Duration.ofSeconds(15)));
            assertThat(told.keySet()).containsExactlyInAnyOrderElementsOf(tickets.subList(0, 3));
            assertThat(told.get(tickets.get(2)).json().get("estimatedWaitMinutes").asLong()).isEqualTo(30);
            assertThat(told.get(tickets.get(2)).json().get("trigger").asText()).isEqualTo("WAIT");

            assertThat(desk.callNextId()).isEqualTo(tickets.get(0));
            ReceivedEvent last = reader.await(turnNearOf(tickets.get(3)), 1, Duration.ofSeconds(15)).get(0);
            assertThat(last.json().get("placesAhead").asInt()).isEqualTo(2);
            assertThat(last.json().get("estimatedWaitMinutes").asLong()).isEqualTo(30);
            assertThat(last.json().get("trigger").asText()).isEqualTo("WAIT");
        }
    }

    @Test
    void aServiceWithBothTriggersOffTellsNobody() {
        String service = service(0, 0);
        Desk desk = Desk.opened("imigrasi", service);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(walkIn(service).path("id"));
            tick();
        }
        desk.complete(desk.callNextId());
        String second = desk.callNextId();
        try (TopicReader reader = reader()) {
            reader.await(x -> second.equals(x.subject()) && x.type().equals("id.go.mpp.queue.ticket-called.v1"), 1,
                    Duration.ofSeconds(15));
            assertThat(reader.drain(turnNearOf(tickets.toArray(String[]::new)), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void aTicketTransferredIntoAnotherServiceIsToldAgainThereAsANewTicket() {
        String first = service(2, 0);
        String next = service(2, 0);
        Desk desk = Desk.opened("imigrasi", first);
        Desk.opened("imigrasi", next);
        String ticket = walkIn(first).path("id");
        tick();
        assertThat(desk.callNextId()).isEqualTo(ticket);
        String moved = desk.officer().body("{\"serviceCode\": \"" + next + "\"}").post("/tickets/" + ticket + "/transfer")
                .then().statusCode(201).extract().path("id");
        try (TopicReader reader = reader()) {
            Map<String, ReceivedEvent> told = bySubject(reader.await(turnNearOf(ticket, moved), 2,
                    Duration.ofSeconds(15)));
            assertThat(told.get(moved).json().get("serviceCode").asText()).isEqualTo(next);
            assertThat(told.get(moved).key()).isEqualTo(told.get(ticket).key());
        }
    }

    /** A new Imigrasi service (15-minute services) with the turn-near settings given. */
    static String service(int places, int minutes) {
        return save("uji-" + UUID.randomUUID().toString().substring(0, 8), places, minutes);
    }

    static String save(String code, int places, int minutes) {
        as(DemoUsers.MPP_ADMIN).body("""
                {"agencyCode": "imigrasi", "nameId": "Layanan uji", "nameEn": "Test service", "ticketPrefix": "TST",
                 "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 20, "priority": 5, "online": 0}, "slaMinutes": 60,
                 "turnNearPlaces": %d, "turnNearMinutes": %d}""".formatted(places, minutes))
                .put("/mpps/kota-jambi/services/" + code).then().statusCode(200);
        return code;
    }

    private static Response walkIn(String service) {
        Response response = TestUsers.as(TestUsers.kiosk()).body(ticket(service)).post("/tickets");
        response.then().statusCode(201);
        return response;
    }

    private static String ticket(String service) {
        return "{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}";
    }

    private static java.util.function.Predicate<ReceivedEvent> turnNearOf(String... tickets) {
        Set<String> ids = Set.of(tickets);
        return event -> TURN_NEAR.equals(event.type()) && ids.contains(event.subject());
    }

    private static Map<String, ReceivedEvent> bySubject(List<ReceivedEvent> events) {
        return events.stream().collect(Collectors.toMap(ReceivedEvent::subject, Function.identity()));
    }

    private static List<String> fieldsOf(JsonNode json) {
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static TopicReader reader() {
        return TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS);
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    static void tick() {
        now = now.plusSeconds(60);
        at(now);
    }
}
