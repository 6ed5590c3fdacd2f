package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.queue.domain.booking.BookingCodes;
import id.go.mpp.sinergi.queue.jobs.BookingRelease;
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
import io.quarkus.vertx.VertxContextSupport;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.queue.api.CatalogueResourceTests.jambiCalendar;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.QUEUE_BOOKINGS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class BookingResourceTests {

    /** A survey code as printed on a ticket. */
    static final String SURVEY_CODE = "[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}";

    @Inject
    MeterRegistry registry;

    @Inject
    Pool pool;

    @Inject
    BookingRelease release;

    /** Monday 23 November 2026, 10:00 WIB. */
    static final Instant MONDAY_10_WIB = Instant.parse("2026-11-23T03:00:00Z");
    static final String TUESDAY = "2026-11-24";

    @BeforeEach
    void mondayMorningInJambi() {
        at(MONDAY_10_WIB);
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    /** Tuesday at a WIB wall-clock time. */
    static Instant tuesdayAt(String wib) {
        return Instant.parse(TUESDAY + "T" + wib + ":00+07:00");
    }

    @Test
    void theDaysSlotsArePublicAndSpreadTheOnlineQuotaOverTheOpeningHours() {
        String service = newImigrasiService(50, 60);
        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200)
                .body("timeZone", equalTo("Asia/Jakarta"))
                .body("onlineQuota", equalTo(50))
                .body("available", equalTo(50))
                .body("slots.start", equalTo(List.of("08:00", "09:00", "10:00", "11:00", "12:00", "13:00", "14:00")))
                .body("slots.capacity", equalTo(List.of(8, 7, 7, 7, 7, 7, 7)))
                .body("slots[6].end", equalTo("15:00"));
    }

    @Test
    void aCitizenBooksASlotGetsACodeAndTheBookingIsPublished() {
        String service = newImigrasiService(14, 60);
        String citizen = TestUsers.citizen();
        Response booked = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings");
        booked.then().statusCode(201)
                .header("Location", containsString("/bookings/BK-"))
                .body("code", matchesPattern("BK-[0-9A-HJKMNP-TV-Z]{8}"))
                .body("status", equalTo("PENDING"))
                .body("date", equalTo(TUESDAY))
                .body("slot", equalTo("09:00"))
                .body("slotEnd", equalTo("10:00"))
                .body("slotStartsAt", equalTo("2026-11-24T02:00:00Z"))
                .body("confirmBy", equalTo("2026-11-23T05:00:00Z"))
                .body("reschedulesLeft", equalTo(1))
                .body("checkInFrom", equalTo("2026-11-24T01:30:00Z"))
                .body("checkInUntil", equalTo("2026-11-24T02:15:00Z"));
        String code = booked.path("code");
        String visitId = booked.path("visitId");

        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200)
                .body("available", equalTo(13))
                .body("slots.find { it.start == '09:00' }.available", equalTo(1));
        TestUsers.as(citizen).get("/bookings/mine").then().statusCode(200).body("code", equalTo(List.of(code)));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_BOOKINGS)) {
            ReceivedEvent event = reader.await(e -> visitId.equals(e.key()), 1, Duration.ofSeconds(15)).get(0);
            assertThat(event.type()).isEqualTo("id.go.mpp.queue.booking-created.v1");
            assertThat(event.json().get("bookingCode").asText()).isEqualTo(code);
            assertThat(event.json().get("slotStartsAt").asText()).isEqualTo("2026-11-24T02:00:00Z");
        }
    }

    @Test
    void aHundredAndTwentyCitizensRushingTenPlacesGetExactlyTenBookings() throws Exception {
        // Saved a month ago, when Tuesday was beyond its horizon, and no release sweep since (off in tests): Tuesday
        // was not released ahead, so its first attempts release it.
        at(MONDAY_10_WIB.minus(Duration.ofDays(30)));
        String service = newImigrasiService(10, 480);
        at(MONDAY_10_WIB);
        List<String> citizens = TestUsers.citizens(120);
        double catalogueReads = catalogueLoads();
        double releases = registry.counter("sinergi.queue.booking.day.releases").count();
        List<Response> answers = bookAllAtOnce(service, citizens, "08:00");
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 10L, 409, 110L));
        assertThat(answers.stream().filter(r -> r.statusCode() == 409).map(r -> r.<String>path("code")))
                .containsOnly("booking-slot-full");
        Set<String> codes = answers.stream().filter(r -> r.statusCode() == 201).map(r -> r.<String>path("code"))
                .collect(Collectors.toSet());
        assertThat(codes).hasSize(10);
        // The new service's catalogue rows (service, MPP, calendar; dropped when the service was created) were
        // read once each for all 120 attempts, not once per attempt: at most a load and a refresh per row.
        assertThat(catalogueLoads() - catalogueReads).isBetween(1.0, 6.0);
        // The day was not released yet: the first attempts released it once for all, not each on its own.
        assertThat(registry.counter("sinergi.queue.booking.day.releases").count() - releases).isEqualTo(1.0);
        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200)
                .body("onlineQuota", equalTo(10))
                .body("available", equalTo(0))
                .body("slots[0].bookable", equalTo(false));
    }

    @Test
    void savingAServiceReleasesTheComingWeekAndTheSweepTheRestSoTheirFirstBookingsReleaseNothing() throws Throwable {
        String service = newImigrasiService(14, 60);

        // Monday 23 November: saving releases a week (23–29 November; not Sunday 29th, the MPP does not open), never
        // quota × horizon rows inside the admin's request.
        assertThat(releasedDays(service)).containsExactly("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
                "2026-11-27", "2026-11-28");
        // The sweep releases the rest: to the end of the 14-day horizon (7 December), and 8 December, which opens
        // at the next local midnight.
        VertxContextSupport.subscribeAndAwait(release::releaseAhead);
        List<String> released = releasedDays(service);
        assertThat(released).startsWith("2026-11-23", "2026-11-24").endsWith("2026-12-08")
                .doesNotContain("2026-11-29", "2026-12-06");
        double releases = registry.counter("sinergi.queue.booking.day.releases").count();
        TestUsers.as(TestUsers.citizen()).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(201);
        assertThat(registry.counter("sinergi.queue.booking.day.releases").count() - releases).isZero();
        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200).body("onlineQuota", equalTo(14)).body("available", equalTo(13));
    }

    @Test
    void theReleaseSweepReleasesTheDaysThatOpenedSinceTheServiceWasSavedAndTheOneOpeningAtMidnight() throws Throwable {
        String service = saveImigrasiService("uji-" + UUID.randomUUID().toString().substring(0, 8), 14, 60, 1);
        assertThat(releasedDays(service)).containsExactly("2026-11-23", "2026-11-24", "2026-11-25");

        at(Instant.parse("2026-11-26T03:00:00Z")); // Thursday 10:00 WIB: Friday is bookable, Saturday opens at midnight
        int released = VertxContextSupport.subscribeAndAwait(release::releaseAhead);

        assertThat(releasedDays(service)).containsExactly("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
                "2026-11-27", "2026-11-28");
        assertThat(released).isGreaterThanOrEqualTo(3);
        assertThat(VertxContextSupport.subscribeAndAwait(release::releaseAhead)).as("a second sweep adds nothing")
                .isZero();
    }

    @Test
    void aRaisedOnlineQuotaAddsPlacesToADayAlreadyBooked() {
        String service = newImigrasiService(14, 60); // 7 slots of 2
        List<String> citizens = TestUsers.citizens(3);
        for (String citizen : citizens.subList(0, 2)) {
            TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(201);
        }
        TestUsers.as(citizens.get(2)).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(409)
                .body("code", equalTo("booking-slot-full"));

        saveImigrasiService(service, 21, 60, 14); // 7 slots of 3

        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200)
                .body("onlineQuota", equalTo(21))
                .body("available", equalTo(19))
                .body("slots.find { it.start == '09:00' }.capacity", equalTo(3))
                .body("slots.find { it.start == '09:00' }.available", equalTo(1));
        TestUsers.as(citizens.get(2)).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(201);
    }

    @Test
    void aQuotaLoweredBelowASlotsBookingsKeepsThemSellsNoMoreAndOffersNoPlaceWhenOneIsCancelled() {
        String service = newImigrasiService(21, 60); // 7 slots of 3
        List<String> citizens = TestUsers.citizens(4);
        List<String> codes = new ArrayList<>();
        for (String citizen : citizens.subList(0, 3)) {
            codes.add(TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").then()
                    .statusCode(201).extract().path("code"));
        }

        saveImigrasiService(service, 7, 60, 14); // 7 slots of 1: 09:00 keeps its 3 bookings

        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200)
                .body("slots.find { it.start == '09:00' }.capacity", equalTo(3))
                .body("slots.find { it.start == '09:00' }.available", equalTo(0))
                .body("slots.find { it.start == '10:00' }.capacity", equalTo(1))
                .body("available", equalTo(6));
        for (String code : codes) {
            TestUsers.as(citizens.get(codes.indexOf(code))).get("/bookings/" + code).then().statusCode(200)
                    .body("status", equalTo("PENDING"));
        }
        TestUsers.as(citizens.get(3)).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(409)
                .body("code", equalTo("booking-slot-full"));

        // Two cancellations: the first two units go with their bookings, the slot is back at its capacity of 1.
        TestUsers.as(citizens.get(0)).post("/bookings/" + codes.get(0) + "/cancel").then().statusCode(200);
        TestUsers.as(citizens.get(1)).post("/bookings/" + codes.get(1) + "/cancel").then().statusCode(200);
        assertThat(tuesdayUnits(service).get("09:00")).as("units, free, booked").containsExactly(1L, 0L, 1L);
        TestUsers.as(citizens.get(3)).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(409);

        // The last one frees its unit: the slot offers its one place again.
        TestUsers.as(citizens.get(2)).post("/bookings/" + codes.get(2) + "/cancel").then().statusCode(200);
        TestUsers.as(citizens.get(3)).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(201);
    }

    @Test
    void aQuotaLoweredWhileCitizensRushLeavesEveryBookingAndNoFreePlaceBeyondTheNewCapacity() throws Exception {
        String service = newImigrasiService(140, 60); // 7 slots of 20
        List<String> citizens = TestUsers.citizens(40);
        ExecutorService admin = Executors.newSingleThreadExecutor();
        try {
            Future<String> lowered = admin.submit(() -> {
                Thread.sleep(30);
                return saveImigrasiService(service, 35, 60, 14); // 7 slots of 5
            });
            List<Response> answers = bookAllAtOnce(service, citizens, "08:00");
            lowered.get();
            long booked = answers.stream().filter(r -> r.statusCode() == 201).count();
            assertThat(answers).allMatch(r -> r.statusCode() == 201 || (r.statusCode() == 409
                    && "booking-slot-full".equals(r.path("code"))));
            assertThat(booked).isBetween(5L, 20L);
            List<Long> slot = tuesdayUnits(service).get("08:00");
            assertThat(slot).as("units, free, booked")
                    .containsExactly(Math.max(5L, booked), Math.max(0L, 5L - booked), booked);
        } finally {
            admin.shutdownNow();
        }
    }

    @Test
    void slotReadsAndBookingsArrivingTogetherBeforeTheCatalogueIsCachedAllGetTheirAnswers() throws Exception {
        // Slot reads hold a pool connection (20) while they read the catalogue; a booking holds none. Neither may
        // end up waiting for a catalogue read that needs a connection only the waiters could give back.
        String service = newImigrasiService(10, 480);
        List<String> citizens = TestUsers.citizens(40);
        ExecutorService pool = Executors.newFixedThreadPool(80);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> reads = new ArrayList<>();
            List<Future<Response>> attempts = new ArrayList<>();
            for (String citizen : citizens) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY);
                }));
                attempts.add(pool.submit(() -> {
                    start.await();
                    return TestUsers.as(citizen).body(book(service, TUESDAY, "08:00")).post("/bookings");
                }));
            }
            start.countDown();
            for (Future<Response> read : reads) {
                Response answer = read.get();
                assertThat(answer.statusCode()).as(answer.body().asString()).isEqualTo(200);
                assertThat(answer.<Integer>path("onlineQuota")).isEqualTo(10);
            }
            Map<Integer, Long> byStatus = new HashMap<>();
            for (Future<Response> attempt : attempts) {
                byStatus.merge(attempt.get().statusCode(), 1L, Long::sum);
            }
            assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 10L, 409, 30L));
        } finally {
            pool.shutdownNow();
        }
    }

    private double catalogueLoads() {
        return registry.counter("sinergi.queue.catalogue.loads").count();
    }

    @Test
    void whenASoldOutSlotsMemoryRunsOutOneAttemptLooksAgainWhileTheOthersAreStillRefused() throws Exception {
        String service = newImigrasiService(1, 480);
        List<String> citizens = TestUsers.citizens(32);
        TestUsers.as(citizens.get(0)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(201);
        TestUsers.as(citizens.get(1)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(409)
                .body("code", equalTo("booking-slot-full"));
        Thread.sleep(2_200); // sinergi.queue.booking.sold-out-memory: 2 s

        DistributionSummary written = registry.summary("sinergi.queue.booking.statement.attempts");
        double writtenBefore = written.totalAmount();
        for (Response answer : bookAllAtOnce(service, citizens.subList(2, 32), "08:00")) {
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(answer.<String>path("code")).isEqualTo("booking-slot-full");
        }
        assertThat(written.totalAmount() - writtenBefore).as("attempts that asked the database").isEqualTo(1.0);
    }

    @Test
    void anAttemptThatFindsAUnitFreedElsewhereAfterTheSoldOutMemoryRanOutLetsTheNextAttemptsTryToo() throws Exception {
        String service = newImigrasiService(2, 480);
        List<String> citizens = TestUsers.citizens(6);
        List<String> codes = new ArrayList<>();
        for (String citizen : citizens.subList(0, 2)) {
            codes.add(TestUsers.as(citizen).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(201)
                    .extract().path("code"));
        }
        TestUsers.as(citizens.get(2)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(409);
        // Another instance cancels both bookings: this instance's memory of the sold-out slot does not hear of it.
        pool.preparedQuery("""
                        with cancelled as (update booking set status = 'CANCELLED', closed_at = now()
                                           where code = any($1) returning id)
                        update booking_slot set booking_id = null where booking_id in (select id from cancelled)""")
                .execute(Tuple.of(codes.toArray(String[]::new))).await().atMost(Duration.ofSeconds(10));
        TestUsers.as(citizens.get(2)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(409)
                .body("code", equalTo("booking-slot-full"));
        Thread.sleep(2_200); // sinergi.queue.booking.sold-out-memory: 2 s

        TestUsers.as(citizens.get(3)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(201);
        TestUsers.as(citizens.get(4)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(201);
        TestUsers.as(citizens.get(5)).body(book(service, TUESDAY, "08:00")).post("/bookings").then().statusCode(409)
                .body("code", equalTo("booking-slot-full"));
    }

    @Test
    void aBookingWhoseRandomCodeIsTakenAlreadyIsBookedUnderANewCodeAndPublishedWithIt() {
        String service = newImigrasiService(14, 60);
        String first = TestUsers.as(TestUsers.citizen()).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .then().statusCode(201).extract().path("code");
        Iterator<String> codes = List.of(first, first, "BK-0000000Z").iterator();
        BookingCodes.drawFrom(codes::next);
        Response second;
        try {
            second = TestUsers.as(TestUsers.citizen()).body(book(service, TUESDAY, "10:00")).post("/bookings");
        } finally {
            BookingCodes.random();
        }

        second.then().statusCode(201).body("code", equalTo("BK-0000000Z")).body("slot", equalTo("10:00"));
        assertThat(codes.hasNext()).as("codes left undrawn").isFalse();
        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200).body("available", equalTo(12));
        String visitId = second.path("visitId");
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_BOOKINGS)) {
            ReceivedEvent event = reader.await(e -> visitId.equals(e.key()), 1, Duration.ofSeconds(15)).get(0);
            assertThat(event.json().get("bookingCode").asText()).isEqualTo("BK-0000000Z");
        }
    }

    @Test
    void aBookingForAServiceThatRequiresANibIsRefusedWithoutOneAndNothingIsTaken() {
        String service = newImigrasiService(14, 60);
        as(DemoUsers.MPP_ADMIN).body("""
                {"agencyCode": "imigrasi", "nameId": "Layanan uji", "nameEn": "Test service", "ticketPrefix": "TST",
                 "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 20, "priority": 5, "online": 14}, "slaMinutes": 60, "requiresNib": true}""")
                .put("/mpps/kota-jambi/services/" + service).then().statusCode(200);
        String citizen = TestUsers.citizen();
        TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("nib"))
                .body("errors[0].message", equalTo("Layanan uji memerlukan NIB (13 angka) usaha Anda"));
        assertThat(tuesdayUnits(service).get("09:00").get(2)).as("booked units").isZero();

        TestUsers.as(citizen).body(book(service, TUESDAY, "09:00").replace("}", ", \"nib\": \"9120001234561\"}"))
                .post("/bookings").then().statusCode(201).body("status", equalTo("PENDING"));
        assertThat(tuesdayUnits(service).get("09:00").get(2)).as("booked units").isEqualTo(1L);
    }

    @Test
    void aCitizenHoldsOneActiveBookingPerServiceAndDay() {
        String service = newImigrasiService(14, 60);
        String citizen = TestUsers.citizen();
        TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(201);
        TestUsers.as(citizen).header("Accept-Language", "en").body(book(service, TUESDAY, "11:00")).post("/bookings")
                .then().spec(problem(409))
                .body("code", equalTo("booking-already-held"))
                .body("detail", containsString("2026-11-24"));
        TestUsers.as(citizen).body(book(service, "2026-11-25", "11:00")).post("/bookings").then().statusCode(201);
    }

    @Test
    void daysAndSlotsThatCannotBeBookedAreRefusedAndNothingIsTaken() {
        String service = newImigrasiService(14, 60);
        String citizen = TestUsers.citizen();
        TestUsers.as(citizen).header("Accept-Language", "en").body(book(service, "2026-12-08", "09:00")).post("/bookings")
                .then().statusCode(422).body("code", equalTo("booking-beyond-horizon"))
                .body("detail", containsString("14 days ahead (until 2026-12-07)"));
        TestUsers.as(citizen).body(book(service, "2026-11-22", "09:00")).post("/bookings")
                .then().statusCode(422).body("code", equalTo("booking-date-in-the-past"));
        TestUsers.as(citizen).body(book(service, "2026-11-29", "09:00")).post("/bookings")
                .then().statusCode(422).body("code", equalTo("not-a-working-day"));
        TestUsers.as(citizen).body(book(service, "2026-11-23", "09:00")).post("/bookings")
                .then().statusCode(422).body("code", equalTo("booking-slot-started"));
        TestUsers.as(citizen).body(book(service, TUESDAY, "09:30")).post("/bookings")
                .then().statusCode(400).body("errors[0].field", equalTo("slot"));
        TestUsers.as(citizen).body(book(service, TUESDAY, "9am")).post("/bookings")
                .then().statusCode(400).body("errors[0].field", equalTo("slot"));
        TestUsers.as(citizen).body(book(service, "2026-11-31", "09:00")).post("/bookings")
                .then().spec(problem(400));
        TestUsers.as(citizen).body(book("sim-keliling", TUESDAY, "09:00")).post("/bookings")
                .then().statusCode(404).body("code", equalTo("service-not-found"));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=2026-11-31")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));

        TestUsers.as(citizen).get("/bookings/mine").then().statusCode(200).body("size()", equalTo(0));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200).body("available", equalTo(14));
    }

    @Test
    void staffAndAnonymousCallersCannotBookAndOthersCannotSeeABooking() {
        String service = newImigrasiService(14, 60);
        given().contentType("application/json").body(book(service, TUESDAY, "09:00")).post("/bookings")
                .then().statusCode(401);
        as(DemoUsers.IMIGRASI_OFFICER).body(book(service, TUESDAY, "09:00")).post("/bookings").then().statusCode(403);

        String citizen = TestUsers.citizen();
        String code = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .then().statusCode(201).extract().path("code");
        String stranger = TestUsers.citizen();
        TestUsers.as(stranger).get("/bookings/" + code).then().statusCode(404).body("code", equalTo("booking-not-found"));
        TestUsers.as(stranger).post("/bookings/" + code + "/cancel").then().statusCode(404);
        as(DemoUsers.DUKCAPIL_OFFICER).get("/bookings/" + code).then().statusCode(404);
        as(DemoUsers.DUKCAPIL_ADMIN).post("/bookings/" + code + "/cancel").then().statusCode(404);
        as(DemoUsers.IMIGRASI_OFFICER).get("/bookings/" + code).then().statusCode(200).body("status", equalTo("PENDING"));
        as(DemoUsers.IMIGRASI_OFFICER).post("/bookings/" + code + "/cancel").then().statusCode(403);
        TestUsers.as(citizen).get("/bookings/BK-1234").then().statusCode(400).body("errors[0].field", equalTo("code"));
        TestUsers.as(citizen).get("/bookings/" + code).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void aBookingMayBeRescheduledOnceAndTheOldSlotIsFreedAgain() {
        String service = newImigrasiService(14, 60);
        String citizen = TestUsers.citizen();
        String code = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .then().statusCode(201).extract().path("code");
        TestUsers.as(citizen).body("{\"date\": \"2026-11-25\", \"slot\": \"13:00\"}").post("/bookings/" + code + "/reschedule")
                .then().statusCode(200)
                .body("date", equalTo("2026-11-25"))
                .body("slot", equalTo("13:00"))
                .body("reschedulesLeft", equalTo(0));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().body("available", equalTo(14));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=2026-11-25")
                .then().body("slots.find { it.start == '13:00' }.available", equalTo(1));
        TestUsers.as(citizen).header("Accept-Language", "en").body("{\"date\": \"2026-11-26\", \"slot\": \"13:00\"}")
                .post("/bookings/" + code + "/reschedule")
                .then().statusCode(409).body("code", equalTo("booking-reschedule-used"));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=2026-11-26")
                .then().body("available", equalTo(14));
    }

    @Test
    void reschedulingToAFullSlotChangesNothing() {
        String service = newImigrasiService(7, 60);
        List<String> citizens = TestUsers.citizens(2);
        TestUsers.as(citizens.get(0)).body(book(service, TUESDAY, "10:00")).post("/bookings").then().statusCode(201);
        String code = TestUsers.as(citizens.get(1)).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .then().statusCode(201).extract().path("code");
        TestUsers.as(citizens.get(1)).body("{\"date\": \"" + TUESDAY + "\", \"slot\": \"10:00\"}")
                .post("/bookings/" + code + "/reschedule")
                .then().statusCode(409).body("code", equalTo("booking-slot-full"));
        TestUsers.as(citizens.get(1)).get("/bookings/" + code).then().statusCode(200)
                .body("slot", equalTo("09:00")).body("reschedulesLeft", equalTo(1));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().body("slots.find { it.start == '09:00' }.available", equalTo(0));
    }

    @Test
    void cancellingFreesTheSlotAndASecondCancelIs409NamingTheState() {
        String service = newImigrasiService(7, 60);
        String citizen = TestUsers.citizen();
        Response booked = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings");
        String code = booked.path("code");
        String visitId = booked.path("visitId");
        TestUsers.as(citizen).post("/bookings/" + code + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().body("slots.find { it.start == '09:00' }.available", equalTo(1));
        TestUsers.as(citizen).header("Accept-Language", "en").post("/bookings/" + code + "/cancel")
                .then().statusCode(409).body("code", equalTo("booking-wrong-state"))
                .body("detail", equalTo("The booking is CANCELLED, so it cannot be cancelled"));
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_BOOKINGS)) {
            List<ReceivedEvent> events = reader.await(e -> visitId.equals(e.key()), 2, Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                    "id.go.mpp.queue.booking-created.v1", "id.go.mpp.queue.booking-cancelled.v1");
            assertThat(events.get(1).json().get("cancelledBy").asText()).isEqualTo("CITIZEN");
        }
    }

    @Test
    void closingADayCancelsItsBookingsWithTheReasonFreesTheirSlotsAndTellsTheirCitizens() {
        String service = newImigrasiService(14, 60);
        List<String> citizens = TestUsers.citizens(3);
        Response pending = TestUsers.as(citizens.get(0)).body(book(service, "2026-11-25", "09:00")).post("/bookings");
        String confirmed = TestUsers.as(citizens.get(1)).body(book(service, "2026-11-25", "10:00")).post("/bookings")
                .path("code");
        TestUsers.as(citizens.get(1)).post("/bookings/" + confirmed + "/confirm").then().statusCode(200);
        String otherDay = TestUsers.as(citizens.get(2)).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .path("code");
        try {
            as(DemoUsers.MPP_ADMIN).body(jambiCalendar("""
                    , {"day": "2026-11-25", "reason": "Cuti bersama"}""")).put("/mpps/kota-jambi")
                    .then().statusCode(200).body("closedDays.day", hasItem("2026-11-25"));

            TestUsers.as(citizens.get(0)).get("/bookings/" + pending.path("code")).then()
                    .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Cuti bersama"));
            TestUsers.as(citizens.get(1)).get("/bookings/" + confirmed).then()
                    .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Cuti bersama"));
            TestUsers.as(citizens.get(2)).get("/bookings/" + otherDay).then()
                    .body("status", equalTo("PENDING")).body("cancelReason", nullValue());
            TestUsers.as(TestUsers.citizen()).header("Accept-Language", "en").body(book(service, "2026-11-25", "11:00"))
                    .post("/bookings").then().statusCode(422).body("code", equalTo("mpp-closed-day"))
                    .body("detail", equalTo("Mal Pelayanan Publik Kota Jambi is closed on 2026-11-25: Cuti bersama"));
            try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                    Topics.QUEUE_BOOKINGS)) {
                String visitId = pending.path("visitId");
                ReceivedEvent cancelled = reader.await(e -> visitId.equals(e.key())
                        && e.type().equals("id.go.mpp.queue.booking-cancelled.v1"), 1, Duration.ofSeconds(15)).get(0);
                assertThat(cancelled.json().get("cancelledBy").asText()).isEqualTo("STAFF");
                assertThat(cancelled.json().get("reason").asText()).isEqualTo("Cuti bersama");
            }
        } finally {
            as(DemoUsers.MPP_ADMIN).body(jambiCalendar("")).put("/mpps/kota-jambi").then().statusCode(200);
        }
        // Open again: the places are free, and the cancelled bookings stay cancelled.
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=2026-11-25").then().statusCode(200)
                .body("available", equalTo(14));
        TestUsers.as(citizens.get(1)).get("/bookings/" + confirmed).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void theAgencysAdminMayCancelABookingForTheCitizen() {
        String service = newImigrasiService(7, 60);
        String citizen = TestUsers.citizen();
        String code = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").path("code");
        as(DemoUsers.IMIGRASI_ADMIN).post("/bookings/" + code + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void anUnconfirmedBookingExpiresAndItsSlotIsFreedButAConfirmedOneStays() {
        String service = newImigrasiService(7, 60);
        List<String> citizens = TestUsers.citizens(2);
        String unconfirmed = TestUsers.as(citizens.get(0)).body(book(service, TUESDAY, "09:00")).post("/bookings")
                .path("code");
        String confirmed = TestUsers.as(citizens.get(1)).body(book(service, TUESDAY, "10:00")).post("/bookings")
                .path("code");
        TestUsers.as(citizens.get(1)).post("/bookings/" + confirmed + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("confirmBy", nullValue());

        at(MONDAY_10_WIB.plus(Duration.ofHours(2)).plusSeconds(1));
        awaitStatus(citizens.get(0), unconfirmed, "EXPIRED");
        TestUsers.as(citizens.get(1)).get("/bookings/" + confirmed).then().body("status", equalTo("CONFIRMED"));
        given().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().body("slots.find { it.start == '09:00' }.available", equalTo(1))
                .body("slots.find { it.start == '10:00' }.available", equalTo(0));
        TestUsers.as(citizens.get(0)).post("/bookings/" + unconfirmed + "/confirm").then().statusCode(409)
                .body("code", equalTo("booking-wrong-state"));
    }

    @Test
    void checkingInOnTimeTurnsTheBookingIntoATicketInTheOnlineLine() {
        String service = newImigrasiService(7, 60);
        String citizen = TestUsers.citizen();
        Response booked = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings");
        String code = booked.path("code");
        String visitId = booked.path("visitId");
        TestUsers.as(citizen).post("/bookings/" + code + "/confirm").then().statusCode(200);

        at(tuesdayAt("08:40"));
        String ticketId = TestUsers.as(TestUsers.kiosk()).post("/bookings/" + code + "/check-in")
                .then().statusCode(201)
                .body("channel", equalTo("ONLINE"))
                .body("status", equalTo("WAITING"))
                .body("visitId", equalTo(visitId))
                .body("number", matchesPattern("TST-\\d{3}"))
                .body("surveyCode", matchesPattern(SURVEY_CODE))
                .extract().path("id");
        TestUsers.as(citizen).get("/bookings/" + code).then().statusCode(200)
                .body("status", equalTo("CHECKED_IN"))
                .body("ticketId", equalTo(ticketId));
        TestUsers.as(TestUsers.kiosk()).post("/bookings/" + code + "/check-in").then().statusCode(409)
                .body("code", equalTo("booking-wrong-state"));

        // The booking's life is on the bookings topic; the visit's goes on on the visits topic, under the same key.
        try (TopicReader bookings = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_BOOKINGS);
             TopicReader visits = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.QUEUE_VISITS)) {
            assertThat(bookings.await(e -> visitId.equals(e.key()), 2, Duration.ofSeconds(15)))
                    .extracting(ReceivedEvent::type).containsExactly(
                            "id.go.mpp.queue.booking-created.v1", "id.go.mpp.queue.booking-confirmed.v1");
            List<ReceivedEvent> events = visits.await(e -> visitId.equals(e.key()) && !TurnNearTests.TURN_NEAR.equals(e.type()), 2,
                    Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type).containsExactly(
                    "id.go.mpp.queue.ticket-issued.v1", "id.go.mpp.queue.ticket-checked-in.v1");
            assertThat(events.get(1).json().get("late").asBoolean()).isFalse();
            assertThat(events.get(1).json().get("appointmentAt").asText()).isEqualTo("2026-11-24T02:00:00Z");
            assertThat(events.get(1).json().get("bookingCode").asText()).isEqualTo(code);
            assertThat(events.get(0).json().get("channel").asText()).isEqualTo("ONLINE");
        }
    }

    @Test
    void checkingInTooEarlyIsRefusedWithTheTimeCheckInOpens() {
        String service = newImigrasiService(7, 60);
        String citizen = TestUsers.citizen();
        String code = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").path("code");
        TestUsers.as(citizen).post("/bookings/" + code + "/confirm").then().statusCode(200);
        at(tuesdayAt("08:10"));
        TestUsers.as(TestUsers.kiosk()).header("Accept-Language", "en").post("/bookings/" + code + "/check-in")
                .then().statusCode(422)
                .body("code", equalTo("check-in-too-early"))
                .body("detail", equalTo("Check-in for this booking opens at 2026-11-24 08:30 WIB"));
        TestUsers.as(citizen).get("/bookings/" + code).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aLateArrivalFallsBackToTheWalkInRules() {
        String service = newImigrasiService(7, 60);
        List<String> citizens = TestUsers.citizens(2);
        String late = TestUsers.as(citizens.get(0)).body(book(service, TUESDAY, "09:00")).post("/bookings").path("code");
        String afterHours = TestUsers.as(citizens.get(1)).body(book(service, TUESDAY, "14:00")).post("/bookings").path("code");
        TestUsers.as(citizens.get(0)).post("/bookings/" + late + "/confirm").then().statusCode(200);
        TestUsers.as(citizens.get(1)).post("/bookings/" + afterHours + "/confirm").then().statusCode(200);

        at(tuesdayAt("09:40"));
        TestUsers.as(TestUsers.kiosk()).post("/bookings/" + late + "/check-in").then().statusCode(201)
                .body("channel", equalTo("WALK_IN"));

        at(tuesdayAt("15:30"));
        TestUsers.as(TestUsers.kiosk()).post("/bookings/" + afterHours + "/check-in").then().statusCode(422)
                .body("code", equalTo("outside-opening-hours"));
        TestUsers.as(citizens.get(1)).get("/bookings/" + afterHours).then().body("status", equalTo("CONFIRMED"))
                .body("ticketId", nullValue());
    }

    @Test
    void aCitizenHoldsAtMostFiveActiveBookingsAcrossServicesAndDays() {
        String citizen = TestUsers.citizen();
        for (int i = 0; i < 5; i++) {
            TestUsers.as(citizen).body(book(newImigrasiService(7, 60), TUESDAY, "09:00")).post("/bookings")
                    .then().statusCode(201);
        }
        String sixth = newImigrasiService(7, 60);
        TestUsers.as(citizen).header("Accept-Language", "en").body(book(sixth, TUESDAY, "09:00")).post("/bookings")
                .then().spec(problem(409))
                .body("code", equalTo("too-many-bookings"))
                .body("detail", equalTo("You already hold 5 active bookings; cancel or use one first"));
        given().when().get("/services/" + sixth + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200).body("available", equalTo(7));
        String first = TestUsers.as(citizen).get("/bookings/mine?size=1").then().statusCode(200)
                .body("size()", equalTo(1)).extract().path("[0].code");
        TestUsers.as(citizen).post("/bookings/" + first + "/cancel").then().statusCode(200);
        TestUsers.as(citizen).body(book(sixth, TUESDAY, "09:00")).post("/bookings").then().statusCode(201);
    }

    @Test
    void aCitizenCannotCheckInFromAnywhereOnlyTheKioskOrAnOfficerScanningTheCode() {
        String service = newImigrasiService(7, 60);
        String citizen = TestUsers.citizen();
        String code = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").path("code");
        TestUsers.as(citizen).post("/bookings/" + code + "/confirm").then().statusCode(200);
        at(tuesdayAt("09:05"));
        TestUsers.as(citizen).header("Accept-Language", "en").post("/bookings/" + code + "/check-in")
                .then().spec(problem(403))
                .body("code", equalTo("check-in-at-kiosk"));
        TestUsers.as(citizen).get("/bookings/" + code).then().body("status", equalTo("CONFIRMED"))
                .body("ticketId", nullValue());
        TestUsers.as(TestUsers.kiosk()).post("/bookings/" + code + "/check-in").then().statusCode(201)
                .body("channel", equalTo("ONLINE"));
    }

    @Test
    void theAgencysOfficerChecksInACitizenAtTheDeskButAnotherAgencysCannot() {
        String service = newImigrasiService(7, 60);
        String citizen = TestUsers.citizen();
        String code = TestUsers.as(citizen).body(book(service, TUESDAY, "09:00")).post("/bookings").path("code");
        TestUsers.as(citizen).post("/bookings/" + code + "/confirm").then().statusCode(200);
        at(tuesdayAt("09:05"));
        as(DemoUsers.DUKCAPIL_OFFICER).post("/bookings/" + code + "/check-in").then().statusCode(404);
        as(DemoUsers.IMIGRASI_OFFICER).post("/bookings/" + code + "/check-in").then().statusCode(201)
                .body("channel", equalTo("ONLINE"))
                .body("id", notNullValue());
    }

    private static void awaitStatus(String token, String code, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = TestUsers.as(token).get("/bookings/" + code).path("status");
            if (status.equals(seen)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(seen).as("status of %s", code).isEqualTo(status);
    }

    /** A fresh Imigrasi service at Kota Jambi, so each test starts with an untouched online quota. */
    @Test
    void citizensRushingSeveralSlotsTwiceAtOnceFillEverySlotExactlyAndHoldOneBookingEach() throws Exception {
        double statementsBefore = registry.summary("sinergi.queue.booking.statement.attempts").count();
        double attemptsBefore = registry.summary("sinergi.queue.booking.statement.attempts").totalAmount();
        double startsBefore = registry.summary("sinergi.queue.booking.statements.running").count();
        double runningBefore = registry.summary("sinergi.queue.booking.statements.running").totalAmount();
        String service = newImigrasiService(14, 60);
        List<String> slots = given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200).extract().jsonPath().getList("slots.start", String.class);
        assertThat(slots).hasSizeGreaterThan(2);
        List<String> citizens = TestUsers.citizens(60);
        ExecutorService pool = Executors.newFixedThreadPool(2 * citizens.size());
        CountDownLatch start = new CountDownLatch(1);
        Map<Future<Response>, String> attempts = new java.util.LinkedHashMap<>();
        try {
            for (int c = 0; c < citizens.size(); c++) {
                String citizen = citizens.get(c);
                // Each citizen tries two different slots at the same moment.
                for (String slot : List.of(slots.get(c % slots.size()), slots.get((c + 1) % slots.size()))) {
                    attempts.put(pool.submit(() -> {
                        start.await();
                        return TestUsers.as(citizen).body(book(service, TUESDAY, slot)).post("/bookings");
                    }), citizen);
                }
            }
            start.countDown();
            Map<String, Long> bookedPerCitizen = new HashMap<>();
            Map<String, Long> refusals = new HashMap<>();
            for (Map.Entry<Future<Response>, String> attempt : attempts.entrySet()) {
                Response answer = attempt.getKey().get();
                if (answer.statusCode() == 201) {
                    bookedPerCitizen.merge(attempt.getValue(), 1L, Long::sum);
                } else {
                    assertThat(answer.statusCode()).isEqualTo(409);
                    refusals.merge(answer.<String>path("code"), 1L, Long::sum);
                }
            }
            assertThat(bookedPerCitizen.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
            assertThat(bookedPerCitizen.values()).containsOnly(1L);
            assertThat(refusals.keySet()).containsAnyOf("booking-slot-full", "booking-already-held")
                    .isSubsetOf("booking-slot-full", "booking-already-held");
            for (String citizen : bookedPerCitizen.keySet()) {
                TestUsers.as(citizen).get("/bookings/mine").then().statusCode(200)
                        .body("findAll { it.serviceCode == '%s' }.size()".formatted(service), equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/services/" + service + "/slots?mpp=kota-jambi&date=" + TUESDAY)
                .then().statusCode(200)
                .body("available", equalTo(0))
                .body("slots.findAll { it.available != 0 }.size()", equalTo(0));
        // Attempts arriving together were written together (group commit), and no batch had to be split up.
        double statements = registry.summary("sinergi.queue.booking.statement.attempts").count() - statementsBefore;
        double written = registry.summary("sinergi.queue.booking.statement.attempts").totalAmount() - attemptsBefore;
        assertThat(written).isGreaterThan(statements);
        assertThat(registry.counter("sinergi.queue.booking.statement.fallbacks").count()).isZero();
        // With full batches waiting, statements ran side by side (batches of 8 in tests, up to 3 writers): some
        // statement started while another ran, so the running counts add up to more than one per statement.
        DistributionSummary running = registry.summary("sinergi.queue.booking.statements.running");
        assertThat(running.totalAmount() - runningBefore).isGreaterThan(running.count() - startsBefore);
    }

    static String newImigrasiService(int onlineQuota, int slotMinutes) {
        return saveImigrasiService("uji-" + UUID.randomUUID().toString().substring(0, 8), onlineQuota, slotMinutes, 14);
    }

    /** Creates or changes an Imigrasi test service as the MPP admin. */
    static String saveImigrasiService(String code, int onlineQuota, int slotMinutes, int horizonDays) {
        as(DemoUsers.MPP_ADMIN).body("""
                {"agencyCode": "imigrasi", "nameId": "Layanan uji", "nameEn": "Test service", "ticketPrefix": "TST",
                 "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 20, "priority": 5, "online": %d}, "slaMinutes": 60,
                 "slotMinutes": %d, "bookingHorizonDays": %d}""".formatted(onlineQuota, slotMinutes, horizonDays))
                .put("/mpps/kota-jambi/services/" + code).then().statusCode(200);
        return code;
    }

    /** The service's days released into slot units, in order. */
    List<String> releasedDays(String service) {
        List<String> days = new ArrayList<>();
        pool.preparedQuery("select service_date from booking_day where mpp_code = 'kota-jambi' and service_code = $1"
                        + " order by service_date")
                .execute(Tuple.of(service)).await().atMost(Duration.ofSeconds(10))
                .forEach(row -> days.add(row.getLocalDate(0).toString()));
        return days;
    }

    /** Per slot start of the service's Tuesday: [units, free units, booked units]. */
    Map<String, List<Long>> tuesdayUnits(String service) {
        Map<String, List<Long>> units = new TreeMap<>();
        pool.preparedQuery("""
                        select slot_start, count(*), count(*) filter (where booking_id is null), count(booking_id)
                        from booking_slot where mpp_code = 'kota-jambi' and service_code = $1 and service_date = $2
                        group by slot_start""")
                .execute(Tuple.of(service, LocalDate.parse(TUESDAY))).await().atMost(Duration.ofSeconds(10))
                .forEach(row -> units.put(row.getLocalTime(0).toString(),
                        List.of(row.getLong(1), row.getLong(2), row.getLong(3))));
        return units;
    }

    /** Each citizen books the slot on Tuesday, all released at the same moment; the answers in citizens' order. */
    static List<Response> bookAllAtOnce(String service, List<String> citizens, String slot) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(citizens.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> attempts = new ArrayList<>();
            for (String citizen : citizens) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    return TestUsers.as(citizen).body(book(service, TUESDAY, slot)).post("/bookings");
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> attempt : attempts) {
                answers.add(attempt.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    static String book(String service, String date, String slot) {
        return "{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"%s\", \"date\": \"%s\", \"slot\": \"%s\"}"
                .formatted(service, date, slot);
    }
}
