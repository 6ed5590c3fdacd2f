package id.go.mpp.sinergi.gateway.app.operator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.complaint.ComplaintSubmitted;
import id.go.mpp.sinergi.gateway.app.grants.AgencyGrants;
import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience;
import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience.NotAllowed;
import id.go.mpp.sinergi.gateway.domain.operator.OperatorAudience.Watcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operator event stream: the platform's events as they happen, each sent to the staff and agency systems who may
 * see it ({@link OperatorAudience}) with personal data masked; to an agency's system only the event types its agency
 * is granted ({@link AgencyGrants}, looked up as each event is sent: a revoked grant stops the next one). Events
 * arrive from every topic but the notification requests (they carry citizens' phone numbers) through one consumer of
 * this instance; they are not stored, so a watcher sees what happens while connected.
 */
@ApplicationScoped
public class OperatorEvents {

    private static final Logger LOG = Logger.getLogger(OperatorEvents.class);

    /** The topics streamed: never {@link Topics#NOTIFICATION_REQUESTS}, nor agencies' own complaint responses. */
    public static final Set<String> TOPICS = Set.of(Topics.QUEUE_VISITS, Topics.QUEUE_COUNTERS,
            Topics.COMPLAINT_EVENTS, Topics.SURVEY_EVENTS, Topics.AGENCY_EXCHANGES);

    /** Every event type a watcher may ask for: those of {@link #TOPICS}. */
    public static final Set<String> TYPES = EventCatalog.ALL.stream()
            .filter(type -> TOPICS.contains(EventCatalog.topicOf(type)))
            .map(EventCatalog::typeOf)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Fields that identify a person and that no operator needs to follow the hall: citizens' account ids, the NIK's
     * pseudonym, and the hashes of ticket survey codes (a code is short enough for its hash to be reversed, and
     * would let staff answer their own survey).
     */
    static final Set<String> WITHHELD = Set.of("citizenId", "subjectRef", "surveyCodeHash", "fromSurveyCodeHash");

    private static final String NOT_YET_DISPOSITIONED = EventCatalog.typeOf(ComplaintSubmitted.class);
    private static final Pattern CODE = Pattern.compile(Slugs.CODE);
    private static final Pattern TYPE_SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** An event and the agencies it is about. */
    private record Item(OperatorEvent event, Set<String> agencies) {
    }

    private final BroadcastProcessor<Item> events = BroadcastProcessor.create();
    /** Serialised: whoever publishes, each watcher's buffer gets one event at a time. */
    private final SerializedProcessor<Item, Item> publishing = events.serialized();
    private final ObjectMapper json;
    private final OperatorEventsConfig config;
    private final AgencyGrants grants;
    private final AtomicInteger watchers = new AtomicInteger();
    private final Counter dropped;

    public OperatorEvents(ObjectMapper json, OperatorEventsConfig config, AgencyGrants grants,
                          MeterRegistry registry) {
        this.json = json;
        this.config = config;
        this.grants = grants;
        this.dropped = Counter.builder("sinergi.gateway.operator-events.dropped")
                .description("Events not sent to a watcher whose connection fell behind").register(registry);
        Gauge.builder("sinergi.gateway.operator-events.watchers", watchers, AtomicInteger::get)
                .description("Operator event streams connected").register(registry);
    }

    /**
     * The events {@code caller} may see from now on, of {@code types} (comma-separated CloudEvents types; all they may
     * see when blank) and of {@code agency} (their own or, for the MPP admin, any of the MPP; all when blank). An
     * agency's system is sent only what its agency is granted at the moment each event is sent.
     *
     * @throws ProblemException 400 for an unknown type or a malformed agency code, 403 when the caller may not watch
     *                          (or not that agency)
     */
    public Multi<OperatorEvent> watch(Caller caller, String types, String agency) {
        Set<String> wanted = types(types);
        String requestedAgency = agency == null || agency.isBlank() ? null : agency.strip();
        if (requestedAgency != null && !CODE.matcher(requestedAgency).matches()) {
            throw ProblemException.invalidField("agency", LocalizedText.of(
                    "Kode instansi tidak valid (huruf kecil, angka dan tanda hubung).",
                    "Not an agency code (lower-case letters, digits and dashes)."));
        }
        Watcher watcher;
        try {
            watcher = OperatorAudience.watcher(new OperatorAudience.Staff(caller.hasRole(Caller.MPP_ADMIN),
                    caller.hasRole(Caller.AGENCY_ADMIN) || caller.hasRole(Caller.OFFICER),
                    caller.hasRole(Caller.AGENCY_SYSTEM), caller.mpp().orElse(null), caller.agency().orElse(null)),
                    requestedAgency, wanted);
        } catch (NotAllowed e) {
            throw refusal(e.refusal());
        }
        return events
                .filter(item -> watcher.sees(item.event().type(), item.event().mppCode(), item.agencies())
                        && (!watcher.grantsDecide()
                        || grants.mayReceive(watcher.mppCode(), watcher.agencyCode(), item.event().type())))
                .map(Item::event)
                .plug(upstream -> new DropWhenFull<>(upstream, config.buffer(), dropped::increment))
                .onSubscription().invoke(watchers::incrementAndGet)
                .onTermination().invoke(watchers::decrementAndGet);
    }

    /**
     * Sends an event read from the platform's topics to the watchers who may see it. An event that is not a JSON
     * object, has no MPP or is of a type not streamed is skipped.
     *
     * @return whether it was sent on (to however many watchers, perhaps none)
     */
    public boolean publish(String id, String type, String time, String subject, String data) {
        if (!TYPES.contains(type)) {
            return false;
        }
        JsonNode tree;
        try {
            tree = json.readTree(data);
        } catch (JsonProcessingException e) {
            LOG.warnf("Operator events skipped an unreadable %s event %s", type, id);
            return false;
        }
        if (!(tree instanceof ObjectNode object)) {
            return false;
        }
        object.remove(WITHHELD);
        masked(object);
        String mpp = object.path("mppCode").textValue();
        if (mpp == null) {
            return false;
        }
        String agencyCode = object.path("agencyCode").textValue();
        String to = object.path("toAgencyCode").textValue();
        Set<String> agencies = OperatorAudience.agenciesOf(agencyCode, object.path("fromAgencyCode").textValue(), to,
                NOT_YET_DISPOSITIONED.equals(type));
        String shownAgency = agencies.isEmpty() ? null : agencyCode != null ? agencyCode : to;
        publishing.onNext(new Item(new OperatorEvent(id, type, time, mpp, shownAgency, Masking.personalDataIn(subject),
                object), agencies));
        return true;
    }

    /** Masks NIKs, phone numbers and e-mail addresses in every text of the event, however deep. */
    private static void masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual()) {
                    object.put(name, Masking.personalDataIn(value.textValue()));
                } else {
                    masked(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(Masking.personalDataIn(array.get(i).textValue())));
                } else {
                    masked(array.get(i));
                }
            }
        }
    }

    private static Set<String> types(String types) {
        if (types == null || types.isBlank()) {
            return TYPES;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String type : types.split(",")) {
            String trimmed = type.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!TYPES.contains(trimmed)) {
                throw ProblemException.invalidField("types", LocalizedText.of(
                        "Jenis peristiwa tidak dikenal atau tidak disiarkan: %s.",
                        "Unknown event type, or one not streamed: %s.").formatted(shortened(trimmed)));
            }
            wanted.add(trimmed);
        }
        return wanted.isEmpty() ? TYPES : wanted;
    }

    /** The type as asked for when it looks like one, so that the answer never repeats anything else. */
    private static String shortened(String text) {
        return TYPE_SHAPE.matcher(text).matches() ? text : "?";
    }

    private static ProblemException refusal(OperatorAudience.Refusal refusal) {
        return switch (refusal) {
            case OTHER_AGENCY -> ProblemException.forbidden("other-agency", LocalizedText.of(
                    "Anda hanya dapat memantau peristiwa instansi Anda sendiri.",
                    "You may watch only your own agency's events."));
            case NOT_STAFF_OF_AN_MPP -> ProblemException.forbidden("not-mpp-staff", LocalizedText.of(
                    "Aliran peristiwa hanya untuk admin MPP serta admin, petugas dan sistem instansi di MPP tersebut.",
                    "The event stream is for an MPP's admins and its agencies' admins, officers and systems."));
        };
    }
}
