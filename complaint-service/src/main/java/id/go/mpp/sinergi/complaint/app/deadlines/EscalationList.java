package id.go.mpp.sinergi.complaint.app.deadlines;

import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.store.Escalation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The MPP admin's escalation list: breached deadlines of the MPP, newest first. */
@ApplicationScoped
public class EscalationList {

    public record EscalationView(String trackingId, String agencyCode, ComplaintStage stage, Instant dueAt,
                                 Instant escalatedAt) {
    }

    @WithSession
    public Uni<List<EscalationView>> of(String mppCode, int page, int size) {
        return Escalation.<Escalation>find("mppCode = ?1 order by escalatedAt desc, id desc", mppCode)
                .page(page, size).list()
                .map(list -> list.stream().map(e -> new EscalationView(e.trackingId, e.agencyCode, e.stage, e.dueAt,
                        e.escalatedAt)).toList());
    }
}
