package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.testing.DemoUsers;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Online booking through the public gateway: see the slots, book, move once, cancel — with the quota visible. */
class BookingThroughGatewayIT {

    @BeforeAll
    static void platform() {
        RestAssured.baseURI = Platform.shared().gateway.url();
    }

    @Test
    void aCitizenSeesTheQuotaBooksMovesAndCancelsThroughTheGateway() {
        String day = nextBookableDay("penggantian-paspor");
        int freeAtTen = freeAt("penggantian-paspor", day, "10:00");

        Response booked = as(DemoUsers.CITIZEN)
                .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"penggantian-paspor\", \"date\": \"" + day
                        + "\", \"slot\": \"10:00\"}")
                .post("/api/v1/bookings");
        booked.then().statusCode(201).body("code", matchesPattern("BK-[0-9A-Z]{8}")).body("status", equalTo("PENDING"));
        String code = booked.path("code");
        assertThat(freeAt("penggantian-paspor", day, "10:00")).isEqualTo(freeAtTen - 1);

        as(DemoUsers.DUKCAPIL_OFFICER).get("/api/v1/bookings/" + code).then().statusCode(404)
                .body("instance", equalTo("/api/v1/bookings/" + code));
        as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/bookings/" + code).then().statusCode(200);

        as(DemoUsers.CITIZEN).post("/api/v1/bookings/" + code + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(DemoUsers.CITIZEN).body("{\"date\": \"" + day + "\", \"slot\": \"11:00\"}")
                .post("/api/v1/bookings/" + code + "/reschedule").then().statusCode(200)
                .body("slot", equalTo("11:00"))
                .body("reschedulesLeft", equalTo(0));
        assertThat(freeAt("penggantian-paspor", day, "10:00")).isEqualTo(freeAtTen);

        as(DemoUsers.CITIZEN).post("/api/v1/bookings/" + code + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(DemoUsers.CITIZEN).get("/api/v1/bookings/mine").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.status", equalTo("CANCELLED"));
    }

    @Test
    void aSecondBookingForTheSameDayIsRefusedThroughTheGatewayInTheCallersLanguageWithPublicLinksAndAudited()
            throws Exception {
        String day = nextBookableDay("kartu-keluarga");
        String body = "{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"kartu-keluarga\", \"date\": \"" + day
                + "\", \"slot\": \"%s\"}";

        Response booked = as(DemoUsers.CITIZEN).body(body.formatted("09:00")).post("/api/v1/bookings");
        booked.then().statusCode(201).contentType("application/json");
        String code = booked.path("code");
        assertThat(booked.header("Location")).as("the new booking's link names the public API")
                .endsWith("/api/v1/bookings/" + code);
        try {
            as(DemoUsers.CITIZEN).header("Accept-Language", "en").body(body.formatted("10:00")).post("/api/v1/bookings")
                    .then().spec(problem(409))
                    .header("Content-Language", "en")
                    .body("code", equalTo("booking-already-held"))
                    .body("instance", equalTo("/api/v1/bookings"))
                    .body("detail", equalTo("You already hold an active booking for this service on " + day
                            + "; reschedule or cancel that one"));
            as(DemoUsers.CITIZEN).body(body.formatted("10:00")).post("/api/v1/bookings")
                    .then().statusCode(409)
                    .header("Content-Language", "id")
                    .body("detail", equalTo("Anda sudah memiliki pemesanan aktif untuk layanan ini pada " + day
                            + "; ubah jadwal atau batalkan yang itu"));
        } finally {
            as(DemoUsers.CITIZEN).post("/api/v1/bookings/" + code + "/cancel").then().statusCode(200);
        }
        List<String> audit = Platform.shared().auditActions(DemoUsers.CITIZEN.accountId());
        assertThat(audit.subList(audit.size() - 4, audit.size())).as("the citizen's last four calls in the audit log")
                .containsExactly("booking.create 201 bookings", "booking.create 409 bookings",
                        "booking.create 409 bookings", "booking.cancel 200 bookings/" + code);
    }

    private static int freeAt(String service, String day, String slot) {
        return given().get("/api/v1/services/" + service + "/slots?mpp=kota-jambi&date=" + day)
                .then().statusCode(200).extract().path("slots.find { it.start == '" + slot + "' }.available");
    }

    /** Tomorrow in Jambi, or the next day after it the MPP serves (the demo calendar has public holidays). */
    private static String nextBookableDay(String service) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
        for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
            if (given().get("/api/v1/services/" + service + "/slots?mpp=kota-jambi&date=" + day).statusCode() == 200) {
                return day.toString();
            }
        }
        throw new AssertionError("No bookable day within a week");
    }
}
