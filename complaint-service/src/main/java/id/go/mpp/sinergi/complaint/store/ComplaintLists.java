package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of complaints, newest first, by keyset (submitted_at, tracking_id): a page costs the same on page 1 and
 * page 5,000 (indexes {@code complaint_mpp_recent}, {@code complaint_agency_recent}, {@code reporter_account}).
 */
@ApplicationScoped
public class ComplaintLists {

    private static final String MPP_PAGE = """
            from Complaint c
            where c.mppCode = :mpp %s
              and (c.submittedAt < :at or (c.submittedAt = :at and c.trackingId < :id))
            order by c.submittedAt desc, c.trackingId desc""";

    private static final String REPORTER_PAGE = """
            from Complaint c
            where c.trackingId in (select r.trackingId from Reporter r where r.accountId = :account)
              and (c.submittedAt < :at or (c.submittedAt = :at and c.trackingId < :id))
            order by c.submittedAt desc, c.trackingId desc""";

    /** Where a page starts: after the complaint submitted at {@code at} with tracking id {@code id}. */
    public record Cursor(Instant at, String id) {

        private static final Pattern SHAPE = Pattern.compile("(\\d{1,19})_([A-Z0-9-]{1,40})");
        private static final Cursor FIRST = new Cursor(Instant.parse("9999-12-31T00:00:00Z"), "~");

        /** The first page for null or a cursor that is not one of ours. */
        public static Cursor parse(String text) {
            if (text == null) {
                return FIRST;
            }
            Matcher m = SHAPE.matcher(text);
            if (!m.matches()) {
                return FIRST;
            }
            try {
                long micros = Long.parseLong(m.group(1));
                return new Cursor(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000), m.group(2));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return FIRST;
            }
        }

        public static String after(Complaint c) {
            long micros = c.submittedAt.getEpochSecond() * 1_000_000 + c.submittedAt.getNano() / 1_000;
            return micros + "_" + c.trackingId;
        }
    }

    /** One page (size + 1 rows, to know whether another follows) of an MPP, of one agency's if {@code agency}. */
    public Uni<List<Complaint>> page(String mpp, String agency, boolean agencyInbox, ComplaintStatus status,
                                     Cursor cursor, int size) {
        if (agencyInbox && (agency == null || agency.isEmpty())) {
            return Uni.createFrom().item(List.of());
        }
        // Only the filters given are in the query: PostgreSQL cannot type a bare "null is null" parameter.
        Parameters parameters = Parameters.with("mpp", mpp).and("at", cursor.at()).and("id", cursor.id());
        StringBuilder filters = new StringBuilder();
        if (status != null) {
            filters.append(" and c.status = :status");
            parameters.and("status", status);
        }
        if (agency != null) {
            filters.append(" and c.assignedAgency = :agency");
            parameters.and("agency", agency);
        }
        return Complaint.<Complaint>find(MPP_PAGE.formatted(filters), parameters).page(0, size + 1).list();
    }

    public Uni<List<Complaint>> ofReporter(String accountId, Cursor cursor, int size) {
        return Complaint.<Complaint>find(REPORTER_PAGE, Parameters.with("account", accountId)
                .and("at", cursor.at()).and("id", cursor.id())).page(0, size + 1).list();
    }
}
