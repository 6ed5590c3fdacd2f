package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.testing.DemoUsers;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** The MPP catalogue through the public gateway: transparent to citizens, managed by the right admins. */
class CatalogueThroughGatewayIT {

    @BeforeAll
    static void platform() {
        RestAssured.baseURI = Platform.shared().gateway.url();
    }

    @Test
    void citizensSeeHoursRequirementsFeesAndQuotasWithoutLoggingIn() {
        given().when().get("/api/v1/mpps/kota-jambi").then().statusCode(200)
                .body("timeZone", equalTo("WIB"))
                .body("agencies.code", hasItem("dukcapil"));
        given().header("Accept-Language", "en").when().get("/api/v1/mpps/kota-jambi/services/akta-kelahiran")
                .then().statusCode(200)
                .body("requirements[0]", equalTo("Birth letter from the hospital or midwife"))
                .body("feeRupiah", equalTo(0));
    }

    @Test
    void anAgencyAdminChangesItsQuotaAndAnotherAgencysAdminCannot() {
        String body = """
                {"agencyCode": "dpmptsp", "nameId": "Nomor Induk Berusaha (NIB)",
                 "nameEn": "Business identification number (NIB)", "ticketPrefix": "OSS-A",
                 "requirementsId": ["KTP-el", "NPWP", "Alamat email aktif"],
                 "requirementsEn": ["KTP-el", "Tax number (NPWP)", "Active e-mail address"],
                 "feeRupiah": 0, "serviceMinutes": 30, "dailyQuota": {"regular": 25, "priority": 5, "online": 20},
                 "slaMinutes": 90}""";
        as(DemoUsers.DUKCAPIL_ADMIN).body(body).put("/api/v1/mpps/kota-jambi/services/nib").then().statusCode(403);
        as(DemoUsers.MPP_ADMIN).body(body).put("/api/v1/mpps/kota-jambi/services/nib").then().statusCode(200)
                .body("dailyQuota.total", equalTo(50));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/api/v1/mpps/kota-jambi/counters").then().statusCode(200)
                .body("agencyCode", everyItem(equalTo("dukcapil")));
        as(DemoUsers.CITIZEN).get("/api/v1/mpps/kota-jambi/counters").then().statusCode(403);
    }
}
