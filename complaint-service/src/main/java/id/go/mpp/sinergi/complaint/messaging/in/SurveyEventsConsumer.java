package id.go.mpp.sinergi.complaint.messaging.in;

import id.go.mpp.sinergi.complaint.app.survey.SurveyFollowUps;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;

/**
 * IKM survey responses with a low score or a comment become follow-ups at the rated agency (channel SURVEY). Applied
 * once per CloudEvents id, in the transaction that records the id; anything refused goes to the dead-letter topic.
 * Invitations ({@code invitation-created}) are acknowledged unread.
 */
@ApplicationScoped
public class SurveyEventsConsumer {

    static final String CONSUMER = "complaint-service";

    private final IncomingEvents events;
    private final SurveyFollowUps followUps;

    public SurveyEventsConsumer(IncomingEvents events, SurveyFollowUps followUps) {
        this.events = events;
        this.followUps = followUps;
    }

    @Incoming("survey-responses")
    public Uni<Void> onSurveyEvent(Message<String> message) {
        return events.consume(CONSUMER, message, Set.of(SurveyResponseSubmitted.class),
                envelope -> followUps.open((SurveyResponseSubmitted) envelope.data()));
    }
}
