package id.go.mpp.sinergi.gateway.app.notifications;

import id.go.mpp.sinergi.gateway.app.JsonColumns;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.agency.AgencyApplicationStatusChanged;
import id.go.mpp.sinergi.events.notification.ReplyRequested;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterRegistry;
import id.go.mpp.sinergi.gateway.app.adapters.Lane;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import id.go.mpp.sinergi.gateway.domain.notifications.NotificationTexts;
import id.go.mpp.sinergi.gateway.store.identity.VisitSteps;
import id.go.mpp.sinergi.gateway.store.notifications.BookingReminders;
import id.go.mpp.sinergi.gateway.store.notifications.NotificationContacts;
import id.go.mpp.sinergi.gateway.store.notifications.NotificationContacts.Contact;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages to citizens who gave a number and consent: "your turn is near", "passport ready", booking reminders the
 * day before, and complaint replies. Each is a persisted request to the messaging provider's lane (its payload, with
 * the number, erased once sent), keyed so that a repeated trigger never sends twice; the number is masked everywhere
 * else (message log, logs, events).
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    /** Reminders go out this long before the slot. */
    static final Duration REMINDER_LEAD = Duration.ofHours(24);

    private final NotificationContacts contacts;
    private final BookingReminders reminders;
    private final VisitSteps steps;
    private final AgencyRequestRows requests;
    private final AdapterRegistry adapters;
    private final JsonColumns json;
    private final Clock clock;

    public Notifications(NotificationContacts contacts, BookingReminders reminders, VisitSteps steps,
                         AgencyRequestRows requests, AdapterRegistry adapters, JsonColumns json, Clock clock) {
        this.contacts = contacts;
        this.reminders = reminders;
        this.steps = steps;
        this.requests = requests;
        this.adapters = adapters;
        this.json = json;
        this.clock = clock;
    }

    /** A number to write to, with the consent that it be used for this visit's (or account's) notifications. */
    public record ContactCommand(String phone, String channel, String language) {
    }

    /** The visitor (their own visit), the kiosk or an officer of the visit records where to notify the visitor. */
    public Uni<Void> setVisitContact(Who who, String visitId, ContactCommand contact) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> steps.of(visitId).chain(visit -> IdentityAccess.mayRequest(who, visit)
                ? contacts.upsert("VISIT", visitId, contact.phone(), contact.channel(), contact.language(), now,
                        who.accountId())
                : Uni.createFrom().failure(ProblemException.notFound("unknown-visit",
                        LocalizedText.of("Kunjungan tidak ditemukan.", "No such visit.")))));
    }

    public Uni<Void> setAccountContact(String accountId, ContactCommand contact) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> contacts.upsert("ACCOUNT", accountId, contact.phone(), contact.channel(),
                contact.language(), now, accountId));
    }

    /** Consent withdrawn: the number is deleted. False if there was none. */
    public Uni<Boolean> withdrawAccountContact(String accountId) {
        return Panache.withTransaction(() -> contacts.delete("ACCOUNT", accountId));
    }

    /** In the caller's transaction: SIMKIM says the passport is ready. */
    public Uni<Void> applicationChanged(AgencyApplicationStatusChanged changed) {
        if (!changed.ready() || changed.visitId() == null) {
            return Uni.createFrom().voidItem();
        }
        return contacts.forVisit(changed.visitId()).chain(contact -> send(contact, changed.visitId(),
                changed.mppCode(), "ready:" + changed.agencyCode() + ":" + changed.applicationNumber(), "paspor_siap",
                language -> NotificationTexts.passportReady(language, changed.applicationNumber()),
                Map.of("noPermohonan", changed.applicationNumber())));
    }

    /** In the caller's transaction: queue-service says a ticket's turn is near. */
    public Uni<Void> turnNear(String visitId, String mppCode, String ticketId, String ticketNumber, int placesAhead,
                              int minutes) {
        return contacts.forVisit(visitId).chain(contact -> send(contact, visitId, mppCode, "turn-near:" + ticketId,
                "antrian_dekat", language -> NotificationTexts.turnNear(language, ticketNumber, placesAhead, minutes),
                Map.of("nomor", ticketNumber, "sisa", Integer.toString(placesAhead))));
    }

    /** In the caller's transaction: complaint-service asks to reply to a reporter on WhatsApp. */
    public Uni<Void> reply(ReplyRequested reply) {
        return send(Optional.of(new Contact(reply.recipient(), reply.channel(), reply.language())),
                reply.complaintId(), null, "reply:" + reply.requestId(), "balasan_pengaduan", language -> reply.text(),
                Map.of("pengaduan", reply.complaintId()));
    }

    /** Sends the reminders due (slot within the next 24 hours), each once; answers how many were due. */
    public Uni<Integer> remindBookings(int limit) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> reminders.due(now, now.plus(REMINDER_LEAD), limit)
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(booking -> contacts.forAccount(booking.citizenId())
                                .chain(contact -> send(contact, booking.bookingId(), booking.mppCode(),
                                        "reminder:" + booking.bookingId() + ":" + booking.slotStartsAt(),
                                        "pengingat_booking", language -> NotificationTexts.bookingReminder(language,
                                                booking.bookingCode(), booking.serviceCode(),
                                                booking.slotStartsAt().atZone(IndonesianTimeZone.WIB.zone())),
                                        Map.of("kode", booking.bookingCode())))
                                .chain(() -> reminders.reminded(booking.bookingId(), now)))
                        .collect().asList().map(java.util.List::size)));
    }

    private Uni<Void> send(Optional<Contact> contact, String subjectId, String mppCode, String key, String template,
                           java.util.function.Function<String, String> text, Map<String, String> params) {
        Optional<Lane> lane = adapters.offering(Operations.SEND_NOTIFICATION);
        if (contact.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (lane.isEmpty()) {
            LOG.debugf("No messaging adapter enabled: %s not sent", key);
            return Uni.createFrom().voidItem();
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("to", contact.get().phone());
        payload.put("channel", contact.get().channel());
        payload.put("template", template);
        payload.put("text", text.apply(contact.get().language()));
        params.forEach((name, value) -> payload.put("param." + name, value));
        return requests.insert(UUID.randomUUID(), lane.get().agencyCode(), Operations.SEND_NOTIFICATION, key,
                subjectId, mppCode, "notification the citizen consented to (" + template + ")", json.write(payload),
                "platform", Timestamps.now(clock)).replaceWithVoid();
    }
}
