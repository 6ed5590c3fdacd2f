package id.go.mpp.sinergi.complaint.gates;

import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.complaint.api.Open311CatalogueStub;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.gates.GatesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;

import static id.go.mpp.sinergi.testing.DemoUsers.as;

/**
 * The gates of every complaint-service endpoint, from its OpenAPI document and {@code gates/access.yaml}; the
 * fixture is a complaint of the demo citizen about imigrasi at MPP kota-jambi.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = Open311CatalogueStub.class, restrictToAnnotatedClass = true)
class ComplaintGatesTests extends GatesContract {

    @Override
    protected String service() {
        return "complaint-service";
    }

    @Override
    protected String database() {
        return "complaint";
    }

    @Override
    protected Map<String, String> fixture() {
        return Map.of("complaint", complaintOfTheCitizen(), "forDisposition", complaintOfTheCitizen());
    }

    private static String complaintOfTheCitizen() {
        return as(DemoUsers.CITIZEN)
                .body("{\"category\": \"PENGADUAN\", \"description\": \"Loket imigrasi tutup sebelum jam\", "
                        + "\"mppCode\": \"kota-jambi\", \"agencyCode\": \"imigrasi\"}")
                .post("/complaints").then().statusCode(201).extract().path("trackingId");
    }
}
