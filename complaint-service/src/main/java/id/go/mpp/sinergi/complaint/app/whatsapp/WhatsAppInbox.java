package id.go.mpp.sinergi.complaint.app.whatsapp;

import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.comments.ComplaintComments;
import id.go.mpp.sinergi.complaint.app.intake.ComplaintIntake;
import id.go.mpp.sinergi.complaint.app.intake.Filing;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Role;
import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.whatsapp.ConversationWindow;
import id.go.mpp.sinergi.complaint.domain.whatsapp.WhatsAppPseudonyms;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.whatsapp.WhatsAppMessage;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.data.codes.UniqueViolations;
import id.go.mpp.sinergi.events.notification.ReplyRequested;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes the messages of a signed WhatsApp delivery, one after the other: a message id already taken is refused
 * (logged, nothing written); the first message of a number opens a complaint at the configured MPP; a later one
 * within the {@link ConversationWindow} of its last message, while that complaint is not finished, is a comment on
 * it. Each answers the sender through {@code reply-requested} for the notification adapter.
 *
 * <p>The replay guard row and the reply are written in the transaction of the message's effect (the complaint or
 * the comment): two deliveries of one message racing each other clash on the guard's primary key and the second
 * writes nothing.
 */
@ApplicationScoped
public class WhatsAppInbox {

    private static final Logger LOG = Logger.getLogger(WhatsAppInbox.class);

    /** A complaint's text and a comment, at most (as through the API). */
    static final int TEXT_MAX = 4000;
    static final String CHANNEL = "WHATSAPP";
    private static final String LANGUAGE = "id";
    private static final String OPENED_REPLY =
            "Pengaduan Anda diterima dengan nomor %s. Balas pesan ini untuk menambahkan keterangan.";
    private static final String COMMENTED_REPLY = "Keterangan Anda ditambahkan ke pengaduan %s.";

    /** What became of one message. */
    public enum Taken {
        OPENED, COMMENTED, REPLAYED
    }

    /** What became of a delivery's messages. */
    public record Outcome(int opened, int commented, int replayed) {

        static Outcome of(List<Taken> taken) {
            return new Outcome((int) taken.stream().filter(Taken.OPENED::equals).count(),
                    (int) taken.stream().filter(Taken.COMMENTED::equals).count(),
                    (int) taken.stream().filter(Taken.REPLAYED::equals).count());
        }
    }

    /** Where a message goes: nowhere (a replay), a new complaint, or the complaint of its conversation. */
    private record Route(Taken taken, String trackingId) {

        static final Route REPLAY = new Route(Taken.REPLAYED, null);
        static final Route OPEN = new Route(Taken.OPENED, null);
    }

    private final Clock clock;
    private final ComplaintIntake intake;
    private final ComplaintComments comments;
    private final Outbox outbox;
    private final String mppCode;
    private final ConversationWindow window;

    public WhatsAppInbox(Clock clock, ComplaintIntake intake, ComplaintComments comments, Outbox outbox,
                         WhatsAppConfig config) {
        this.clock = clock;
        this.intake = intake;
        this.comments = comments;
        this.outbox = outbox;
        this.mppCode = config.mppCode();
        this.window = new ConversationWindow(config.conversationWindow());
    }

    /** Takes the delivery's messages in order; a failure stops there (WhatsApp retries, replays are refused). */
    public Uni<Outcome> receive(WebhookDelivery delivery) {
        List<InboundMessage> messages = delivery.messages();
        return Multi.createFrom().iterable(messages)
                .onItem().transformToUniAndConcatenate(this::take)
                .collect().asList()
                .map(Outcome::of);
    }

    private Uni<Taken> take(InboundMessage m) {
        Instant now = Timestamps.now(clock);
        String messageIdHash = WhatsAppPseudonyms.of(m.messageId());
        String waIdHash = WhatsAppPseudonyms.of(m.waId());
        return Panache.withSession(() -> WhatsAppMessage.seen(messageIdHash)
                        .chain(seen -> seen ? Uni.createFrom().item(Route.REPLAY) : route(waIdHash, now)))
                .chain(route -> switch (route.taken()) {
                    case REPLAYED -> Uni.createFrom().item(replayed(m));
                    case OPENED -> open(m, messageIdHash, waIdHash, now);
                    case COMMENTED -> comment(m, route.trackingId(), messageIdHash, waIdHash, now);
                });
    }

