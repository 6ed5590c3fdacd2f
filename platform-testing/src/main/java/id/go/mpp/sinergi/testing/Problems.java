package id.go.mpp.sinergi.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every refusal of the platform looks like (RFC 9457): the status, {@code application/problem+json}, and the
 * same status in the body. Use as {@code .then().spec(problem(404)).body("code", equalTo("…"))}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder().expectStatusCode(status).expectHeader("Content-Type", startsWith(MEDIA_TYPE))
                .expectBody("status", equalTo(status)).build();
    }
}
