package id.go.mpp.sinergi.queue.app.kpi;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.KpiAccess;
import id.go.mpp.sinergi.queue.domain.kpi.KpiRange;
import id.go.mpp.sinergi.queue.domain.kpi.KpiReport;
import id.go.mpp.sinergi.queue.store.Agency;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.KpiQueries;
import id.go.mpp.sinergi.queue.store.Mpp;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Service KPIs of an MPP per day, agency and service over a range of MPP-local days. The mpp-admin sees its whole
 * MPP; agency-admins and officers see only their own agency at their MPP ({@link KpiAccess}).
 */
@ApplicationScoped
public class KpiReports {

    private final KpiQueries queries;
    private final Clock clock;

    public KpiReports(KpiQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Uni<KpiReport> report(Actor actor, String mpp, LocalDate fromDate, LocalDate toDate, String agency,
                                 String service) {
        KpiAccess.Decision decision = KpiAccess.scope(new KpiAccess.Staff(actor.roles(), actor.agency(), actor.mpp()),
                mpp, agency);
        if (decision instanceof KpiAccess.Refused refused) {
            return Uni.createFrom().failure(KpiProblems.refused(refused.refusal(), mpp, agency));
        }
        KpiAccess.Granted granted = (KpiAccess.Granted) decision;
        String scopeAgency = granted.agency().orElse(null);
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> Mpp.<Mpp>findById(mpp)
                .onItem().ifNull().failWith(() -> KpiProblems.mppNotFound(mpp))
                .chain(found -> {
                    KpiRange range;
                    try {
                        range = KpiRange.of(fromDate, toDate, now.atZone(found.zone()).toLocalDate());
                    } catch (KpiRange.InvalidRange e) {
                        return Uni.createFrom().failure(KpiProblems.invalidRange(e));
                    }
                    return Agency.ofMpp(mpp).chain(agencies -> CatalogueService.ofMpp(mpp).chain(services -> {
                        List<String> agencyCodes = agencies.stream().map(a -> a.code)
                                .filter(code -> scopeAgency == null || scopeAgency.equals(code)).toList();
                        if (scopeAgency != null && agencyCodes.isEmpty()) {
                            throw KpiProblems.unknownAgency(scopeAgency);
                        }
                        if (service != null) {
                            CatalogueService chosen = services.stream().filter(s -> s.code.equals(service)).findFirst()
                                    .orElseThrow(() -> KpiProblems.unknownService(service));
                            switch (KpiAccess.service(granted, chosen.agencyCode)) {
                                case OTHER_AGENCY -> throw KpiProblems.refused(KpiAccess.Refusal.OTHER_AGENCY, mpp,
                                        chosen.agencyCode);
                                case NOT_OF_REQUESTED_AGENCY -> throw KpiProblems.serviceOfOtherAgency(service,
                                        scopeAgency);
                                case OK -> { }
                            }
                        }
                        List<KpiReport.ServiceRef> refs = services.stream()
                                .filter(s -> scopeAgency == null || scopeAgency.equals(s.agencyCode))
                                .filter(s -> service == null || service.equals(s.code))
                                .map(s -> new KpiReport.ServiceRef(s.code, s.agencyCode, s.slaMinutes))
                                .toList();
                        KpiQueries.Scope scope = new KpiQueries.Scope(mpp, range.from(), range.to(), scopeAgency,
                                service);
                        return queries.tallies(scope, now).chain(tallies -> queries.arrivalsByHour(scope)
                                .map(hours -> KpiReport.assemble(mpp, found.timeZone, range, scopeAgency, service,
                                        tallies, service == null ? agencyCodes : List.of(refs.get(0).agency()),
                                        refs, hours)));
                    }));
                }));
    }
}
