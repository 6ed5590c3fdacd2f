package id.go.mpp.sinergi.complaint.store.open311;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintHistoryEntry;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The complaints Open311 shows: never a confidential one. Lists walk {@code complaint_mpp_recent} (mpp_code,
 * submitted_at desc, tracking_id desc) over a range of submitted_at, newest first, and stop at the limit: a range
 * scan of the index, never an OFFSET.
 */
@ApplicationScoped
public class ServiceRequestRows {

    private static final String RECENT = """
            from Complaint c
            where c.mppCode = :mpp
              and c.submittedAt >= :start and c.submittedAt < :end
              and c.confidential = false
              and c.status in :statuses
            order by c.submittedAt desc, c.trackingId desc""";

    private static final String RECENT_OF_SERVICE = """
            from Complaint c
            where c.mppCode = :mpp
              and c.submittedAt >= :start and c.submittedAt < :end
              and c.confidential = false
              and c.status in :statuses
              and c.serviceCode = :service
            order by c.submittedAt desc, c.trackingId desc""";

    /** Complaints that name no service: Open311's general service. */
    private static final String RECENT_WITHOUT_SERVICE = """
            from Complaint c
            where c.mppCode = :mpp
              and c.submittedAt >= :start and c.submittedAt < :end
              and c.confidential = false
              and c.status in :statuses
              and c.serviceCode is null
            order by c.submittedAt desc, c.trackingId desc""";

    private static final String BY_IDS = """
            from Complaint c
            where c.trackingId in :ids and c.mppCode = :mpp and c.confidential = false
              and c.status in :statuses
            order by c.submittedAt desc, c.trackingId desc""";

    /** The latest step with a note among some actions, of each complaint (index complaint_history_of). */
    private static final String LATEST_NOTES = """
            from ComplaintHistoryEntry h
            where h.trackingId in :ids
              and h.id = (select max(l.id) from ComplaintHistoryEntry l
                          where l.trackingId = h.trackingId and l.action in :actions and l.note is not null)""";

    /**
     * Up to {@code limit} public complaints of the MPP submitted in [start, end), newest first; {@code service} a
     * service code, {@code ""} for those naming no service, null for all.
     */
    public Uni<List<Complaint>> recent(String mpp, Instant start, Instant end, Collection<ComplaintStatus> statuses,
                                       String service, int limit) {
        Parameters parameters = Parameters.with("mpp", mpp).and("start", start).and("end", end)
                .and("statuses", List.copyOf(statuses));
        String query = RECENT;
        if (service != null && service.isEmpty()) {
            query = RECENT_WITHOUT_SERVICE;
        } else if (service != null) {
            query = RECENT_OF_SERVICE;
            parameters = parameters.and("service", service);
        }
        return Complaint.<Complaint>find(query, parameters).page(0, limit).list();
    }

    /** The public complaints of the MPP among {@code ids} in one of {@code statuses}, newest first. */
    public Uni<List<Complaint>> byIds(String mpp, Collection<String> ids, Collection<ComplaintStatus> statuses) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Complaint.<Complaint>find(BY_IDS, Parameters.with("ids", List.copyOf(ids)).and("mpp", mpp)
                .and("statuses", List.copyOf(statuses))).list();
    }

    /** Of each complaint, its latest step that has a note and is one of {@code actions}; by tracking id. */
    public Uni<Map<String, ComplaintHistoryEntry>> latestNotes(Collection<String> trackingIds,
                                                               Collection<String> actions) {
        if (trackingIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return ComplaintHistoryEntry.<ComplaintHistoryEntry>find(LATEST_NOTES,
                        Parameters.with("ids", List.copyOf(trackingIds)).and("actions", List.copyOf(actions))).list()
                .map(steps -> steps.stream().collect(Collectors.toMap(h -> h.trackingId, Function.identity(),
                        (a, b) -> a.id > b.id ? a : b)));
    }
}
