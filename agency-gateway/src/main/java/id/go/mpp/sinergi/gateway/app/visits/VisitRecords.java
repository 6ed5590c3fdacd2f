package id.go.mpp.sinergi.gateway.app.visits;

import id.go.mpp.sinergi.gateway.app.JsonColumns;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterRegistry;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyDispatcher;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyRequests;
import id.go.mpp.sinergi.gateway.app.adapters.Lane;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import id.go.mpp.sinergi.gateway.store.identity.VisitSteps;
import id.go.mpp.sinergi.gateway.store.visits.BusinessChecks;
import id.go.mpp.sinergi.gateway.store.visits.VisitApplications;
import id.go.mpp.sinergi.gateway.store.visits.VisitApplications.Application;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What agency systems said about a visit beyond the identity: the applications they accepted for its steps (SIMKIM's
 * application number and status) and the check of a business identity number (NIB) at OSS, asked for once per visit
 * and seen by its agencies like the identity verification.
 */
@ApplicationScoped
public class VisitRecords {

    private static final Logger LOG = Logger.getLogger(VisitRecords.class);
    private static final Set<String> STANDING = Set.of("PENDING", "VALID");

    private final VisitSteps steps;
    private final VisitApplications applications;
    private final BusinessChecks checks;
    private final AgencyRequests requests;
    private final AdapterRegistry adapters;
    private final AgencyDispatcher dispatcher;
    private final JsonColumns json;
    private final Clock clock;

