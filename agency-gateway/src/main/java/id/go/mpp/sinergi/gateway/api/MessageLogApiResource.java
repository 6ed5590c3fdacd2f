package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLogSearch;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLogVerification;
import id.go.mpp.sinergi.gateway.domain.messagelog.ChainBreak;
import id.go.mpp.sinergi.gateway.domain.messagelog.ChainVerdict;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogQuery;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogScope;
import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The message log of exchanges with agency systems and reads of shared personal data: the MPP admin searches the
 * entries of their MPP and verifies the chain; an agency (its admin or its system) reads the entries of its own
 * exchanges, and another agency's entry is the same 404 as none.
 */
@Path(Forwarding.PREFIX + "/message-log")
@Produces(MediaType.APPLICATION_JSON)
public class MessageLogApiResource {

    private static final Pattern AGENCY = Pattern.compile(Slugs.CODE);
    /** An adapter's operation ({@code verify-identity}) or a granted API operation ({@code GET /api/v1/x/{id}}). */
    private static final Pattern OPERATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/{} -]{0,119}");
    private static final Pattern SEQ = Pattern.compile("[1-9][0-9]{0,17}");
    private static final int SUBJECT_MAX = 200;

    private final MessageLogSearch search;
    private final MessageLogVerification verification;
    private final SecurityIdentity identity;

    public MessageLogApiResource(MessageLogSearch search, MessageLogVerification verification,
                                 SecurityIdentity identity) {
        this.search = search;
        this.verification = verification;
        this.identity = identity;
    }

    /** One entry; {@code sealed} once it is in the chain, with its position and hashes. */
    public record EntryView(long seq, Instant recordedAt, Direction direction, String mppCode, String agencyCode,
                            String actor, String purpose, String operation, String subjectId, String outcome,
                            String payloadSha256, Map<String, String> details, boolean sealed, Long chainPos,
                            String prevHash, String entryHash) {

        static EntryView of(StoredEntry e) {
            var x = e.entry();
            return new EntryView(e.seq(), x.recordedAt(), x.direction(), x.mppCode(), x.agencyCode(), x.actor(),
                    x.purpose(), x.operation(), x.subjectId(), x.outcome(), x.payloadSha256(), x.details(), e.sealed(),
                    e.chainPos(), e.prevHash(), e.entryHash());
        }
    }

    public record PageView(List<EntryView> items, String next) {
    }

    /** Where the log stops verifying: the entry, why ({@code changed, missing, reordered, unsealed}), and in words. */
    public record BrokenView(long seq, String reason, long intactUpTo, String detail) {
    }

    public record VerdictView(boolean ok, long checked, long sealedUpTo, BrokenView firstBroken) {
    }

    @GET
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "Search the message log, newest first (MPP admin: the MPP's entries; an agency: its own)",
            description = "Filters: agency, subject, operation, direction (OUT, IN, READ), from and to (ISO-8601 "
                    + "instants with an offset, from inclusive, to exclusive). `next` is the cursor of the following "
                    + "page (size 1-100, default 20). NIKs, phone numbers and e-mail addresses are masked; of a payload "
                    + "only its SHA-256 is kept.")
    public Uni<PageView> search(@QueryParam("agency") String agency, @QueryParam("subject") String subject,
                                @QueryParam("operation") String operation, @QueryParam("direction") String direction,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        MessageLogQuery query = query(agency, subject, operation, direction, from, to, cursor, size);
        return search.search(scope(), query)
                .map(page -> new PageView(page.items().stream().map(EntryView::of).toList(), page.next()));
    }

    @GET
    @Path("/{seq}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "One entry of the message log, if the caller may see it (else 404)")
    public Uni<EntryView> entry(@PathParam("seq") String seq) {
        if (seq == null || !SEQ.matcher(seq).matches()) {
            return Uni.createFrom().failure(MessageLogSearch.notFound());
        }
        return search.one(scope(), Long.parseLong(seq)).map(EntryView::of);
    }

    @POST
    @Path("/verify")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Verify the hash chain of the whole message log (MPP admin)",
            description = "Walks every sealed entry: `ok`, how many were `checked`, the seq the chain is sealed up to, "
                    + "and the first entry changed, missing, reordered or left unsealed (`firstBroken`, null if none).")
    public Uni<VerdictView> verify(@Context HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return verification.verify().map(verdict -> view(verdict, locale));
    }

    private MessageLogScope scope() {
        Caller caller = Caller.of(identity);
        return MessageLogScope.of(caller.hasRole(Caller.MPP_ADMIN),
                caller.hasRole(Caller.AGENCY_ADMIN) || caller.hasRole(Caller.AGENCY_SYSTEM),
                caller.mpp().orElse(null), caller.agency().orElse(null));
    }

    private static MessageLogQuery query(String agency, String subject, String operation, String direction,
                                         String from, String to, String cursor, String size) {
        List<ProblemException.FieldErrorText> errors = new ArrayList<>();
        if (agency != null && !AGENCY.matcher(agency).matches()) {
            errors.add(error("agency", "bukan kode instansi (huruf kecil, angka, tanda hubung)",
                    "is not an agency code (lower-case letters, digits, hyphens)"));
        }
        if (subject != null && (subject.isEmpty() || subject.length() > SUBJECT_MAX
                || subject.codePoints().anyMatch(Character::isISOControl))) {
            errors.add(error("subject", "1 sampai " + SUBJECT_MAX + " karakter tanpa karakter kendali",
                    "1 to " + SUBJECT_MAX + " characters without control characters"));
        }
        if (operation != null && !OPERATION.matcher(operation).matches()) {
            errors.add(error("operation",
                    "nama operasi: huruf, angka, spasi dan . _ : / - { }, paling banyak 120 karakter",
                    "an operation name: letters, digits, spaces and . _ : / - { }, at most 120 characters"));
        }
        Direction parsedDirection = null;
        if (direction != null) {
            try {
                parsedDirection = Direction.valueOf(direction);
            } catch (IllegalArgumentException e) {
                errors.add(error("direction", "OUT, IN atau READ", "OUT, IN or READ"));
            }
        }
        Instant fromInstant = instant(from, "from", errors);
        Instant toInstant = instant(to, "to", errors);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            errors.add(error("to", "harus setelah from", "must be after from"));
        }
        long before = Long.MAX_VALUE;
        if (cursor != null) {
            if (SEQ.matcher(cursor).matches()) {
                before = Long.parseLong(cursor);
            } else {
                errors.add(error("cursor", "bukan kursor dari halaman sebelumnya (next)",
                        "is not a cursor of a previous page (next)"));
            }
        }
        int pageSize = MessageLogQuery.DEFAULT_SIZE;
        if (size != null) {
            pageSize = size.matches("[0-9]{1,3}") ? Integer.parseInt(size) : -1;
            if (pageSize < 1 || pageSize > MessageLogQuery.MAX_SIZE) {
                errors.add(error("size", "antara 1 dan " + MessageLogQuery.MAX_SIZE,
                        "between 1 and " + MessageLogQuery.MAX_SIZE));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", ProblemTitles.VALIDATION, ProblemTitles.VALIDATION_DETAIL,
                    errors);
        }
        return new MessageLogQuery(agency, subject, operation, parsedDirection, fromInstant, toInstant, before,
                pageSize);
    }

    private static Instant instant(String text, String field, List<ProblemException.FieldErrorText> errors) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(error(field, "bukan waktu ISO-8601 dengan zona (mis. 2026-12-06T08:00:00+07:00)",
                    "is not an ISO-8601 time with an offset (e.g. 2026-12-06T08:00:00+07:00)"));
            return null;
        }
    }

    private static ProblemException.FieldErrorText error(String field, String id, String en) {
        return new ProblemException.FieldErrorText(field, LocalizedText.of(id, en));
    }

    private static VerdictView view(ChainVerdict verdict, Locale locale) {
        ChainBreak broken = verdict.firstBroken();
        BrokenView brokenView = broken == null ? null : new BrokenView(broken.seq(),
                broken.reason().name().toLowerCase(Locale.ROOT), broken.intactUpTo(), detail(broken).in(locale));
        return new VerdictView(verdict.ok(), verdict.checked(), verdict.sealedUpTo(), brokenView);
    }

    private static LocalizedText detail(ChainBreak b) {
        return switch (b.reason()) {
            case CHANGED -> LocalizedText.of(
                    "Isi, nomor urut atau hash entri %d tidak sama dengan saat disegel.",
                    "The content, seq or hashes of entry %d are not what was sealed.").formatted(b.seq());
            case MISSING -> LocalizedText.of(
                    "Ada entri yang hilang setelah entri %d (rantai tidak lagi sampai ke entri %d).",
                    "An entry is missing after entry %d (the chain no longer reaches entry %d).")
                    .formatted(b.intactUpTo(), b.seq());
            case REORDERED -> LocalizedText.of(
                    "Entri %d tidak berada di tempatnya dalam rantai: ia tertaut ke entri yang datang sesudahnya.",
                    "Entry %d is not where it was sealed: it links to an entry that comes after it.")
                    .formatted(b.seq());
            case UNSEALED -> LocalizedText.of(
                    "Entri %d sudah tersimpan tetapi belum disegel ke dalam rantai.",
                    "Entry %d was committed but not sealed into the chain in time.").formatted(b.seq());
        };
    }
}
