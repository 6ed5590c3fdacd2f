package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyCallbacks;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Calls agency systems make to the gateway on their own (status callbacks, webhooks), in their own formats. No
 * token: the agency's adapter checks the call's signature; an unsigned or wrongly signed call is refused and logged.
 */
@Path(Forwarding.PREFIX + "/agency-callbacks/{agency}")
public class AgencyCallbackResource {

    private final AgencyCallbacks callbacks;

    public AgencyCallbackResource(AgencyCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @POST
    @PermitAll
    @Operation(summary = "A call from an agency's system (e.g. SIMKIM: passport ready), signed as that system signs",
            description = "Answered in the agency system's own format. Unknown or disabled agency: 404; bad signature: "
                    + "as the adapter decides (401/403).")
    public Uni<Response> receive(@PathParam("agency") String agency, HttpHeaders headers, byte[] body,
                                 @Context HttpServerRequest request) {
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return callbacks.receive(agency, headers.getRequestHeaders(), body == null ? new byte[0] : body, remote)
                .map(reply -> {
                    if (!reply.accepted()) {
                        // refused and logged: the caller learns no more than that (problem+json like every refusal)
                        throw new ProblemException(reply.status(), "callback-refused", reply.status() == 404
                                ? ProblemTitles.NOT_FOUND : LocalizedText.of("Panggilan ditolak", "Call refused"),
                                LocalizedText.of("Panggilan dari sistem instansi ditolak.",
                                        "The call from the agency's system was refused."), List.of());
                    }
                    return Response.status(reply.status()).type(reply.contentType()).entity(reply.body()).build();
                });
    }
}
