package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.gateway.app.JsonColumns;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.agency.AgencyApplicationCreated;
import id.go.mpp.sinergi.events.agency.AgencyApplicationStatusChanged;
import id.go.mpp.sinergi.events.agency.BusinessIdentityChecked;
import id.go.mpp.sinergi.events.agency.IdentityVerified;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications;
import id.go.mpp.sinergi.gateway.store.identity.IdentityVerificationRows;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows.Row;
import id.go.mpp.sinergi.gateway.store.visits.BusinessChecks;
import id.go.mpp.sinergi.gateway.store.visits.VisitApplications;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * What the gateway's own read models learn from what agencies answer or call in with, in the transaction that
 * records it: a visit's identity verification and business check get their outcome (unavailable when the request is
 * given up, pending again when an admin retries it); an application's number and status land on the visit.
 */
@ApplicationScoped
public class ReplyEffects {

    private final IdentityVerificationRows verifications;
    private final BusinessChecks businessChecks;
    private final VisitApplications applications;
    private final Notifications notifications;
    private final JsonColumns json;

    public ReplyEffects(IdentityVerificationRows verifications, BusinessChecks businessChecks,
                        VisitApplications applications, Notifications notifications, JsonColumns json) {
        this.verifications = verifications;
        this.businessChecks = businessChecks;
        this.applications = applications;
        this.notifications = notifications;
        this.json = json;
    }

    Uni<Void> answered(Row row, AgencyReply reply) {
        return apply(reply.events());
    }

    /** Applies the events of an answer or of an agency's callback, in order. */
    Uni<Void> apply(List<SinergiEvent> events) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (SinergiEvent event : events) {
            applied = applied.chain(() -> apply(event));
        }
        return applied;
    }

    private Uni<Void> apply(SinergiEvent event) {
        if (event instanceof IdentityVerified verified) {
            return verifications.answered(UUID.fromString(verified.verificationId()), verified.outcome(),
                    json.write(verified.elements()), json.write(verified.scores()), verified.verifiedAt());
        }
        if (event instanceof BusinessIdentityChecked checked) {
            return businessChecks.answered(UUID.fromString(checked.checkId()), checked.outcome(), checked.nibStatus(),
                    json.write(checked.licences()), checked.checkedAt());
        }
        if (event instanceof AgencyApplicationCreated created) {
            return applications.created(created.agencyCode(), created.applicationNumber(), created.visitId(),
                    created.mppCode(), created.system(), created.status(), created.createdAt());
        }
        if (event instanceof AgencyApplicationStatusChanged changed) {
            return applications.statusChanged(changed.agencyCode(), changed.applicationNumber(), changed.visitId(),
                    changed.mppCode(), changed.system(), changed.status(), changed.ready(), changed.changedAt())
                    .chain(() -> notifications.applicationChanged(changed));
        }
        return Uni.createFrom().voidItem();
    }

    Uni<Void> deadLettered(Row row) {
        return switch (row.operation()) {
            case Operations.VERIFY_IDENTITY -> verifications.statusOfRequest(row.id(), "UNAVAILABLE", "PENDING");
            case Operations.CHECK_NIB -> businessChecks.statusOfRequest(row.id(), "UNAVAILABLE", "PENDING");
            default -> Uni.createFrom().voidItem();
        };
    }

    Uni<Void> retried(Row row) {
        return switch (row.operation()) {
            case Operations.VERIFY_IDENTITY -> verifications.statusOfRequest(row.id(), "PENDING", "UNAVAILABLE");
            case Operations.CHECK_NIB -> businessChecks.statusOfRequest(row.id(), "PENDING", "UNAVAILABLE");
            default -> Uni.createFrom().voidItem();
        };
    }
}
