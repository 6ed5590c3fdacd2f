package id.go.mpp.sinergi.survey.store.ikm;

import id.go.mpp.sinergi.data.db.NativeColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Units whose IKM the MPP admin hides from the public until a period is over ({@code ikm_embargo}). */
@ApplicationScoped
public class Embargoes {

    /** A hidden unit; {@code service} empty for the whole agency. */
    public record Embargo(String mpp, String agency, String service, String hiddenBy, Instant hiddenAt) {
    }

    private static final String HIDE = """
            insert into ikm_embargo (mpp_code, agency_code, service_code, hidden_by, hidden_at)
            values (?1, ?2, ?3, ?4, ?5)
            on conflict (mpp_code, agency_code, service_code) do nothing""";

    private static final String LIST = """
            select agency_code, service_code, hidden_by, hidden_at from ikm_embargo
            where mpp_code = ?1 order by agency_code, service_code""";

    private static final String HIDES = """
            select count(*) from ikm_embargo
            where mpp_code = ?1 and agency_code = ?2 and service_code in ('', ?3)""";

    public Uni<Void> hide(String mpp, String agency, String service, String by, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(HIDE).setParameter(1, mpp).setParameter(2, agency)
                .setParameter(3, service == null ? "" : service).setParameter(4, by)
                .setParameter(5, at.atOffset(ZoneOffset.UTC)).executeUpdate()).replaceWithVoid();
    }

    /** @return whether there was such an embargo */
    public Uni<Boolean> lift(String mpp, String agency, String service) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "delete from ikm_embargo where mpp_code = ?1 and agency_code = ?2 and service_code = ?3")
                .setParameter(1, mpp).setParameter(2, agency).setParameter(3, service == null ? "" : service)
                .executeUpdate()).map(n -> n > 0);
    }

    public Uni<List<Embargo>> of(String mpp) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LIST, Object[].class).setParameter(1, mpp)
                .getResultList().map(rows -> rows.stream().map(r -> new Embargo(mpp, (String) r[0], (String) r[1],
                        (String) r[2], NativeColumns.instant(r[3]))).toList()));
    }

    /** Is the agency, or the service of it, hidden? ({@code service} null: the agency's own figures.) */
    public Uni<Boolean> hides(String mpp, String agency, String service) {
        if (agency == null) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(HIDES, Long.class).setParameter(1, mpp)
                .setParameter(2, agency).setParameter(3, service == null ? "" : service).getSingleResult()
                .map(n -> n > 0));
    }
}
