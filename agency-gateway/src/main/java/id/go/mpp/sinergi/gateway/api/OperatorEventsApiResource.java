package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.operator.OperatorEvent;
import id.go.mpp.sinergi.gateway.app.operator.OperatorEvents;
import id.go.mpp.sinergi.gateway.app.operator.OperatorEventsConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The operator event stream: what happens in the MPP as it happens, for the admins' and officers' screens and the
 * agencies' systems (their own agency's events of the types granted to it, with a grant of this operation). Each
 * event is one SSE message ({@code id} the CloudEvent's, data {@link OperatorEvent} as JSON); an idle stream gets a
 * {@code :ping} comment every {@code sinergi.gateway.operator-events.ping}.
 */
@Path(Forwarding.PREFIX + "/operator/events")
public class OperatorEventsApiResource {

    private final OperatorEvents events;
    private final OperatorEventsConfig config;
    private final SecurityIdentity identity;

    public OperatorEventsApiResource(OperatorEvents events, OperatorEventsConfig config, SecurityIdentity identity) {
        this.events = events;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.AGENCY_SYSTEM})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Operator event stream (Server-Sent Events): the MPP's events as they happen, personal data "
            + "masked; an MPP admin sees the MPP (or one agency of it), agency admins and officers only their agency, "
            + "an agency's system only its agency's events of the types granted to it")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "CloudEvents types, comma-separated (default: every type streamed)")
            @QueryParam("types") String types,
            @Parameter(description = "Only events of this agency (agency staff: their own only)")
            @QueryParam("agency") String agency,
            @Context Sse sse) {
        Multi<OutboundSseEvent> happenings = events.watch(Caller.of(identity), types, agency)
                .map(event -> sse.newEventBuilder().id(event.id()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(OperatorEvent.class, event).build());
        OutboundSseEvent ping = sse.newEventBuilder().comment("ping").build();
        Multi<OutboundSseEvent> pings = Multi.createFrom().ticks().every(config.ping()).onOverflow().drop()
                .map(tick -> ping);
        // A first ping right away (after the subscription to the events): the client knows the stream is open.
        return Multi.createBy().merging().streams(happenings, Multi.createFrom().item(ping), pings);
    }
}
