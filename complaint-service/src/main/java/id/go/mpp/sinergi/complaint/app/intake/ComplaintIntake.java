package id.go.mpp.sinergi.complaint.app.intake;

import id.go.mpp.sinergi.complaint.app.StageDeadlines;
import id.go.mpp.sinergi.complaint.app.duplicates.DuplicateSuggestions;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintView;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.complaint.messaging.out.ComplaintEvents;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.KnownTicket;
import id.go.mpp.sinergi.complaint.store.Reporter;
import id.go.mpp.sinergi.complaint.store.catalogue.PublicCatalogue;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.data.codes.UniqueCodes;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Takes a complaint from any channel: resolves what it is about (the ticket's agency, service and counter, or the
 * codes given, checked against the catalogue), writes the complaint and its reporter apart, the first history
 * entry and {@code complaint-submitted}, in one transaction under a fresh tracking id.
 */
@ApplicationScoped
public class ComplaintIntake {

    /** Tracking ids carry the day of filing in WIB (the id's date only; deadlines count in the MPP's own zone). */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Tracking ids drawn at most for one complaint (40 random bits: a second draw is already rare). */
    static final int TRACKING_ID_DRAWS = 5;

    private final Clock clock;
    private final TrackingIdDraws trackingIds;
    private final Outbox outbox;
    private final StageDeadlines deadlines;
    private final PublicCatalogue catalogue;
    private final DuplicateSuggestions duplicates;

    public ComplaintIntake(Clock clock, TrackingIdDraws trackingIds, Outbox outbox, StageDeadlines deadlines,
                           PublicCatalogue catalogue, DuplicateSuggestions duplicates) {
        this.clock = clock;
        this.trackingIds = trackingIds;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.catalogue = catalogue;
        this.duplicates = duplicates;
    }

    /** Files the complaint; {@code filedBy} is the reporter, or the officer at the desk. */
    public Uni<FilingReceipt> file(Filing filing, Actor filedBy) {
        return file(filing, filedBy, c -> Uni.createFrom().voidItem());
    }

    /**
     * Files the complaint and runs {@code alsoInTransaction} in the same transaction (a channel's own record of the
     * message, its reply): both are written or neither. A failure of it other than a tracking-id clash rolls the
     * complaint back and comes out as it is.
     */
    public Uni<FilingReceipt> file(Filing filing, Actor filedBy, Function<Complaint, Uni<?>> alsoInTransaction) {
        Instant now = Timestamps.now(clock);
        String secret = needsSecret(filing) ? ReporterSecrets.draw() : null;
        return write(filing, filedBy, secret, now, alsoInTransaction)
                .chain(c -> duplicates.suggestPublic(c)
                        // a suggestion never costs the reporter the receipt
                        .onFailure().recoverWithItem(List.of())
                        .map(found -> new FilingReceipt(ComplaintView.of(c, null, filedBy, List.of(), List.of(), now),
                                secret, found.isEmpty() ? null : found)));
    }

