package id.go.mpp.sinergi.gateway.domain.grants;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every agency system's access rights at once, as read from the grants: what an agency's system at an MPP may call
 * and which event types it may receive. Default deny: what is not granted, to whom nothing is known about (no
 * agency, no MPP), is refused. Immutable; a new table replaces the old one when the grants change.
 */
public final class GrantTable {

    public static final GrantTable EMPTY = new GrantTable(Map.of(), 0);

    private record Key(String mppCode, String agencyCode, GrantKind kind) {
    }

    private final Map<Key, Set<String>> names;
    private final int size;

    private GrantTable(Map<Key, Set<String>> names, int size) {
        this.names = names;
        this.size = size;
    }

    public static GrantTable of(Collection<Grant> grants) {
        Map<Key, Set<String>> names = new HashMap<>();
        for (Grant grant : grants) {
            names.computeIfAbsent(new Key(grant.mppCode(), grant.agencyCode(), grant.kind()), k -> new HashSet<>())
                    .add(grant.name());
        }
        Map<Key, Set<String>> frozen = new HashMap<>();
        names.forEach((key, set) -> frozen.put(key, Set.copyOf(set)));
        return new GrantTable(Map.copyOf(frozen), grants.size());
    }

    /** Whether the agency's system at the MPP may call the operation ({@code METHOD /path/{template}}). */
    public boolean mayCall(String mppCode, String agencyCode, String operation) {
        return granted(mppCode, agencyCode, GrantKind.OPERATION, operation);
    }

    /** Whether the agency's system at the MPP may receive events of the CloudEvents type. */
    public boolean mayReceive(String mppCode, String agencyCode, String eventType) {
        return granted(mppCode, agencyCode, GrantKind.EVENT_TYPE, eventType);
    }

    /**
     * The gateway's rule for a request: only agency systems need a grant, and only for an operation that is not
     * public (a public one they could call without their token). Users and kiosks are governed by their roles.
     */
    public boolean admits(boolean agencySystem, String mppCode, String agencyCode,
                          GatewayOperations.Operation operation) {
        if (!agencySystem || operation.access() == OperationAccess.PUBLIC) {
            return true;
        }
        return mayCall(mppCode, agencyCode, operation.name().toString());
    }

    /** Grants in the table. */
    public int size() {
        return size;
    }

    private boolean granted(String mppCode, String agencyCode, GrantKind kind, String name) {
        if (mppCode == null || agencyCode == null || name == null) {
            return false;
        }
        Set<String> granted = names.get(new Key(mppCode, agencyCode, kind));
        return granted != null && granted.contains(name);
    }
}
