package id.go.mpp.sinergi.core.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProblemMappersTests {

    @Test
    void missingAndInvalidFieldsAreNamedInIndonesianByDefaultAndSaySo() {
        given().contentType("application/json").body("{\"owner\": \"\", \"boxes\": [{\"lengthCm\": 0}]}")
                .when().post("/test/problems/parcels")
                .then().spec(problem(400))
                .header("Content-Language", "id")
                .body("status", equalTo(400))
                .body("code", equalTo("validation"))
                .body("title", equalTo("Data permintaan tidak valid"))
                .body("instance", equalTo("/test/problems/parcels"))
                .body("errors.field", hasItems("owner", "weightGrams", "boxes[0].lengthCm"))
                .body("errors.find { it.field == 'weightGrams' }.message", equalTo("wajib diisi"));
    }

    @Test
    void fieldMessagesFollowAcceptLanguageEnglishAndSaySo() {
        given().contentType("application/json").header("Accept-Language", "en-US,en;q=0.9")
                .body("{\"owner\": \"Siti\"}")
                .when().post("/test/problems/parcels")
                .then().spec(problem(400))
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request data"))
                .body("errors.find { it.field == 'weightGrams' }.message", equalTo("is required"));
    }

    @Test
    void aMissingBodyIsA400NotA500() {
        given().contentType("application/json")
                .when().post("/test/problems/parcels")
                .then().spec(problem(400))
                .body("code", equalTo("validation"));
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType("application/json").body("{\"owner\": \"Siti\", ")
                .when().post("/test/problems/parcels")
                .then().spec(problem(400))
                .body("code", equalTo("malformed-json"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body("{\"owner\": \"Siti\", \"weightGrams\": \"heavy\"}")
                .when().post("/test/problems/parcels")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("weightGrams"))
                .body("errors[0].message", containsString("heavy"));
    }

    @Test
    void unknownIdIs404AndWrongStateIs409WithTheStateNamed() {
        given().header("Accept-Language", "en").when().get("/test/problems/parcels/P-1")
                .then().spec(problem(404))
                .body("code", equalTo("parcel-not-found"))
                .body("detail", equalTo("Parcel P-1 not found"));
        given().when().post("/test/problems/parcels/P-1/deliver")
                .then().statusCode(409)
                .body("code", equalTo("parcel-wrong-state"))
                .body("detail", containsString("DELIVERED"));
    }

    @Test
    void aBugIsA500ProblemThatLeaksNothing() {
        given().when().get("/test/problems/bug")
                .then().spec(problem(500))
                .body("detail", startsWith("Kode insiden"))
                .body("detail", not(containsString("3571014501900001")));
    }

    @Test
    void anAddressWithNothingThereIsA404ProblemInTheCallersLanguage() {
        given().when().get("/test/problems/nothing-here")
                .then().spec(problem(404))
                .header("Content-Language", "id")
                .body("code", equalTo("not-found"))
                .body("title", equalTo("Tidak ditemukan"))
                .body("detail", startsWith("Tidak ada apa pun di alamat ini"))
                .body("instance", equalTo("/test/problems/nothing-here"));
        given().header("Accept-Language", "en").when().get("/test/problems/nothing-here")
                .then().statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", startsWith("There is nothing at this address"));
    }

    @Test
    void aMethodOrBodyFormatTheAddressDoesNotTakeIsA4xxProblemInTheCallersLanguage() {
        given().header("Accept-Language", "en").when().delete("/test/problems/parcels")
                .then().spec(problem(405))
                .header("Content-Language", "en")
                .body("code", equalTo("method-not-allowed"))
                .body("title", equalTo("Method not allowed"));
        given().contentType("text/plain").body("a parcel").when().post("/test/problems/parcels")
                .then().spec(problem(415))
                .header("Content-Language", "id")
                .body("code", equalTo("unsupported-media-type"))
                .body("title", equalTo("Format isi tidak didukung"))
                .body("detail", containsString("Content-Type"));
    }

    @Test
    void aCallerWithoutATokenIsRefusedWithA401ProblemAndTheBearerChallenge() {
        given().header("Accept-Language", "en").when().get("/test/problems/staff-only")
                .then().spec(problem(401))
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("unauthorized"))
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void aMalformedAcceptLanguageIsReadAsNoneAndTheRefusalStaysAProblem() {
        for (String header : new String[] {"en;q=abc", "en;q=", "*;q=2"}) {
            given().header("Accept-Language", header).contentType("application/json").body("{}")
                    .when().post("/test/problems/parcels")
                    .then().spec(problem(400))
                    .body("title", equalTo("Data permintaan tidak valid"));
        }
    }

    @Test
    void aNulCharacterInATextIsRefusedAsABadValueOfItsField() {
        given().header("Accept-Language", "en").contentType("application/json")
                .body("{\"owner\": \"Budi\\u0000\", \"weightGrams\": 5}")
                .when().post("/test/problems/parcels")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("owner"));
    }
}