    public VisitRecords(VisitSteps steps, VisitApplications applications, BusinessChecks checks,
                        AgencyRequests requests, AdapterRegistry adapters, AgencyDispatcher dispatcher,
                        JsonColumns json, Clock clock) {
        this.steps = steps;
        this.applications = applications;
        this.checks = checks;
        this.requests = requests;
        this.adapters = adapters;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    /** The newest check of a NIB for the visit: never a company name (a sole trader's is the person's). */
    public record BusinessCheckView(UUID checkId, String visitId, String nib, String status, String nibStatus,
                                    Map<String, String> licences, String requestedBy, Instant requestedAt,
                                    Instant checkedAt) {
    }

    /** An application an agency system accepted for the visit, with the status its callbacks reported. */
    public record ApplicationView(String agencyCode, String system, String applicationNumber, String status,
                                  boolean ready, Instant createdAt, Instant updatedAt) {
    }

    /** A check and whether this call started it ({@code false}: the visit's standing one for the same NIB). */
    public record Requested(BusinessCheckView check, boolean started) {
    }

    public Uni<List<ApplicationView>> applications(Who who, String visitId) {
        return Panache.withSession(() -> steps.of(visitId).chain(visit -> IdentityAccess.maySee(who, visit)
                ? applications.ofVisit(visitId).map(list -> list.stream().map(VisitRecords::view).toList())
                : Uni.createFrom().failure(unknownVisit())));
    }

    private static ApplicationView view(Application a) {
        return new ApplicationView(a.agencyCode(), a.system(), a.applicationNumber(), a.status(), a.ready(),
                a.createdAt(), a.updatedAt());
    }

    public Uni<Requested> checkBusiness(Who who, String requestedBy, String visitId, String nib) {
        Lane oss = ossLane();
        return Panache.withTransaction(() -> steps.of(visitId).chain(visit -> {
            if (!IdentityAccess.mayRequest(who, visit)) {
                return Uni.createFrom().<Requested>failure(unknownVisit());
            }
            return startCheck(oss, who.accountId(), requestedBy, visitId, visit.get(0).mppCode(), nib);
        })).invoke(this::wakeIfStarted);
    }

    /**
     * The NIB a ticket or booking named, checked at OSS as soon as queue-service made the visit ({@code visitId} and
     * {@code mppCode} from its answer, before the gateway hears of the visit's steps): the visit's first check.
     */
    public Uni<Requested> checkBusinessOfNewVisit(String accountId, String requestedBy, String visitId, String mppCode,
                                                  String nib) {
        Lane oss = ossLane();
        return Panache.withTransaction(() -> startCheck(oss, accountId, requestedBy, visitId, mppCode, nib))
                .invoke(this::wakeIfStarted);
    }

    /**
     * After queue-service made a ticket or booking ({@code answer}, its 201 body) whose request named the business's
     * NIB: the check at OSS for the new visit. It never fails what was made: a check that cannot start is logged,
     * and the visit's officer or kiosk asks again ({@code POST /visits/{id}/business-checks}).
     */
    public Uni<Void> checkNibNamedAtIssue(String accountId, String requestedBy, String request, String answer) {
        var nib = json.textField(request, "nib").filter(n -> n.matches(Slugs.NIB));
        var visitId = json.textField(answer, "visitId");
        var mpp = json.textField(answer, "mppCode");
        if (nib.isEmpty() || visitId.isEmpty() || mpp.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> checkBusinessOfNewVisit(accountId, requestedBy, visitId.get(),
                        mpp.get(), nib.get()))
                .onFailure().invoke(e -> LOG.warnf("NIB check of new visit %s not started: %s", visitId.get(), e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Lane ossLane() {
        return adapters.offering(Operations.CHECK_NIB).orElseThrow(() -> new ProblemException(503,
                "business-check-unavailable", LocalizedText.of("Layanan tidak tersedia", "Service unavailable"),
                LocalizedText.of("Pemeriksaan NIB ke OSS belum diaktifkan.", "NIB checks at OSS are not enabled."),
                List.of()));
    }

    private Uni<Requested> startCheck(Lane oss, String accountId, String requestedBy, String visitId, String mpp,
                                      String nib) {
        return checks.latestOf(visitId).chain(latest -> {
            if (latest.isPresent() && STANDING.contains(latest.get().status()) && nib.equals(latest.get().nib())) {
                return Uni.createFrom().item(new Requested(view(latest.get()), false));
            }
            Instant now = Timestamps.now(clock);
            UUID checkId = UUID.randomUUID();
            UUID requestId = UUID.randomUUID();
            AgencyRequest request = new AgencyRequest(Operations.CHECK_NIB, checkId.toString(), visitId, mpp,
                    "business identity (NIB) check for a DPMPTSP service of a visit",
                    Map.of("nib", nib, "subjectId", visitId, "mppCode", mpp, "checkId", checkId.toString()));
            return requests.enqueue(oss.agencyCode(), request, accountId, requestId)
                    .chain(() -> checks.insert(checkId, visitId, mpp, nib, requestedBy, now, requestId))
                    .chain(() -> checks.latestOf(visitId))
                    .map(found -> new Requested(view(found.orElseThrow()), true));
        });
    }

    private void wakeIfStarted(Requested requested) {
        if (requested.started()) {
            dispatcher.wake();
        }
    }

    public Uni<BusinessCheckView> businessCheck(Who who, String visitId) {
        return Panache.withSession(() -> steps.of(visitId).chain(visit -> {
            if (!IdentityAccess.maySee(who, visit)) {
                return Uni.createFrom().<BusinessCheckView>failure(unknownVisit());
            }
            return checks.latestOf(visitId).map(latest -> view(latest.orElseThrow(() -> ProblemException.notFound(
                    "no-business-check", LocalizedText.of("NIB belum diperiksa untuk kunjungan ini.",
                            "No NIB has been checked for this visit.")))));
        }));
    }

    private BusinessCheckView view(BusinessChecks.Row row) {
        return new BusinessCheckView(row.id(), row.subjectId(), row.nib(), row.status(), row.nibStatus(),
                json.strings(row.licences()), row.requestedBy(), row.requestedAt(), row.checkedAt());
    }

    private static ProblemException unknownVisit() {
        return ProblemException.notFound("unknown-visit", LocalizedText.of("Kunjungan tidak ditemukan.",
                "No such visit."));
    }
}
