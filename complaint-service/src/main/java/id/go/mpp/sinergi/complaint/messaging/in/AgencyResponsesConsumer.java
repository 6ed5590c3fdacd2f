package id.go.mpp.sinergi.complaint.messaging.in;

import id.go.mpp.sinergi.complaint.app.handling.Act;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess;
import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.events.agency.AgencyComplaintResponse;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Optional;
import java.util.Set;

/**
 * Agency systems act on complaints dispositioned to them by publishing {@code complaint-response} instead of
 * calling the API. Applied once per CloudEvents id, by the same rules as the API (the agency's own complaints at
 * its MPP, a state that allows the action); anything refused goes to the dead-letter topic.
 */
@ApplicationScoped
public class AgencyResponsesConsumer {

    static final String CONSUMER = "complaint-service";

    private final IncomingEvents events;
    private final ComplaintHandling handling;

    public AgencyResponsesConsumer(IncomingEvents events, ComplaintHandling handling) {
        this.events = events;
        this.handling = handling;
    }

    @Incoming("agency-responses")
    public Uni<Void> onResponse(Message<String> message) {
        return events.consume(CONSUMER, message, Set.of(AgencyComplaintResponse.class), envelope -> {
            AgencyComplaintResponse response = (AgencyComplaintResponse) envelope.data();
            ComplaintAction action = switch (response.action() == null ? "" : response.action()) {
                case "START" -> ComplaintAction.START;
                case "RESPOND" -> ComplaintAction.RESPOND;
                case "NOT_OUR_AUTHORITY" -> ComplaintAction.NOT_OUR_AUTHORITY;
                default -> throw new IllegalArgumentException("unknown action " + response.action());
            };
            ComplaintAccess.Actor agency = new ComplaintAccess.Actor(ComplaintAccess.Role.AGENCY_STAFF,
                    "agency-system:" + response.agencyCode(), Optional.ofNullable(response.agencyCode()),
                    Optional.ofNullable(response.mppCode()));
            return handling.act(agency, response.complaintId(), action, Act.note(response.note())).replaceWithVoid();
        });
    }
}
