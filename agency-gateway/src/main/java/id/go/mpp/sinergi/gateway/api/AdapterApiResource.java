package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterOperations;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterOperations.AdapterStatus;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterOperations.DeadLetter;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * The agency adapters for the MPP's operators: health, backlog, oldest pending, failure counts; and the dead-letter
 * list of requests given up, which the MPP admin retries or discards (both written to the message log).
 */
@Path(Forwarding.PREFIX + "/adapters")
@Produces(MediaType.APPLICATION_JSON)
public class AdapterApiResource {

    private final AdapterOperations operations;
    private final SecurityIdentity identity;

    public AdapterApiResource(AdapterOperations operations, SecurityIdentity identity) {
        this.operations = operations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Every agency adapter: enabled, health probe, circuit breaker, backlog, oldest pending, "
            + "dead letters, calls answered and failed since start")
    public Uni<List<AdapterStatus>> adapters() {
        return operations.statuses();
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Requests of the caller's MPP to agency systems given up (newest first, at most 100), without payload")
    public Uni<List<DeadLetter>> deadLetters(@QueryParam("agency") String agency) {
        return operations.deadLetters(agency, Caller.of(identity).mpp().orElse(null));
    }

    @POST
    @Path("/dead-letters/{id}/retry")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Send a dead-lettered request again, from its first attempt (409 if it is not dead-lettered)")
    public Uni<DeadLetter> retry(@PathParam("id") String id) {
        Caller caller = Caller.of(identity);
        return operations.retry(requestId(id), caller.mpp().orElse(null), caller.id());
    }

    @POST
    @Path("/dead-letters/{id}/discard")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Give a dead-lettered request up for good; its payload is erased (409 if not dead-lettered)")
    public Uni<DeadLetter> discard(@PathParam("id") String id) {
        Caller caller = Caller.of(identity);
        return operations.discard(requestId(id), caller.mpp().orElse(null), caller.id());
    }

    private static UUID requestId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("unknown-request", LocalizedText.of("Permintaan tidak ditemukan.",
                    "No such request."));
        }
    }
}
