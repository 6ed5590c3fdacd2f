package id.go.mpp.sinergi.gateway.grants;

import id.go.mpp.sinergi.gateway.domain.grants.GatewayOperations.Operation;
import id.go.mpp.sinergi.gateway.domain.grants.Grant;
import id.go.mpp.sinergi.gateway.domain.grants.GrantKind;
import id.go.mpp.sinergi.gateway.domain.grants.GrantTable;
import id.go.mpp.sinergi.gateway.domain.grants.OperationAccess;
import id.go.mpp.sinergi.gateway.domain.grants.OperationName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Default deny: an agency's system may do only what its agency at its MPP is granted. */
class GrantTableTest {

    private static final String IDENTITY = "GET /api/v1/visits/{visitId}/identity-verification";
    private static final String VERIFIED = "id.go.mpp.agency.identity-verified.v1";

    private static final GrantTable TABLE = GrantTable.of(List.of(
            new Grant("kota-jambi", "dpmptsp", GrantKind.OPERATION, IDENTITY),
            new Grant("kota-jambi", "dpmptsp", GrantKind.EVENT_TYPE, VERIFIED)));

    private static Operation operation(String name, OperationAccess access) {
        return new Operation(OperationName.parse(name).orElseThrow(), access);
    }

    @Test
    void nothingIsGrantedByAnEmptyTable() {
        assertThat(GrantTable.EMPTY.mayCall("kota-jambi", "dpmptsp", IDENTITY)).isFalse();
        assertThat(GrantTable.EMPTY.mayReceive("kota-jambi", "dpmptsp", VERIFIED)).isFalse();
    }

    @Test
    void aGrantOpensItsOperationOrEventTypeToItsAgencyAtItsMppOnly() {
        assertThat(TABLE.mayCall("kota-jambi", "dpmptsp", IDENTITY)).isTrue();
        assertThat(TABLE.mayReceive("kota-jambi", "dpmptsp", VERIFIED)).isTrue();

        assertThat(TABLE.mayCall("kota-jambi", "imigrasi", IDENTITY)).isFalse();
        assertThat(TABLE.mayCall("kota-batam", "dpmptsp", IDENTITY)).isFalse();
        assertThat(TABLE.mayCall("kota-jambi", "dpmptsp", "GET /api/v1/message-log")).isFalse();
        assertThat(TABLE.mayReceive("kota-batam", "dpmptsp", VERIFIED)).isFalse();
        assertThat(TABLE.mayReceive("kota-jambi", "dpmptsp", "id.go.mpp.complaint.complaint-submitted.v1")).isFalse();
    }

    @Test
    void anOperationGrantIsNoEventTypeGrantOfTheSameName() {
        assertThat(TABLE.mayReceive("kota-jambi", "dpmptsp", IDENTITY)).isFalse();
        assertThat(TABLE.mayCall("kota-jambi", "dpmptsp", VERIFIED)).isFalse();
    }

    @Test
    void aSystemWithoutAgencyOrMppClaimsIsGrantedNothing() {
        assertThat(TABLE.mayCall(null, "dpmptsp", IDENTITY)).isFalse();
        assertThat(TABLE.mayCall("kota-jambi", null, IDENTITY)).isFalse();
        assertThat(TABLE.mayReceive("kota-jambi", "dpmptsp", null)).isFalse();
        assertThat(TABLE.admits(true, null, null, operation(IDENTITY, OperationAccess.AGENCY_SYSTEMS))).isFalse();
    }

    @Test
    void onlyAgencySystemsNeedAGrantAndOnlyForOperationsThatAreNotPublic() {
        Operation identity = operation(IDENTITY, OperationAccess.AGENCY_SYSTEMS);
        Operation messageLog = operation("GET /api/v1/message-log", OperationAccess.AGENCY_SYSTEMS);
        Operation services = operation("GET /api/v1/services", OperationAccess.PUBLIC);

        assertThat(TABLE.admits(true, "kota-jambi", "dpmptsp", identity)).isTrue();
        assertThat(TABLE.admits(true, "kota-jambi", "dpmptsp", messageLog)).isFalse();
        assertThat(TABLE.admits(true, "kota-jambi", "dpmptsp", services)).isTrue();
        // users and kiosks: their roles decide, whatever is granted
        assertThat(TABLE.admits(false, "kota-jambi", "imigrasi", messageLog)).isTrue();
        assertThat(TABLE.admits(false, null, null, identity)).isTrue();
    }
}
