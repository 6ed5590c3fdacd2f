package id.go.mpp.sinergi.gateway.domain.grants;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations the gateway serves and who each lets in: what an agency's system can be granted. */
public final class GatewayOperations {

    /** One operation of the gateway's API. */
    public record Operation(OperationName name, OperationAccess access) {

        public boolean grantable() {
            return access == OperationAccess.AGENCY_SYSTEMS;
        }
    }

    private final Map<String, Operation> byName = new HashMap<>();
    private final Map<String, Operation> byShape = new HashMap<>();
    private final List<Operation> all;

    private GatewayOperations(Collection<Operation> operations) {
        this.all = operations.stream().sorted(Comparator.comparing(o -> o.name().toString())).toList();
        for (Operation operation : all) {
            byName.putIfAbsent(operation.name().toString(), operation);
            byShape.putIfAbsent(operation.name().shape(), operation);
        }
    }

    public static GatewayOperations of(Collection<Operation> operations) {
        return new GatewayOperations(operations);
    }

    /**
     * The operation a name means: the one spelled so, else the one of the same shape (the same endpoint with its
     * templates named otherwise: {@code {id}} for {@code {visitId}}).
     */
    public Optional<Operation> find(OperationName name) {
        Operation exact = byName.get(name.toString());
        return Optional.ofNullable(exact != null ? exact : byShape.get(name.shape()));
    }

    /** The names of the operations agency systems may be granted, sorted. */
    public List<String> grantable() {
        return all.stream().filter(Operation::grantable).map(o -> o.name().toString()).toList();
    }

    public List<Operation> all() {
        return all;
    }
}
