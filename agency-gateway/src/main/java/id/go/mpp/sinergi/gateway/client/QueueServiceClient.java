package id.go.mpp.sinergi.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** queue-service's public REST API. */
@RegisterRestClient(configKey = "queue-service")
@RegisterClientHeaders
@Consumes(MediaType.APPLICATION_JSON)
public interface QueueServiceClient {

    @GET
    @Path("/services")
    Uni<Response> services(@QueryParam("mpp") String mpp);

    @POST
    @Path("/tickets")
    Uni<Response> issueTicket(String body);

    @GET
    @Path("/tickets/mine")
    Uni<Response> myTickets(@QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/tickets/{id}")
    Uni<Response> ticket(@PathParam("id") String id);

    @POST
    @Path("/tickets/{id}/call")
    Uni<Response> callTicket(@PathParam("id") String id, String body);

    @POST
    @Path("/tickets/{id}/complete")
    Uni<Response> completeTicket(@PathParam("id") String id, String body);

    @GET
    @Path("/mpps/{mpp}")
    Uni<Response> mpp(@PathParam("mpp") String mpp);

    @PUT
    @Path("/mpps/{mpp}")
    Uni<Response> updateMpp(@PathParam("mpp") String mpp, String body);

    @PUT
    @Path("/mpps/{mpp}/agencies/{agency}")
    Uni<Response> updateAgency(@PathParam("mpp") String mpp, @PathParam("agency") String agency, String body);

    @GET
    @Path("/mpps/{mpp}/services/{code}")
    Uni<Response> service(@PathParam("mpp") String mpp, @PathParam("code") String code);

    @PUT
    @Path("/mpps/{mpp}/services/{code}")
    Uni<Response> updateService(@PathParam("mpp") String mpp, @PathParam("code") String code, String body);

    @GET
    @Path("/mpps/{mpp}/counters")
    Uni<Response> counters(@PathParam("mpp") String mpp);

    @PUT
    @Path("/mpps/{mpp}/counters/{code}")
    Uni<Response> updateCounter(@PathParam("mpp") String mpp, @PathParam("code") String code, String body);

    @GET
    @Path("/services/{code}/slots")
    Uni<Response> slots(@PathParam("code") String code, @QueryParam("mpp") String mpp, @QueryParam("date") String date);

    @POST
    @Path("/bookings")
    Uni<Response> book(String body);

    @GET
    @Path("/bookings/mine")
    Uni<Response> myBookings(@QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/bookings/{code}")
    Uni<Response> booking(@PathParam("code") String code);

    /** {@code action}: confirm, reschedule, cancel or check-in. */
    @POST
    @Path("/bookings/{code}/{action}")
    Uni<Response> bookingAction(@PathParam("code") String code, @PathParam("action") String action, String body);

    /** Service KPIs of an MPP; the query parameters are passed as given (null ones are left out). */
    @GET
    @Path("/mpps/{mpp}/kpis")
    Uni<Response> kpis(@PathParam("mpp") String mpp, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("agency") String agency, @QueryParam("service") String service);

    @GET
    @Path("/counters/{mpp}/{code}")
    Uni<Response> counter(@PathParam("mpp") String mpp, @PathParam("code") String code);

    /** {@code action}: open, close or call-next. */
    @POST
    @Path("/counters/{mpp}/{code}/{action}")
    Uni<Response> counterAction(@PathParam("mpp") String mpp, @PathParam("code") String code,
                                @PathParam("action") String action);

    /** {@code action}: recall, no-show, start, park, priority-check or transfer (the last two with a body). */
    @POST
    @Path("/tickets/{id}/{action}")
    Uni<Response> ticketAction(@PathParam("id") String id, @PathParam("action") String action, String body);

    @GET
    @Path("/tickets/{id}/position")
    Uni<Response> position(@PathParam("id") String id);

    @GET
    @Path("/services/{code}/wait")
    Uni<Response> waitEstimate(@PathParam("code") String code, @QueryParam("mpp") String mpp);

    @GET
    @Path("/visits/{visitId}/journey")
    Uni<Response> journey(@PathParam("visitId") String visitId);

    @GET
    @Path("/mpps/{mpp}/board/recent")
    Uni<Response> boardRecent(@PathParam("mpp") String mpp);
}
