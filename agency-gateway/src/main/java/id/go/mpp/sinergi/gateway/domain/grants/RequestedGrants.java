package id.go.mpp.sinergi.gateway.domain.grants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An agency's grants as the MPP admin asks for them: operation names resolved to the gateway's spelling, event types
 * checked against the platform's catalogue, each wrong entry named by its field ({@code operations[2]}).
 */
public final class RequestedGrants {

    /** More than every operation and event type there is, so a list past it is a mistake. */
    public static final int MAX_ENTRIES = 200;

    /** Why an entry of the request is refused. */
    public enum Reason {
        /** The list itself is missing (an empty list revokes all). */
        MISSING,
        /** The list has more than {@link #MAX_ENTRIES} entries. */
        TOO_MANY,
        /** Not {@code METHOD /path}, or empty. */
        NOT_AN_OPERATION_NAME,
        /** No operation of the gateway by that name. */
        UNKNOWN_OPERATION,
        /** An operation agency systems are not let in to by their role, or a public one. */
        NOT_FOR_AGENCY_SYSTEMS,
        /** Not an event type of the platform's catalogue. */
        UNKNOWN_EVENT_TYPE
    }

    public record Violation(String field, Reason reason, String value) {
    }

    /** The grants to keep (canonical names, sorted) or, if any entry is wrong, the violations. */
    public record Checked(SortedSet<String> operations, SortedSet<String> eventTypes, List<Violation> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private RequestedGrants() {
    }

    public static Checked check(List<String> operations, List<String> eventTypes, GatewayOperations gateway,
                                Set<String> knownEventTypes) {
        List<Violation> violations = new ArrayList<>();
        SortedSet<String> ops = new TreeSet<>();
        SortedSet<String> types = new TreeSet<>();
        if (operations == null) {
            violations.add(new Violation("operations", Reason.MISSING, null));
        } else if (operations.size() > MAX_ENTRIES) {
            violations.add(new Violation("operations", Reason.TOO_MANY, null));
        } else {
            for (int i = 0; i < operations.size(); i++) {
                String field = "operations[" + i + "]";
                String text = operations.get(i);
                Optional<OperationName> name = OperationName.parse(text);
                if (name.isEmpty()) {
                    violations.add(new Violation(field, Reason.NOT_AN_OPERATION_NAME, text));
                    continue;
                }
                Optional<GatewayOperations.Operation> operation = gateway.find(name.get());
                if (operation.isEmpty()) {
                    violations.add(new Violation(field, Reason.UNKNOWN_OPERATION, name.get().toString()));
                } else if (!operation.get().grantable()) {
                    violations.add(new Violation(field, Reason.NOT_FOR_AGENCY_SYSTEMS,
                            operation.get().name().toString()));
                } else {
                    ops.add(operation.get().name().toString());
                }
            }
        }
        if (eventTypes == null) {
            violations.add(new Violation("eventTypes", Reason.MISSING, null));
        } else if (eventTypes.size() > MAX_ENTRIES) {
            violations.add(new Violation("eventTypes", Reason.TOO_MANY, null));
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                String type = eventTypes.get(i);
                if (type == null || !knownEventTypes.contains(type.strip())) {
                    violations.add(new Violation("eventTypes[" + i + "]", Reason.UNKNOWN_EVENT_TYPE, type));
                } else {
                    types.add(type.strip());
                }
            }
        }
        return violations.isEmpty()
                ? new Checked(Collections.unmodifiableSortedSet(ops), Collections.unmodifiableSortedSet(types), List.of())
                : new Checked(new TreeSet<>(), new TreeSet<>(), List.copyOf(violations));
    }
}
