package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.TestUsers;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;

/**
 * A counter of its own for one test at MPP Kota Jambi: created by the MPP admin for the given services, and a
 * new officer of the agency to staff it — so tests never share a counter or an officer.
 */
record Desk(String agency, String counter, String officerToken) {

    static Desk of(String agency, String... services) {
        String counter = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        StringBuilder list = new StringBuilder();
        for (String service : services) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(service).append('"');
        }
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"" + agency + "\", \"name\": \"Loket uji " + counter
                        + "\", \"services\": [" + list + "]}")
                .put("/mpps/kota-jambi/counters/" + counter).then().statusCode(200);
        return new Desk(agency, counter, TestUsers.officer(agency, "kota-jambi"));
    }

    /** A new desk, already opened by its officer. */
    static Desk opened(String agency, String... services) {
        Desk desk = of(agency, services);
        desk.officer().post(desk.path("open")).then().statusCode(200);
        return desk;
    }

    RequestSpecification officer() {
        return TestUsers.as(officerToken);
    }

    String path(String action) {
        return "/counters/kota-jambi/" + counter + (action.isEmpty() ? "" : "/" + action);
    }

    /** Calls next and answers the called ticket's number (fails if nobody was called). */
    String callNext() {
        return officer().post(path("call-next")).then().statusCode(200).extract().path("number");
    }

    String callNextId() {
        return officer().post(path("call-next")).then().statusCode(200).extract().path("id");
    }

    void complete(String ticketId) {
        officer().body("{\"outcome\": \"SERVED\"}").post("/tickets/" + ticketId + "/complete").then().statusCode(200);
    }
}
