package id.go.mpp.sinergi.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * complaint-service's API. The caller's token, language and a reporter's {@code X-Complaint-Secret} travel along;
 * {@code X-Forwarded-For} carries the client's address as the gateway saw it (complaint-service limits secret
 * look-ups per client).
 */
@RegisterRestClient(configKey = "complaint-service")
@RegisterClientHeaders
@Consumes(MediaType.APPLICATION_JSON)
public interface ComplaintServiceClient {

    String FORWARDED_FOR = "X-Forwarded-For";

    @POST
    @Path("/complaints")
    Uni<Response> file(@HeaderParam(FORWARDED_FOR) String client, String body);

    @GET
    @Path("/complaints")
    Uni<Response> list(@QueryParam("status") String status, @QueryParam("agency") String agency,
                       @QueryParam("cursor") String cursor, @QueryParam("size") String size);

    @GET
    @Path("/complaints/mine")
    Uni<Response> mine(@QueryParam("cursor") String cursor, @QueryParam("size") String size);

    @GET
    @Path("/complaints/{trackingId}")
    Uni<Response> complaint(@HeaderParam(FORWARDED_FOR) String client, @PathParam("trackingId") String trackingId);

    @POST
    @Path("/complaints/{trackingId}/comments")
    Uni<Response> comment(@HeaderParam(FORWARDED_FOR) String client, @PathParam("trackingId") String trackingId,
                          String body);

    /** One of the lifecycle steps: verify, reject, disposition, postpone, resume, archive, start, respond, … */
    @POST
    @Path("/complaints/{trackingId}/{step}")
    Uni<Response> step(@HeaderParam(FORWARDED_FOR) String client, @PathParam("trackingId") String trackingId,
                       @PathParam("step") String step, String body);

    @POST
    @Path("/desk/complaints")
    Uni<Response> recordAtDesk(String body);

    @GET
    @Path("/escalations")
    Uni<Response> escalations(@QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/visits/mine")
    Uni<Response> myVisits(@QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/calendar/{mpp}/non-working-days")
    Uni<Response> nonWorkingDays(@PathParam("mpp") String mpp, @QueryParam("year") String year);

    @POST
    @Path("/calendar/non-working-days")
    Uni<Response> addNonWorkingDay(String body);

    @DELETE
    @Path("/calendar/non-working-days/{id}")
    Uni<Response> removeNonWorkingDay(@PathParam("id") String id);

    @PUT
    @Path("/calendar/time-zone")
    Uni<Response> setTimeZone(String body);

    @GET
    @Path("/public/mpps/{mpp}/complaints")
    Uni<Response> publicComplaints(@PathParam("mpp") String mpp, @QueryParam("cursor") String cursor,
                                   @QueryParam("size") String size);

    @GET
    @Path("/public/mpps/{mpp}/complaint-statistics")
    Uni<Response> publicStatistics(@PathParam("mpp") String mpp, @QueryParam("from") String from,
                                   @QueryParam("to") String to);

    @GET
    @Path("/complaints/{trackingId}/duplicates")
    Uni<Response> duplicates(@PathParam("trackingId") String trackingId);

    /** Open311 GeoReport v2, one file under the root: discovery.json, services.xml, requests.json … */
    @GET
    @Path("/open311/v2/{file}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    Uni<Response> open311(@PathParam("file") String file, @BeanParam Open311Query query);

    /** Open311 GeoReport v2, one file under a collection: services/{code}.json, requests/{id}.xml, tokens/{t}.json. */
    @GET
    @Path("/open311/v2/{collection}/{file}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    Uni<Response> open311(@PathParam("collection") String collection, @PathParam("file") String file,
                          @BeanParam Open311Query query);

    /** Open311 {@code POST requests.{format}}: the form body as the client sent it. */
    @POST
    @Path("/open311/v2/{file}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    Uni<Response> open311Post(@PathParam("file") String file, @BeanParam Open311Query query, byte[] form);

    @GET
    @Path("/channels/whatsapp/webhook")
    @Produces(MediaType.TEXT_PLAIN)
    Uni<Response> whatsAppHandshake(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                                    @QueryParam("hub.challenge") String challenge);

    /** The delivery's bytes exactly as Meta signed them. */
    @POST
    @Path("/channels/whatsapp/webhook")
    Uni<Response> whatsAppDelivery(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body);

    /** The query parameters of Open311 GeoReport v2. */
    class Open311Query {
        @QueryParam("jurisdiction_id") public String jurisdictionId;
        @QueryParam("api_key") public String apiKey;
        @QueryParam("service_request_id") public String serviceRequestId;
        @QueryParam("service_code") public String serviceCode;
        @QueryParam("start_date") public String startDate;
        @QueryParam("end_date") public String endDate;
        @QueryParam("status") public String status;
    }
}
