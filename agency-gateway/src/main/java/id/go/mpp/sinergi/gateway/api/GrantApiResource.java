package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.ChangeAudit;
import id.go.mpp.sinergi.gateway.app.grants.GrantAdministration;
import id.go.mpp.sinergi.gateway.app.grants.GrantAdministration.Admin;
import id.go.mpp.sinergi.gateway.app.grants.GrantAdministration.AgencyView;
import id.go.mpp.sinergi.gateway.app.grants.GrantAdministration.MppView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Access rights of agency systems (X-Road's, per member): the MPP admin grants each agency's system the operations it
 * may call and the event types it may receive; what is not granted is refused (edge/GrantCheck). The admin of
 * another MPP sees and changes nothing of it (404). Every change is audited and written to the message log.
 */
@Path(Forwarding.PREFIX + "/mpps/{mpp}/agency-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.MPP_ADMIN)
public class GrantApiResource {

    private static final Pattern CODE = Pattern.compile(Slugs.CODE);

    private final GrantAdministration administration;
    private final ChangeAudit audit;
    private final SecurityIdentity identity;

    public GrantApiResource(GrantAdministration administration, ChangeAudit audit, SecurityIdentity identity) {
        this.administration = administration;
        this.audit = audit;
        this.identity = identity;
    }

    /** An agency's grants, whole: operation names ({@code GET /api/v1/message-log}) and CloudEvents types. */
    public record GrantsBody(List<String> operations, List<String> eventTypes) {
    }

    @GET
    @Operation(summary = "Access rights of the MPP's agency systems: operations they may call, event types they may "
            + "receive (MPP admin of that MPP; ?agency= for one agency)")
    public Uni<MppView> grants(@PathParam("mpp") String mpp, @QueryParam("agency") String agency) {
        if (agency != null && !CODE.matcher(agency).matches()) {
            throw invalidAgency("agency");
        }
        return administration.list(admin(), mpp, agency);
    }

    @PUT
    @Path("/{agency}")
    @Operation(summary = "Replace an agency system's access rights (MPP admin)",
            description = "`operations`: names as the OpenAPI document spells them (`GET /api/v1/visits/{visitId}/"
                    + "identity-verification`), each an operation agency systems may call by their role; `eventTypes`: "
                    + "CloudEvents types of the platform. Both lists are required; empty lists revoke everything. "
                    + "Takes effect at once; audited and written to the message log.")
    public Uni<AgencyView> replace(@PathParam("mpp") String mpp, @PathParam("agency") String agency,
                                   GrantsBody body) {
        return audited("agency-grants.replace", mpp, agency, 200, () -> {
            if (!CODE.matcher(agency).matches()) {
                throw invalidAgency("agency");
            }
            if (body == null) {
                throw ProblemException.invalidField("body", LocalizedText.of(
                        "wajib diisi: {\"operations\": [...], \"eventTypes\": [...]}",
                        "is required: {\"operations\": [...], \"eventTypes\": [...]}"));
            }
            return administration.replace(admin(), mpp, agency, body.operations(), body.eventTypes());
        });
    }

    @DELETE
    @Path("/{agency}")
    @Operation(summary = "Revoke every access right of an agency's system (MPP admin); takes effect at once")
    public Uni<Void> revoke(@PathParam("mpp") String mpp, @PathParam("agency") String agency) {
        return audited("agency-grants.revoke", mpp, agency, 204, () -> {
            if (!CODE.matcher(agency).matches()) {
                throw invalidAgency("agency");
            }
            return administration.revoke(admin(), mpp, agency);
        });
    }

    /** The change and how it ended, refusals included, in the audit log (as Forwarding does for relayed changes). */
    private <T> Uni<T> audited(String action, String mpp, String agency, int success, Supplier<Uni<? extends T>> change) {
        Caller caller = Caller.of(identity);
        String target = GatewayProblems.singleLine("mpps/" + mpp + "/agency-grants/" + agency);
        return Uni.createFrom().<T>deferred(change)
                .call(done -> audit.answered(caller, action, target, success))
                .onFailure(ProblemException.class)
                .call(failure -> audit.answered(caller, action, target, ((ProblemException) failure).status()));
    }

    private Admin admin() {
        Caller caller = Caller.of(identity);
        return new Admin(caller.id(), caller.mpp().orElse(null));
    }

    private static ProblemException invalidAgency(String field) {
        return ProblemException.invalidField(field, LocalizedText.of(
                "bukan kode instansi (huruf kecil, angka, tanda hubung)",
                "is not an agency code (lower-case letters, digits, hyphens)"));
    }
}
