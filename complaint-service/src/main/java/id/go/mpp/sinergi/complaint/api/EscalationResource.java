package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.deadlines.EscalationList;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The MPP admin's escalation list. */
@Path("/escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final SecurityIdentity identity;
    private final EscalationList escalations;

    public EscalationResource(SecurityIdentity identity, EscalationList escalations) {
        this.identity = identity;
        this.escalations = escalations;
    }

    @GET
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Complaints of the caller's MPP whose deadline was breached, newest first (page from 0)")
    public Uni<List<EscalationList.EscalationView>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return escalations.of(Caller.of(identity).mpp().orElse(""), page, size);
    }
}