    /**
     * Files a complaint nobody waits at a channel for (a survey follow-up): no receipt, so no secret and no duplicate
     * suggestions. In the caller's transaction when there is one (an incoming event's, with its
     * {@code processed_event} row): the complaint, {@code alsoInTransaction} and the caller's writes commit together
     * or not at all. (There, a tracking-id clash, one in 2^40 per complaint of the day, fails the whole transaction
     * instead of drawing again: PostgreSQL takes no further statement in it.)
     */
    public Uni<Complaint> fileUnattended(Filing filing, Actor filedBy, Function<Complaint, Uni<?>> alsoInTransaction) {
        if (needsSecret(filing)) {
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "a " + filing.channel() + " reporter without an account is handed a secret: file() it"));
        }
        return write(filing, filedBy, null, Timestamps.now(clock), alsoInTransaction);
    }

    private Uni<Complaint> write(Filing filing, Actor filedBy, String secret, Instant now,
                                 Function<Complaint, Uni<?>> alsoInTransaction) {
        return Panache.withSession(() -> subject(filing, filedBy))
                .call(subject -> subject.ticket() != null ? Uni.createFrom().voidItem() : checkCodes(subject))
                .chain(subject -> deadlines.of(subject.mppCode()).chain(d -> UniqueCodes.insert(
                        () -> trackingIds.next(now.atZone(WIB).toLocalDate()),
                        trackingId -> Panache.withTransaction(() -> {
                            Complaint c = complaint(trackingId, filing, subject, now);
                            StageDeadlines.run(c, d, ComplaintStage.VERIFICATION, now);
                            return c.persist()
                                    .chain(() -> reporter(trackingId, filing, secret, now).persist())
                                    .chain(() -> ComplaintHandling.history(trackingId, now, "SUBMIT", null,
                                            ComplaintStatus.SUBMITTED, filedBy, c.agencyCode,
                                            "channel " + filing.channel()).persist())
                                    .chain(() -> outbox.add(ComplaintEvents.submitted(c)))
                                    .chain(() -> alsoInTransaction.apply(c))
                                    .replaceWith(c);
                        }),
                        Complaint.TRACKING_ID_CONSTRAINT, TRACKING_ID_DRAWS)));
    }

    /** Reporters without an account on the web, the app or at the desk follow their complaint with a secret. */
    private static boolean needsSecret(Filing filing) {
        return filing.reporter().accountId() == null
                && (filing.channel() == ComplaintChannel.WEB || filing.channel() == ComplaintChannel.MOBILE
                || filing.channel() == ComplaintChannel.DESK);
    }

    /** What the complaint is about, resolved: the ticket step, or the MPP and the codes given. */
    record Subject(String mppCode, String agencyCode, String serviceCode, TicketStep ticket) {

        static Subject of(KnownTicket t) {
            return new Subject(t.mppCode, t.agencyCode, t.serviceCode,
                    new TicketStep(t.visitId, t.ticketId, t.ticketNumber, t.counterCode));
        }
    }

    /** The ticket step a complaint is about. */
    record TicketStep(UUID visitId, UUID ticketId, String ticketNumber, String counterCode) {
    }

    private static Uni<Subject> subject(Filing filing, Actor filedBy) {
        if (filing.survey() != null) {
            return surveyed(filing.survey());
        }
        if (filing.ticketId() != null) {
            return KnownTicket.<KnownTicket>findById(filing.ticketId())
                    .map(t -> fromTicket(t, "ticketId", filing, filedBy));
        }
        if (filing.visitId() != null) {
            return KnownTicket.latestOfVisit(filing.visitId()).map(t -> fromTicket(t, "visitId", filing, filedBy));
        }
        String mpp = filing.mppCode() != null ? filing.mppCode() : filedBy.mpp().orElse(null);
        if (mpp == null) {
            return Uni.createFrom().failure(ProblemException.invalidField("mppCode", LocalizedText.of(
                    "wajib diisi bila pengaduan tidak menyebut tiket", "is required when no ticket is named")));
        }
        return Uni.createFrom().item(new Subject(mpp, filing.agencyCode(), filing.serviceCode(), null));
    }

    /**
     * A ticket of an account is that account's to complain about (or the desk's); a walk-in ticket without an
     * account is named by whoever holds its id (printed on the ticket). Anything else looks unknown.
     */
    private static Subject fromTicket(KnownTicket t, String field, Filing filing, Actor filedBy) {
        boolean desk = filing.channel() == ComplaintChannel.DESK
                && t != null && filedBy.mpp().filter(t.mppCode::equals).isPresent();
        boolean mine = t != null && (t.citizenId == null || t.citizenId.equals(filing.reporter().accountId()));
        if (t == null || !(mine || desk)) {
            throw ProblemException.unknownReference(field, LocalizedText.of(
                    "kunjungan ini tidak dikenal atau bukan kunjungan Anda", "this visit is unknown or not yours"));
        }
        return Subject.of(t);
    }

    /**
     * The ticket step a survey response rated: as complaint-service knows it, else as the survey's event states it.
     * survey-service let only the ticket's holder answer (by its code or account), and its codes are the queue's
     * own, so they are not checked against the catalogue again.
     */
    private static Uni<Subject> surveyed(Filing.SurveyOrigin survey) {
        Subject stated = new Subject(survey.mppCode(), survey.agencyCode(), survey.serviceCode(),
                new TicketStep(survey.visitId(), survey.ticketId(), survey.ticketNumber(), survey.counterCode()));
        if (survey.ticketId() == null) {
            return Uni.createFrom().item(stated);
        }
        return KnownTicket.<KnownTicket>findById(survey.ticketId()).map(t -> t == null ? stated : Subject.of(t));
    }

    private Uni<Void> checkCodes(Subject subject) {
        if (subject.serviceCode() != null) {
            return catalogue.service(subject.mppCode(), subject.serviceCode()).invoke(found -> found.ifPresent(list -> {
                if (list.isEmpty() || subject.agencyCode() != null
                        && list.stream().noneMatch(s -> subject.agencyCode().equals(s.agencyCode()))) {
                    throw ProblemException.unknownReference("serviceCode", LocalizedText.of(
                            "layanan %s tidak ada di MPP %s%s", "service %s is not at MPP %s%s").formatted(
                            subject.serviceCode(), subject.mppCode(),
                            subject.agencyCode() == null ? "" : " / " + subject.agencyCode()));
                }
            })).replaceWithVoid();
        }
        if (subject.agencyCode() != null) {
            return catalogue.hasAgency(subject.mppCode(), subject.agencyCode()).invoke(known -> {
                if (known.isPresent() && !known.get()) {
                    throw ProblemException.unknownReference("agencyCode", LocalizedText.of(
                            "instansi %s tidak ada di MPP %s", "agency %s is not at MPP %s")
                            .formatted(subject.agencyCode(), subject.mppCode()));
                }
            }).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** A new entity per attempt: one whose insert failed is not written again under another id. */
    private static Complaint complaint(String trackingId, Filing filing, Subject subject, Instant now) {
        Complaint c = new Complaint();
        c.trackingId = trackingId;
        c.channel = filing.channel();
        c.mppCode = subject.mppCode();
        c.agencyCode = subject.agencyCode();
        c.serviceCode = subject.serviceCode();
        TicketStep t = subject.ticket();
        if (t != null) {
            c.visitId = t.visitId();
            c.ticketId = t.ticketId();
            c.ticketNumber = t.ticketNumber();
            c.counterCode = t.counterCode();
        }
        c.surveyInvitationId = filing.survey() == null ? null : filing.survey().invitationId();
        c.category = filing.category();
        c.description = filing.description().strip();
        c.publicDescription = Masking.personalDataIn(c.description);
        c.mediaUrls = filing.mediaUrls() == null ? new String[0] : filing.mediaUrls().toArray(String[]::new);
        c.anonymous = filing.anonymous();
        c.confidential = filing.confidential();
        c.status = ComplaintStatus.SUBMITTED;
        c.submittedAt = now;
        c.updatedAt = now;
        return c;
    }

    private static Reporter reporter(String trackingId, Filing filing, String secret, Instant now) {
        Filing.ReporterDetails who = filing.reporter();
        Reporter r = new Reporter();
        r.trackingId = trackingId;
        r.accountId = who.accountId();
        r.name = blankToNull(who.name());
        r.phone = blankToNull(who.phone());
        r.email = blankToNull(who.email());
        r.whatsappId = who.whatsappId();
        r.secretHash = secret == null ? null : ReporterSecrets.hash(secret);
        r.createdAt = now;
        return r;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
