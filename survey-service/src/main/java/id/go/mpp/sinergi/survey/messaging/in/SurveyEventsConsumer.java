package id.go.mpp.sinergi.survey.messaging.in;

import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import id.go.mpp.sinergi.survey.app.ikm.IkmProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;

/** survey-service's own responses, read back from its topic into the IKM aggregates (once per event). */
@ApplicationScoped
public class SurveyEventsConsumer {

    private final IncomingEvents events;
    private final IkmProjection projection;

    public SurveyEventsConsumer(IncomingEvents events, IkmProjection projection) {
        this.events = events;
        this.projection = projection;
    }

    @Incoming("survey-responses")
    public Uni<Void> onSurveyEvent(Message<String> message) {
        return events.consume(IkmProjection.CONSUMER, message, Set.of(SurveyResponseSubmitted.class),
                envelope -> projection.apply((SurveyResponseSubmitted) envelope.data()));
    }
}
