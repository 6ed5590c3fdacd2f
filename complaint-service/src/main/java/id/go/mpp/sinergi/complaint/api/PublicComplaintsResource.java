package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.publiclist.PublicComplaintList;
import id.go.mpp.sinergi.complaint.app.publiclist.PublicComplaintPage;
import id.go.mpp.sinergi.complaint.app.statistics.ComplaintStatisticsQueries;
import id.go.mpp.sinergi.complaint.app.statistics.ComplaintStatisticsView;
import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What anyone may see of an MPP's complaints, without login: the public list (no confidential complaint, no spam,
 * no reporter, personal data in texts masked) and per-agency statistics. Every answer here, refusals included,
 * carries {@code X-Content-Type-Options: nosniff} ({@link PublicResponseHeaders}).
 */
@Path(PublicComplaintsResource.ROOT + "/mpps/{mpp}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicComplaintsResource {

    /** The prefix of the endpoints anyone may call. */
    static final String ROOT = "/public";

    private final PublicComplaintList list;
    private final ComplaintStatisticsQueries statistics;

    public PublicComplaintsResource(PublicComplaintList list, ComplaintStatisticsQueries statistics) {
        this.list = list;
        this.statistics = statistics;
    }

    @GET
    @Path("/complaints")
    @PermitAll
    @Operation(summary = "The public list of an MPP's complaints, newest first (anyone, no login)", description = """
            Tracking id, category, status, agency and service (those it was dispositioned to, else those it \
            names), when it was filed and last changed, the running stage's deadline, and the reporter's text with \
            NIKs and phone numbers masked. Confidential complaints and archived or rejected ones (spam, merged \
            duplicates) are not listed; nothing about the reporter ever is. Texts are JSON strings: HTML in them is \
            text, never markup. `next` is the cursor of the following page (absent on the last).""")
    public Uni<PublicComplaintPage> complaints(
            @PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
            @QueryParam("cursor") @Size(max = 80) String cursor,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return list.page(mpp, cursor, size);
    }

    @GET
    @Path("/complaint-statistics")
    @PermitAll
    @Operation(summary = "Per-agency statistics of the complaints an MPP received in a period (anyone, no login)",
            description = """
            Of the complaints filed from `from` to `to` (days of the MPP's time zone, both included; at most 366 \
            days; default: the current month), per agency they are dispositioned to (`agencyCode` null: still in \
            triage) and in total: received, verified, responded, responded by the follow-up deadline and that \
            share (3 decimals, half up), the median working days from the start of the follow-up (disposition or \
            reopening) to the response, and reopened. Working days skip weekends and the MPP's non-working days. \
            Confidential complaints are counted; no text is shown.""")
    public Uni<ComplaintStatisticsView> statistics(
            @PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
            @Parameter(description = "The first day, YYYY-MM-DD (default: the first day of the current month)")
            @QueryParam("from") String from,
            @Parameter(description = "The last day, YYYY-MM-DD (default: the last day of the current month)")
            @QueryParam("to") String to) {
        return statistics.of(mpp, day("from", from), day("to", to));
    }

    /** A calendar day as YYYY-MM-DD, null when absent; anything else is a 400 naming the field. */
    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.strip();
        if (day.matches(Slugs.ISO_DATE)) {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeException e) {
                // 2027-02-30 and the like: the same refusal as a malformed day
            }
        }
        throw ProblemException.invalidField(field, LocalizedText.of(
                "bukan tanggal (YYYY-MM-DD)", "is not a calendar day (YYYY-MM-DD)"));
    }
}
