package id.go.mpp.sinergi.gateway.edge;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.grants.AgencyGrants;
import id.go.mpp.sinergi.gateway.app.grants.GatewayOperationIndex;
import id.go.mpp.sinergi.gateway.domain.grants.GatewayOperations.Operation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Access rights of agency systems, default deny: a caller with the role {@code agency-system} may call an operation
 * that is not public only if its agency ({@code agency} claim) at its MPP ({@code mpp} claim) is granted it; else
 * 403 {@code operation-not-granted} naming the operation. Users and kiosks are governed by their roles alone.
 *
 * <p>Runs after the role check of the matched method (a role that may not call it is refused before) and before the
 * method: the endpoint's own rules (another agency's visit is a 404) come after. The grants are in memory
 * ({@link AgencyGrants}): no query per request.
 */
public class GrantCheck {

    static final String CODE = "operation-not-granted";

    private final GatewayOperationIndex operations;
    private final AgencyGrants grants;
    private final CurrentIdentityAssociation identities;
    private final MeterRegistry registry;

    public GrantCheck(GatewayOperationIndex operations, AgencyGrants grants, CurrentIdentityAssociation identities,
                      MeterRegistry registry) {
        this.operations = operations;
        this.grants = grants;
        this.identities = identities;
        this.registry = registry;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> check(ResourceInfo resource) {
        Optional<Operation> operation = operations.of(resource.getResourceClass(), resource.getResourceMethod());
        if (operation.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().chain(identity -> {
            if (identity.isAnonymous() || !identity.hasRole(Caller.AGENCY_SYSTEM)) {
                return Uni.createFrom().voidItem();
            }
            Caller caller = Caller.of(identity);
            String mpp = caller.mpp().orElse(null);
            String agency = caller.agency().orElse(null);
            if (grants.table().admits(true, mpp, agency, operation.get())) {
                return Uni.createFrom().voidItem();
            }
            Counter.builder("sinergi.gateway.grants.refused").tag("agency", agency == null ? "-" : agency)
                    .description("Requests of agency systems refused for an operation not granted to their agency")
                    .register(registry).increment();
            return Uni.createFrom().failure(notGranted(operation.get().name().toString(), agency, mpp));
        });
    }

    static ProblemException notGranted(String operation, String agency, String mpp) {
        return ProblemException.forbidden(CODE, LocalizedText.of(
                "Sistem instansi %s di MPP %s tidak diberi hak untuk operasi %s; hak diberikan oleh admin MPP.",
                "The system of agency %s at MPP %s is not granted the operation %s; the MPP admin grants it.")
                .formatted(agency == null ? "(tanpa instansi)" : agency, mpp == null ? "(tanpa MPP)" : mpp,
                        operation));
    }
}
