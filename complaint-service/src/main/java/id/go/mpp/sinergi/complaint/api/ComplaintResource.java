package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.KnownVisit;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A citizen files a complaint (optionally about one of their visits) and follows it by tracking id. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public record FileComplaint(@NotNull ComplaintCategory category,
                                @NotBlank @Size(max = 4000) String description,
                                @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String mppCode,
                                @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String agencyCode,
                                UUID visitId,
                                boolean anonymous,
                                boolean confidential) {
    }

    public record ComplaintView(String trackingId, String category, String status, String mppCode, String agencyCode,
                                UUID visitId, boolean anonymous, boolean confidential, Instant submittedAt) {
        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.trackingId, c.category.name(), c.status, c.mppCode, c.agencyCode, c.visitId,
                    c.anonymous, c.confidential, c.submittedAt);
        }
    }

    public record VisitView(UUID visitId, String ticketNumber, String mppCode, String agencyCode, String serviceCode,
                            String status, String outcome, Instant issuedAt, Instant completedAt) {
    }

    private final SecurityIdentity identity;

    public ComplaintResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @POST
    @Path("/complaints")
    @RolesAllowed(Caller.CITIZEN)
    @WithTransaction
    public Uni<Response> file(@Valid @NotNull FileComplaint request) {
        String citizen = Caller.of(identity).id();
        Uni<KnownVisit> visit = request.visitId() == null
                ? Uni.createFrom().nullItem()
                : KnownVisit.<KnownVisit>findById(request.visitId()).map(found -> {
                    if (found == null || !citizen.equals(found.citizenId)) {
                        throw ProblemException.invalidField("visitId", LocalizedText.of(
                                "kunjungan ini tidak ada di antara kunjungan Anda", "this visit is not one of your visits"));
                    }
                    return found;
                });
        Instant now = Timestamps.now();
        return visit.chain(found -> freeTrackingId(now, 5).chain(trackingId -> {
            Complaint complaint = new Complaint();
            complaint.trackingId = trackingId;
            complaint.citizenId = citizen;
            complaint.visitId = request.visitId();
            complaint.mppCode = found != null ? found.mppCode : request.mppCode();
            complaint.agencyCode = found != null ? found.agencyCode : request.agencyCode();
            complaint.category = request.category();
            complaint.description = request.description().strip();
            complaint.anonymous = request.anonymous();
            complaint.confidential = request.confidential();
            complaint.status = "SUBMITTED";
            complaint.submittedAt = now;
            return complaint.<Complaint>persist();
        })).map(c -> Response.created(URI.create("/complaints/" + c.trackingId)).entity(ComplaintView.of(c)).build());
    }

    /** A tracking id not taken yet (40 random bits make a clash rare; a clash is retried, not a 500). */
    private static Uni<String> freeTrackingId(Instant now, int attempts) {
        String candidate = TrackingIds.next(now.atZone(WIB).toLocalDate());
        return Complaint.<Complaint>findById(candidate).chain(taken -> {
            if (taken == null) {
                return Uni.createFrom().item(candidate);
            }
            if (attempts <= 1) {
                return Uni.createFrom().failure(new IllegalStateException("no free tracking id after retries"));
            }
            return freeTrackingId(now, attempts - 1);
        });
    }

    @GET
    @Path("/complaints/{trackingId}")
    @RolesAllowed(Caller.CITIZEN)
    @WithSession
    public Uni<ComplaintView> get(@PathParam("trackingId") String trackingId) {
        String citizen = Caller.of(identity).id();
        ProblemException notFound = ProblemException.notFound("complaint-not-found", LocalizedText.of(
                "Pengaduan %s tidak ditemukan", "Complaint %s not found").formatted(trackingId));
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(notFound);
        }
        return Complaint.<Complaint>findById(trackingId).map(c -> {
            if (c == null || !citizen.equals(c.citizenId)) {
                throw notFound;
            }
            return ComplaintView.of(c);
        });
    }

    /** The citizen's visits known from the queue, which a complaint may refer to. */
    @GET
    @Path("/visits/mine")
    @RolesAllowed(Caller.CITIZEN)
    @WithSession
    public Uni<List<VisitView>> myVisits() {
        return KnownVisit.<KnownVisit>list("citizenId = ?1 order by issuedAt desc", Caller.of(identity).id())
                .map(visits -> visits.stream().map(v -> new VisitView(v.visitId, v.ticketNumber, v.mppCode,
                        v.agencyCode, v.serviceCode, v.status, v.outcome, v.issuedAt, v.completedAt)).toList());
    }
}
