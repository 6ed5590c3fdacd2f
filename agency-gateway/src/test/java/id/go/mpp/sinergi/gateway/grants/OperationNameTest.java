package id.go.mpp.sinergi.gateway.grants;

import id.go.mpp.sinergi.gateway.domain.grants.OperationName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation names as the OpenAPI document and the gates spell them, whoever wrote them. */
class OperationNameTest {

    @Test
    void aResourceMethodIsNamedByItsHttpMethodAndThePathsOfClassAndMethod() {
        assertThat(OperationName.of("GET", "/api/v1/visits/{visitId}", "/identity-verification"))
                .hasToString("GET /api/v1/visits/{visitId}/identity-verification");
        assertThat(OperationName.of("GET", "/api/v1/message-log", null)).hasToString("GET /api/v1/message-log");
        assertThat(OperationName.of("POST", "/api/v1/", "tickets/")).hasToString("POST /api/v1/tickets");
    }

    @Test
    void aTemplatesRegularExpressionIsNotPartOfTheName() {
        assertThat(OperationName.of("GET", "/api/v1/message-log", "/{seq: [0-9]+}"))
                .hasToString("GET /api/v1/message-log/{seq}");
        assertThat(OperationName.of("GET", "/api/v1/files", "/{id: [0-9]{1,3}}/{rest: .+/.+}"))
                .hasToString("GET /api/v1/files/{id}/{rest}");
        assertThat(OperationName.of("GET", "/api/v1/open311/v2", "/requests.{format: json|xml}"))
                .hasToString("GET /api/v1/open311/v2/requests.{format}");
    }

    @Test
    void aWrittenNameIsNormalisedToTheDocumentsSpelling() {
        assertThat(OperationName.parse("  get   //api/v1/visits/{visitId}//identity-verification/ "))
                .hasValueSatisfying(name -> assertThat(name)
                        .hasToString("GET /api/v1/visits/{visitId}/identity-verification"));
        assertThat(OperationName.parse("Delete /api/v1/mpps/{ mpp }/agency-grants/{agency}"))
                .hasValueSatisfying(name -> assertThat(name)
                        .hasToString("DELETE /api/v1/mpps/{mpp}/agency-grants/{agency}"));
    }

    @Test
    void namesOfTheSameEndpointWithOtherTemplateNamesHaveOneShape() {
        OperationName documented = OperationName.parse("GET /api/v1/visits/{visitId}/applications").orElseThrow();
        OperationName written = OperationName.parse("get /api/v1/visits/{id}/applications").orElseThrow();
        assertThat(written).isNotEqualTo(documented);
        assertThat(written.shape()).isEqualTo(documented.shape()).isEqualTo("GET /api/v1/visits/{}/applications");
        assertThat(OperationName.parse("GET /api/v1/visits/{id}/journey").orElseThrow().shape())
                .isNotEqualTo(documented.shape());
    }

    @Test
    void whatIsNoOperationNameIsRefused() {
        assertThat(OperationName.parse(null)).isEmpty();
        assertThat(OperationName.parse("")).isEmpty();
        assertThat(OperationName.parse("/api/v1/message-log")).isEmpty();
        assertThat(OperationName.parse("GET")).isEmpty();
        assertThat(OperationName.parse("GET api/v1/message-log")).isEmpty();
        assertThat(OperationName.parse("G3T /api/v1/message-log")).isEmpty();
        assertThat(OperationName.parse("GET /api/v1/visits/{visitId/applications")).isEmpty();
        assertThat(OperationName.parse("GET /api/v1/visits/}{/applications")).isEmpty();
        assertThat(OperationName.parse("GET /api/v1/message-log\n")).isEmpty();
        assertThat(OperationName.parse("GET /api/v1/" + "a".repeat(OperationName.MAX_LENGTH))).isEmpty();
    }
}
