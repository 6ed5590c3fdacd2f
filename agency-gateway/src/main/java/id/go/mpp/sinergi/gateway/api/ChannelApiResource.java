package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.gateway.client.ComplaintServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Complaint channels other than the API's own JSON: Open311 GeoReport v2 (JSON and XML, form-encoded requests with
 * a client's api_key) and the WhatsApp Business Cloud API webhook (signed by Meta; the body travels byte for byte).
 * complaint-service authenticates both itself (api_key, X-Hub-Signature-256); no Sinergi token is involved.
 */
@Path(Forwarding.PREFIX)
public class ChannelApiResource {

    private final ComplaintServiceClient complaints;
    private final Forwarding forwarding;

    public ChannelApiResource(@RestClient ComplaintServiceClient complaints, Forwarding forwarding) {
        this.complaints = complaints;
        this.forwarding = forwarding;
    }

    @GET
    @Path("/open311/v2/{file}")
    @PermitAll
    @Operation(summary = "Open311 GeoReport v2: discovery.{json|xml}, services.{json|xml}, requests.{json|xml}")
    public Uni<Response> open311(@PathParam("file") String file,
                                 @BeanParam ComplaintServiceClient.Open311Query query) {
        return forwarding.relay(complaints.open311(file, query));
    }

    @GET
    @Path("/open311/v2/{collection}/{file}")
    @PermitAll
    @Operation(summary = "Open311 GeoReport v2: services/{code}, requests/{id} and tokens/{token}, .json or .xml")
    public Uni<Response> open311(@PathParam("collection") String collection, @PathParam("file") String file,
                                 @BeanParam ComplaintServiceClient.Open311Query query) {
        return forwarding.relay(complaints.open311(collection, file, query));
    }

    @POST
    @Path("/open311/v2/{file}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Open311 GeoReport v2 POST requests.{json|xml}: a complaint from a registered client "
            + "(form-encoded, api_key)")
    public Uni<Response> open311Post(@PathParam("file") String file,
                                     @BeanParam ComplaintServiceClient.Open311Query query, byte[] form) {
        return forwarding.relayAudited("complaint.open311", "open311/v2/" + file,
                complaints.open311Post(file, query, form));
    }

    @GET
    @Path("/channels/whatsapp/webhook")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "WhatsApp webhook subscription handshake (hub.mode, hub.verify_token, hub.challenge)")
    public Uni<Response> whatsAppHandshake(@QueryParam("hub.mode") String mode,
                                           @QueryParam("hub.verify_token") String token,
                                           @QueryParam("hub.challenge") String challenge) {
        return forwarding.relay(complaints.whatsAppHandshake(mode, token, challenge));
    }

    @POST
    @Path("/channels/whatsapp/webhook")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "WhatsApp deliveries (messages open or add to complaints; signed with X-Hub-Signature-256)")
    public Uni<Response> whatsAppDelivery(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        return forwarding.relay(complaints.whatsAppDelivery(signature, body));
    }
}
