package id.go.mpp.sinergi.complaint.store.duplicates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Likely duplicates of a complaint, best first: complaints of the same visit (index {@code complaint_visit}), then
 * those about the same agency (and service, when the complaint names one) filed within a window around it whose
 * text is alike by pg_trgm's {@code similarity}. Only the newest {@code scan} complaints of the window are compared
 * (walked by {@code complaint_mpp_recent}): the cost of a suggestion is bounded whatever the table or a rush holds
 * (a trigram index over all texts cost each suggestion 130-210 ms at 100,000 complaints: bench/complaints). Archived
 * complaints (spam, merged) are never candidates.
 */
@ApplicationScoped
public class DuplicateCandidatesSql {

    /** What a complaint is compared by; {@code visitId}, {@code agencyCode}, {@code serviceCode} may be null. */
    public record Probe(String trackingId, String mppCode, UUID visitId, String agencyCode, String serviceCode,
                        String description, Instant submittedAt) {
    }

    private static final String CANDIDATES = """
            with same_visit as (
                select c.tracking_id, c.submitted_at, 1 as same_visit, similarity(c.description, :text) as score
                from complaint c
                where c.visit_id = :visit and c.mpp_code = :mpp and c.tracking_id <> :id
                  and c.status <> 'ARCHIVED'
                  and (not :publicOnly or (not c.confidential and c.status <> 'REJECTED'))
            ), recent as (
                select c.tracking_id, c.submitted_at, c.description
                from complaint c
                where c.mpp_code = :mpp and c.submitted_at between :earliest and :latest and c.tracking_id <> :id
                  and c.status <> 'ARCHIVED'
                  and (not :publicOnly or (not c.confidential and c.status <> 'REJECTED'))
                  and (cast(:agency as text) is null or cast(:agency as text) in (c.agency_code, c.assigned_agency))
                  and (cast(:service as text) is null
                       or cast(:service as text) in (c.service_code, c.assigned_service))
                order by c.submitted_at desc, c.tracking_id desc
                limit :scan
            ), candidate as (
                select * from same_visit
                union all
                select tracking_id, submitted_at, 0, similarity(description, :text) from recent
            )
            select tracking_id from candidate
            where same_visit = 1 or score >= :minSimilarity
            group by tracking_id
            order by max(same_visit) desc, max(score) desc,
                     min(abs(extract(epoch from submitted_at - cast(:at as timestamptz)))), tracking_id
            limit :rows""";

    /**
     * The tracking ids of at most {@code limit} likely duplicates of {@code probe} among its visit's complaints and
     * the newest {@code scan} of its window, best first; {@code publicOnly}
     * keeps only those on the public list (not confidential, not rejected), for showing to a reporter.
     */
    public Uni<List<String>> candidates(Probe probe, Duration window, int scan, double minSimilarity, int limit,
                                        boolean publicOnly) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CANDIDATES, String.class)
                .setParameter("id", probe.trackingId())
                .setParameter("mpp", probe.mppCode())
                .setParameter("visit", probe.visitId())
                .setParameter("agency", probe.agencyCode())
                .setParameter("service", probe.serviceCode())
                .setParameter("text", probe.description())
                .setParameter("at", probe.submittedAt().atOffset(ZoneOffset.UTC))
                .setParameter("earliest", probe.submittedAt().minus(window).atOffset(ZoneOffset.UTC))
                .setParameter("latest", probe.submittedAt().plus(window).atOffset(ZoneOffset.UTC))
                .setParameter("scan", scan)
                .setParameter("minSimilarity", (float) minSimilarity)
                .setParameter("publicOnly", publicOnly)
                .setParameter("rows", limit)
                .getResultList());
    }
}
