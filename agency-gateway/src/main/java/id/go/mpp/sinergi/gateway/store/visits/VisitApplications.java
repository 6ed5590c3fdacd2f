package id.go.mpp.sinergi.gateway.store.visits;

import id.go.mpp.sinergi.data.db.NativeColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The {@code visit_application} table. Every method runs in the caller's transaction. */
@ApplicationScoped
public class VisitApplications {

    private static final String CREATED = """
            insert into visit_application (agency_code, application_number, visit_id, mpp_code, system, status,
                                           created_at, updated_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
            on conflict (agency_code, application_number) do update
               set visit_id = coalesce(visit_application.visit_id, excluded.visit_id),
                   mpp_code = coalesce(visit_application.mpp_code, excluded.mpp_code)""";

    /** A status callback; one for an application the gateway never made is kept too (without a visit). */
    private static final String STATUS = """
            insert into visit_application (agency_code, application_number, visit_id, mpp_code, system, status, ready,
                                           created_at, updated_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
            on conflict (agency_code, application_number) do update
               set status = excluded.status, ready = excluded.ready, updated_at = excluded.updated_at
             where visit_application.updated_at <= excluded.updated_at""";

    private static final String OF_VISIT = """
            select agency_code, application_number, system, status, ready, created_at, updated_at
            from visit_application where visit_id = ?1 order by created_at""";

    /** An application of the visit as the visit shows it. */
    public record Application(String agencyCode, String applicationNumber, String system, String status,
                              boolean ready, Instant createdAt, Instant updatedAt) {
    }

    public Uni<Void> created(String agencyCode, String applicationNumber, String visitId, String mppCode,
                             String system, String status, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CREATED)
                .setParameter(1, agencyCode).setParameter(2, applicationNumber).setParameter(3, visitId)
                .setParameter(4, mppCode).setParameter(5, system).setParameter(6, status).setParameter(7, at)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> statusChanged(String agencyCode, String applicationNumber, String visitId, String mppCode,
                                   String system, String status, boolean ready, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(STATUS)
                .setParameter(1, agencyCode).setParameter(2, applicationNumber).setParameter(3, visitId)
                .setParameter(4, mppCode).setParameter(5, system).setParameter(6, status).setParameter(7, ready)
                .setParameter(8, at)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<List<Application>> ofVisit(String visitId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(OF_VISIT, Object[].class)
                .setParameter(1, visitId).getResultList())
                .map(rows -> rows.stream().map(r -> new Application((String) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (Boolean) r[4], NativeColumns.instant(r[5]), NativeColumns.instant(r[6]))).toList());
    }
}
