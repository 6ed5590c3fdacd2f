package id.go.mpp.sinergi.gateway.grants;

import id.go.mpp.sinergi.gateway.domain.grants.GatewayOperations;
import id.go.mpp.sinergi.gateway.domain.grants.GatewayOperations.Operation;
import id.go.mpp.sinergi.gateway.domain.grants.OperationAccess;
import id.go.mpp.sinergi.gateway.domain.grants.OperationName;
import id.go.mpp.sinergi.gateway.domain.grants.RequestedGrants;
import id.go.mpp.sinergi.gateway.domain.grants.RequestedGrants.Reason;
import id.go.mpp.sinergi.gateway.domain.grants.RequestedGrants.Violation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** What the MPP admin may grant: operations agency systems may call by their role, event types of the platform. */
class RequestedGrantsTest {

    private static final GatewayOperations GATEWAY = GatewayOperations.of(List.of(
            op("GET /api/v1/visits/{visitId}/identity-verification", OperationAccess.AGENCY_SYSTEMS),
            op("GET /api/v1/message-log", OperationAccess.AGENCY_SYSTEMS),
            op("POST /api/v1/tickets", OperationAccess.OTHER_ROLES),
            op("GET /api/v1/services", OperationAccess.PUBLIC)));
    private static final Set<String> TYPES = Set.of("id.go.mpp.agency.identity-verified.v1",
            "id.go.mpp.queue.ticket-issued.v1");

    private static Operation op(String name, OperationAccess access) {
        return new Operation(OperationName.parse(name).orElseThrow(), access);
    }

    @Test
    void grantableNamesAreKeptAsTheGatewaySpellsThemOnceEach() {
        RequestedGrants.Checked checked = RequestedGrants.check(
                List.of("get /api/v1/visits/{id}/identity-verification/", "GET /api/v1/message-log",
                        "GET  /api/v1/message-log"),
                List.of("id.go.mpp.queue.ticket-issued.v1", "id.go.mpp.queue.ticket-issued.v1"), GATEWAY, TYPES);

        assertThat(checked.valid()).isTrue();
        assertThat(checked.operations()).containsExactly("GET /api/v1/message-log",
                "GET /api/v1/visits/{visitId}/identity-verification");
        assertThat(checked.eventTypes()).containsExactly("id.go.mpp.queue.ticket-issued.v1");
    }

    @Test
    void emptyListsGrantNothing() {
        RequestedGrants.Checked checked = RequestedGrants.check(List.of(), List.of(), GATEWAY, TYPES);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.operations()).isEmpty();
        assertThat(checked.eventTypes()).isEmpty();
    }

    @Test
    void eachUnknownOrUngrantableEntryIsNamedByItsPlace() {
        RequestedGrants.Checked checked = RequestedGrants.check(
                Arrays.asList("GET /api/v1/message-log", "GET /api/v1/nothing-here", "POST /api/v1/tickets",
                        "GET /api/v1/services", "message-log", null),
                Arrays.asList("id.go.mpp.agency.identity-verified.v1", "id.go.mpp.agency.nothing.v1", null),
                GATEWAY, TYPES);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.violations()).extracting(Violation::field, Violation::reason).containsExactly(
                tuple("operations[1]", Reason.UNKNOWN_OPERATION),
                tuple("operations[2]", Reason.NOT_FOR_AGENCY_SYSTEMS),
                tuple("operations[3]", Reason.NOT_FOR_AGENCY_SYSTEMS),
                tuple("operations[4]", Reason.NOT_AN_OPERATION_NAME),
                tuple("operations[5]", Reason.NOT_AN_OPERATION_NAME),
                tuple("eventTypes[1]", Reason.UNKNOWN_EVENT_TYPE),
                tuple("eventTypes[2]", Reason.UNKNOWN_EVENT_TYPE));
        assertThat(checked.operations()).isEmpty();
    }

    @Test
    void bothListsAreRequiredAndNotEndless() {
        assertThat(RequestedGrants.check(null, null, GATEWAY, TYPES).violations())
                .extracting(Violation::field, Violation::reason).containsExactly(
                        tuple("operations", Reason.MISSING),
                        tuple("eventTypes", Reason.MISSING));
        List<String> many = Collections.nCopies(RequestedGrants.MAX_ENTRIES + 1, "GET /api/v1/message-log");
        assertThat(RequestedGrants.check(many, List.of(), GATEWAY, TYPES).violations())
                .extracting(Violation::field, Violation::reason)
                .containsExactly(tuple("operations", Reason.TOO_MANY));
    }
}
