package id.go.mpp.sinergi.gateway.store.identity;

import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Step;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The {@code visit_step} table: the agencies a visit passes through, learnt from queue events. */
@ApplicationScoped
public class VisitSteps {

    private static final String ADD = """
            insert into visit_step (visit_id, agency_code, mpp_code, citizen_id, ticket_id, first_seen)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (visit_id, agency_code) do nothing""";

    private static final String OF_VISIT = """
            select agency_code, mpp_code, citizen_id from visit_step where visit_id = ?1 order by first_seen""";

    public Uni<Void> add(String visitId, String agencyCode, String mppCode, String citizenId, String ticketId,
                         Instant seen) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ADD)
                .setParameter(1, visitId).setParameter(2, agencyCode).setParameter(3, mppCode)
                .setParameter(4, citizenId).setParameter(5, ticketId).setParameter(6, seen)
                .executeUpdate()).replaceWithVoid();
    }

    /** The steps of a visit: the agency and whose visit it is (the account, null for a walk-in without one). */
    public Uni<List<Step>> of(String visitId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(OF_VISIT, Object[].class)
                .setParameter(1, visitId).getResultList())
                .map(rows -> rows.stream().map(r -> new Step((String) r[0], (String) r[1], (String) r[2])).toList());
    }
}
