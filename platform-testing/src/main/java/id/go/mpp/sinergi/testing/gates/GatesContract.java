package id.go.mpp.sinergi.testing.gates;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The three gates of a service as one contract: a service's {@code @QuarkusTest} extends it, names itself and its
 * database, and makes the fixture its {@code gates/access.yaml} refers to ({@code {ticket}}, {@code {booking}}, …).
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

    @BeforeEach
    void openTheGates() throws Exception {
        Map<String, String> fixture = fixture();
        rowCounts = RowCounts.ofDatabase(database());
        gates = Gates.of(service(), RestAssured.port).fixture(fixture).rowCounts(rowCounts);
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