    /** The complaint of the number's conversation if it is still open at {@code now}, else a new one. */
    private Uni<Route> route(String waIdHash, Instant now) {
        return WhatsAppMessage.lastOf(waIdHash).chain(last -> last == null ? Uni.createFrom().item(Route.OPEN)
                : Complaint.<Complaint>findById(last.trackingId).map(c ->
                        c != null && window.continues(last.receivedAt, c.status, now)
                                ? new Route(Taken.COMMENTED, c.trackingId) : Route.OPEN));
    }

    private Uni<Taken> open(InboundMessage m, String messageIdHash, String waIdHash, Instant now) {
        Filing filing = new Filing(ComplaintChannel.WHATSAPP, ComplaintCategory.PENGADUAN,
                Texts.truncate(m.text(), TEXT_MAX), mppCode, null, null, null, null, false, false, List.of(),
                new Filing.ReporterDetails(null, m.name(), null, null, m.waId()));
        Actor reporter = new Actor(Role.REPORTER, null, Optional.empty(), Optional.of(mppCode));
        return intake.file(filing, reporter, c -> guard(messageIdHash, waIdHash, c.trackingId,
                                WhatsAppMessage.Kind.OPENED, now)
                        .chain(() -> outbox.add(reply(m, c.trackingId, OPENED_REPLY.formatted(c.trackingId), now))))
                .invoke(receipt -> LOG.infof("WhatsApp message %s from %s opened complaint %s",
                        WhatsAppPseudonyms.forLog(m.messageId()), Masking.phone(m.waId()),
                        receipt.complaint().trackingId()))
                .replaceWith(Taken.OPENED)
                // Two deliveries of one message at once: the second's guard row clashes and its complaint is
                // rolled back with it, so the message is filed once.
                .onFailure(e -> UniqueViolations.of(e, WhatsAppMessage.MESSAGE_ID_CONSTRAINT))
                .recoverWithItem(e -> replayed(m));
    }

    /**
     * The comment, its guard row and the reply in one transaction ({@link ComplaintComments#add} joins it). The
     * sender proved to be the complaint's reporter by writing from its number in a signed delivery.
     */
    private Uni<Taken> comment(InboundMessage m, String trackingId, String messageIdHash, String waIdHash,
                               Instant now) {
        return Panache.withTransaction(() -> comments.add(Actor.secretHolder(trackingId), trackingId,
                                Texts.truncate(m.text(), TEXT_MAX), CHANNEL)
                        .chain(() -> guard(messageIdHash, waIdHash, trackingId, WhatsAppMessage.Kind.COMMENTED, now))
                        .chain(() -> outbox.add(reply(m, trackingId,
                                COMMENTED_REPLY.formatted(trackingId), now))))
                .onFailure(e -> e instanceof OptimisticLockException || e instanceof StaleObjectStateException)
                .transform(e -> ComplaintProblems.changedConcurrently(trackingId))
                .replaceWith(Taken.COMMENTED)
                .invoke(() -> LOG.infof("WhatsApp message %s from %s added to complaint %s",
                        WhatsAppPseudonyms.forLog(m.messageId()), Masking.phone(m.waId()), trackingId))
                .onFailure(e -> UniqueViolations.of(e, WhatsAppMessage.MESSAGE_ID_CONSTRAINT))
                .recoverWithItem(e -> replayed(m));
    }

    private static Uni<Void> guard(String messageIdHash, String waIdHash, String trackingId,
                                   WhatsAppMessage.Kind kind, Instant now) {
        WhatsAppMessage row = new WhatsAppMessage();
        row.messageIdHash = messageIdHash;
        row.waIdHash = waIdHash;
        row.trackingId = trackingId;
        row.kind = kind;
        row.receivedAt = now;
        return row.persist().replaceWithVoid();
    }

    private static ReplyRequested reply(InboundMessage m, String trackingId, String text, Instant now) {
        return new ReplyRequested(UUID.randomUUID().toString(), trackingId, CHANNEL, m.waId(), m.messageId(),
                LANGUAGE, text, now);
    }

    private static Taken replayed(InboundMessage m) {
        LOG.warnf("WhatsApp message %s from %s refused: already taken (a replay); nothing written",
                WhatsAppPseudonyms.forLog(m.messageId()), Masking.phone(m.waId()));
        return Taken.REPLAYED;
    }
}
