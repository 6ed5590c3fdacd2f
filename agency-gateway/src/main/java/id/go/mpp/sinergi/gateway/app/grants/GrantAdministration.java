package id.go.mpp.sinergi.gateway.app.grants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLog;
import id.go.mpp.sinergi.gateway.domain.grants.GrantChange;
import id.go.mpp.sinergi.gateway.domain.grants.GrantKind;
import id.go.mpp.sinergi.gateway.domain.grants.RequestedGrants;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import id.go.mpp.sinergi.gateway.store.grants.AgencyGrantRows;
import id.go.mpp.sinergi.gateway.store.grants.AgencyGrantRows.StoredGrant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The MPP admin manages the access rights of the agency systems at their MPP: reads them, replaces one agency's,
 * revokes them all. Only the admin of that MPP; any other finds nothing (404). A change commits with its message log
 * entry (the agency reads it among its own entries) and holds for every request from the moment it is answered.
 */
@ApplicationScoped
public class GrantAdministration {

    /** The message log's operation names of the changes. */
    public static final String REPLACE = "agency-grants.replace";
    public static final String REVOKE = "agency-grants.revoke";

    private static final Set<String> EVENT_TYPES = EventCatalog.ALL.stream().map(EventCatalog::typeOf)
            .collect(Collectors.toUnmodifiableSet());

    private final AgencyGrantRows rows;
    private final AgencyGrants grants;
    private final GatewayOperationIndex operations;
    private final MessageLog messageLog;
    private final ObjectMapper json;
    private final Clock clock;

    public GrantAdministration(AgencyGrantRows rows, AgencyGrants grants, GatewayOperationIndex operations,
                               MessageLog messageLog, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.grants = grants;
        this.operations = operations;
        this.messageLog = messageLog;
        this.json = json;
        this.clock = clock;
    }

    /** The MPP admin asking: their account and the MPP of their token. */
    public record Admin(String accountId, String mppCode) {
    }

    /** One grant as the admin sees it. */
    public record GrantView(String name, String grantedBy, Instant grantedAt) {
    }

    /** An agency's grants. */
    public record AgencyView(String agencyCode, List<GrantView> operations, List<GrantView> eventTypes) {
    }

    public record MppView(String mppCode, List<AgencyView> agencies) {
    }

    /** The MPP's grants, of one agency if {@code agencyCode} is not null. */
    public Uni<MppView> list(Admin admin, String mppCode, String agencyCode) {
        return ownMpp(admin, mppCode).chain(() -> Panache.withSession(() -> rows.ofMpp(mppCode, agencyCode)))
                .map(stored -> new MppView(mppCode, byAgency(stored)));
    }

    /**
     * Makes the agency's grants exactly these (operation names as the gateway spells them or of the same endpoint,
     * event types of the platform's catalogue); 400 naming each unknown entry.
     */
    public Uni<AgencyView> replace(Admin admin, String mppCode, String agencyCode, List<String> operationNames,
                                   List<String> eventTypes) {
        return ownMpp(admin, mppCode).chain(() -> {
            RequestedGrants.Checked checked = RequestedGrants.check(operationNames, eventTypes,
                    operations.operations(), EVENT_TYPES);
            if (!checked.valid()) {
                return Uni.createFrom().failure(GrantProblems.invalid(checked.violations()));
            }
            Instant now = Timestamps.now(clock);
            Map<String, Object> asked = new LinkedHashMap<>();
            asked.put("operations", checked.operations());
            asked.put("eventTypes", checked.eventTypes());
            String payload = jsonOf(asked);
            return Panache.withTransaction(() -> rows.replace(mppCode, agencyCode,
                                    jsonOf(checked.operations()), jsonOf(checked.eventTypes()), admin.accountId(), now)
                            .call(change -> logged(admin, mppCode, agencyCode, REPLACE, change, payload))
                            .chain(change -> rows.ofMpp(mppCode, agencyCode)))
                    .call(grants::reloadAfterChange)
                    .map(stored -> agencyView(agencyCode, stored));
        });
    }

    /** Removes every grant of the agency at the MPP (none: nothing changes). */
    public Uni<Void> revoke(Admin admin, String mppCode, String agencyCode) {
        return ownMpp(admin, mppCode).chain(() -> Panache.withTransaction(() -> rows.revoke(mppCode, agencyCode)
                        .call(removed -> logged(admin, mppCode, agencyCode, REVOKE,
                                new GrantChange(List.of(), removed), null))))
                .call(grants::reloadAfterChange)
                .replaceWithVoid();
    }

    /** Another MPP's grants are the same 404 as an MPP that does not exist. */
    private static Uni<Void> ownMpp(Admin admin, String mppCode) {
        if (admin.mppCode() == null || !admin.mppCode().equals(mppCode)) {
            return Uni.createFrom().failure(ProblemException.notFound("mpp-not-found", LocalizedText.of(
                    "Tidak ada MPP %s di antara MPP Anda.", "There is no MPP %s among yours.").formatted(mppCode)));
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * The change in the message log, where the agency reads its own entries: IN, since a grant decides what the
     * agency's system may exchange with Sinergi (the log has no direction of its own for an administrator's change).
     */
    private Uni<Void> logged(Admin admin, String mppCode, String agencyCode, String operation, GrantChange change,
                             String payload) {
        if (!change.changed()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("operationsGranted", String.join(", ", GrantChange.names(change.added(), GrantKind.OPERATION)));
        details.put("operationsRevoked", String.join(", ", GrantChange.names(change.removed(), GrantKind.OPERATION)));
        details.put("eventTypesGranted", String.join(", ", GrantChange.names(change.added(), GrantKind.EVENT_TYPE)));
        details.put("eventTypesRevoked", String.join(", ",
                GrantChange.names(change.removed(), GrantKind.EVENT_TYPE)));
        return messageLog.append(new MessageLogRecord(Direction.IN, mppCode, agencyCode, admin.accountId(),
                "access rights of the agency's system changed by the MPP admin", operation,
                "mpps/" + mppCode + "/agency-grants/" + agencyCode,
                "+" + change.added().size() + " -" + change.removed().size(), payload, details));
    }

    private static List<AgencyView> byAgency(List<StoredGrant> stored) {
        Map<String, List<StoredGrant>> byAgency = new TreeMap<>();
        for (StoredGrant grant : stored) {
            byAgency.computeIfAbsent(grant.agencyCode(), a -> new ArrayList<>()).add(grant);
        }
        return byAgency.entrySet().stream().map(e -> agencyView(e.getKey(), e.getValue())).toList();
    }

    private static AgencyView agencyView(String agencyCode, List<StoredGrant> stored) {
        return new AgencyView(agencyCode, views(stored, GrantKind.OPERATION), views(stored, GrantKind.EVENT_TYPE));
    }

    private static List<GrantView> views(List<StoredGrant> stored, GrantKind kind) {
        return stored.stream().filter(g -> g.kind() == kind)
                .map(g -> new GrantView(g.name(), g.grantedBy(), g.grantedAt())).toList();
    }

    private String jsonOf(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
