package id.go.mpp.sinergi.queue.app.catalogue;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.CataloguePermissions;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.queue.store.Agency;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reading an MPP's catalogue: its hours and agencies, its services (public) and its counters (staff). */
@ApplicationScoped
public class CatalogueQueries {

    private final MppCalendar calendar;

    public CatalogueQueries(MppCalendar calendar) {
        this.calendar = calendar;
    }

    public Uni<CatalogueViews.MppView> mpp(String mpp) {
        return Panache.withSession(() -> existingMpp(mpp).chain(found -> calendar.of(mpp)
                .chain(cal -> Agency.ofMpp(mpp).map(agencies -> {
                    Map<String, CatalogueViews.Hours> hours = new LinkedHashMap<>();
                    new TreeMap<>(cal.hours().weekly()).forEach((day, h) ->
                            hours.put(day.name(), new CatalogueViews.Hours(h.opens(), h.closes())));
                    List<CatalogueViews.ClosedDay> closed = cal.closedDayReasons().entrySet().stream()
                            .map(e -> new CatalogueViews.ClosedDay(e.getKey(), e.getValue())).toList();
                    String zone = IndonesianTimeZone.ofZone(found.timeZone).map(Enum::name).orElse(found.timeZone);
                    return new CatalogueViews.MppView(found.code, found.name, zone, hours, closed,
                            agencies.stream().map(a -> new CatalogueViews.AgencyView(a.code, a.name)).toList());
                }))));
    }

    public Uni<CatalogueViews.ServiceView> service(String mpp, String code, Locale locale) {
        return Panache.withSession(() -> CatalogueService.find(mpp, code))
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(mpp, code))
                .map(s -> CatalogueViews.ServiceView.of(s, locale));
    }

    /** The MPP's active services. */
    public Uni<List<CatalogueViews.ServiceView>> services(String mpp, Locale locale) {
        return Panache.withSession(() -> CatalogueService.ofMpp(mpp)).map(services -> services.stream()
                .filter(s -> s.active).map(s -> CatalogueViews.ServiceView.of(s, locale)).toList());
    }

    /** Counters the actor may see: all of the MPP for its admin, the own agency's for its staff and system. */
    public Uni<List<CatalogueViews.CounterView>> counters(Actor actor, String mpp) {
        return Panache.withSession(() -> Counter.ofMpp(mpp)).map(counters -> counters.stream()
                .filter(c -> CataloguePermissions.maySeeCounters(actor, mpp, c.agencyCode))
                .map(CatalogueViews.CounterView::of).toList());
    }

    static Uni<Mpp> existingMpp(String mpp) {
        return Mpp.<Mpp>findById(mpp).onItem().ifNull().failWith(() -> ProblemException.notFound("mpp-not-found",
                LocalizedText.of("MPP '%s' tidak ditemukan", "MPP '%s' not found").formatted(mpp)));
    }
}
