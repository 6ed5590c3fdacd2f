package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A visit as one journey: every step (ticket) in order, with its agency, service, counter, times and outcome —
 * e.g. a PBG building permit passing DPMPTSP, PUPR, Dishub, Damkar and DLH.
 */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

    /** One step of the journey. */
    public record Step(int step, UUID ticketId, String number, String agencyCode, String serviceCode,
                       String counterCode, String counterName, String status, String outcome, Instant issuedAt,
                       Instant calledAt, Instant serviceStartedAt, Instant completedAt, long waitingSeconds,
                       String transferNote) {
    }

    /** {@code finished}: no step is waiting or at a counter any more. */
    public record Journey(UUID visitId, String mppCode, Instant arrivedAt, boolean finished, List<Step> steps) {
    }

    private final SecurityIdentity identity;

    public JourneyResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The visit's citizen, staff of an agency the visit passed through (they see the steps before and after
     * theirs, which they need to serve it), or the MPP's admin.
     */
    @GET
    @Path("/{visitId}/journey")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @WithSession
    public Uni<Journey> journey(@PathParam("visitId") UUID visitId) {
        Caller caller = Caller.of(identity);
        return Ticket.<Ticket>list("visitId = ?1 order by step, issuedAt", visitId).chain(tickets -> {
            if (tickets.isEmpty() || !maySee(caller, tickets)) {
                return Uni.createFrom().failure(QueueProblems.visitNotFound(visitId));
            }
            String mpp = tickets.get(0).mppCode;
            return Counter.ofMpp(mpp).map(counters -> {
                Map<String, String> names = counters.stream().collect(Collectors.toMap(c -> c.code, c -> c.name));
                List<Step> steps = tickets.stream().map(t -> new Step(t.step, t.id, t.number, t.agencyCode, t.serviceCode,
                        t.counterCode, t.counterCode == null ? null : names.get(t.counterCode), t.status.name(),
                        t.outcome == null ? null : t.outcome.name(), t.issuedAt, t.calledAt, t.serviceStartedAt,
                        t.completedAt, t.calledAt == null ? 0
                        : Math.max(0, java.time.Duration.between(t.queueSince, t.calledAt).toSeconds()),
                        t.transferNote)).toList();
                boolean finished = tickets.stream().allMatch(t -> t.status.isFinal());
                return new Journey(visitId, mpp, tickets.get(0).arrivedAt, finished, steps);
            });
        });
    }

    private static boolean maySee(Caller caller, List<Ticket> steps) {
        return caller.id().equals(steps.get(0).citizenId)
                || steps.stream().anyMatch(t -> caller.mayRead(t.agencyCode, t.mppCode));
    }
}
