package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.codes.ReadableCodes;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.testing.EventPublisher;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Walk-in ticket steps served as queue-service announces them, and their answers by the printed survey code. */
final class WalkIns {

    static final Instant COMPLETED_AT = Instant.parse("2026-11-20T08:00:00Z");

    private WalkIns() {
    }

    /** A walk-in step served at {@code counter} on {@code day}; its printed survey code once it is invited. */
    static String served(EventPublisher queueService, String mpp, String agency, String service, String counter,
                         LocalDate day) {
        String code = ReadableCodes.random(5) + "-" + ReadableCodes.random(5);
        queueService.publish(new TicketCompleted(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "IMI-A-007", mpp, agency, service, counter, null, "SERVED", COMPLETED_AT, 300, 600,
                ReadableCodes.hash(code), day));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/survey-codes/" + code).statusCode() == 200);
        return code;
    }

    /** Answers by {@code code}, expecting 201. */
    static void answer(String code, String profile, int... values) {
        given().contentType("application/json").body(answers(profile, null, values))
                .post("/survey-codes/" + code + "/response").then().statusCode(201);
    }

    /** The body of an answer: the unsur values in order, an optional profile (JSON) and comment. */
    static String answers(String profile, String comment, int... values) {
        String answers = IntStream.range(0, values.length)
                .mapToObj(i -> "{\"unsur\": " + (i + 1) + ", \"value\": " + values[i] + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"answers\": " + answers + (profile == null ? "" : ", \"profile\": " + profile)
                + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}";
    }
}
