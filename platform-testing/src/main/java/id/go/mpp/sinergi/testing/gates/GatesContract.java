package id.go.mpp.sinergi.testing.gates;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The three gates of an application as one contract. A service's {@code @QuarkusTest} extends it, names itself and
 * its database, and makes the fixture its {@code gates/access.yaml} refers to ({@code {ticket}}, {@code {booking}},
 * …). An application running in another process (the gateway in e2e-tests) also says where it answers
 * ({@link #baseUrl()}), where its OpenAPI document is ({@link #openApi()}), which declarations apply
 * ({@link #declarations()}) and which rows a refusal must leave alone ({@link #rowCounts()}).
 */
public abstract class GatesContract {

    private RowCounts rowCounts;
    private Gates gates;

    /** The service, as its {@code gates/access.yaml} and OpenAPI document name it. */
    protected abstract String service();

    /** The service's database, whose rows must not change on a refusal. */
    protected abstract String database();

    /** Fresh ids and bodies for each test, by the names the declarations use. */
    protected abstract Map<String, String> fixture() throws Exception;

    /** Where the application answers: the {@code @QuarkusTest}'s own HTTP port unless overridden. */
    protected URI baseUrl() {
        return URI.create("http://127.0.0.1:" + RestAssured.port);
    }

    /** The application's OpenAPI document: read from the {@code @QuarkusTest}'s application unless overridden. */
    protected OpenApiModel openApi() {
        return OpenApiModel.ofRunningApp(RestAssured.port);
    }

    /** The declarations, a resource on the test classpath. */
    protected String declarations() {
        return "gates/access.yaml";
    }

    /** The rows a refusal must leave as they are: every table of {@link #database()} unless overridden. */
    protected RowCounts rowCounts() {
        return RowCounts.ofDatabase(database());
    }

    @BeforeEach
    void openTheGates() throws Exception {
        Map<String, String> fixture = fixture();
        rowCounts = rowCounts();
        gates = Gates.of(service(), baseUrl(), openApi(), AccessDeclarations.load(declarations()))
                .fixture(fixture).rowCounts(rowCounts);
    }

    @AfterEach
    void closeTheGates() throws Exception {
        rowCounts.close();
    }

    @Test
    void everyOperationOfTheOpenApiDocumentDeclaresWhoMayCallIt() {
        assertEquals(List.of(), gates.undeclared());
    }

    @Test
    void noRoleGetsAnAnswerItIsNotDeclaredForAndEveryRefusalIsAProblem() {
        gates.accessMatrix().assertClean();
    }

    @Test
    void hostileRequestsAreRefusedWithAProblemAndWriteNothing() {
        gates.hostileInput().assertClean();
    }
}
