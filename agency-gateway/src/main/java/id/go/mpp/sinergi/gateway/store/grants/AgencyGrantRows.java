package id.go.mpp.sinergi.gateway.store.grants;

import id.go.mpp.sinergi.data.db.NativeColumns;
import id.go.mpp.sinergi.gateway.domain.grants.Grant;
import id.go.mpp.sinergi.gateway.domain.grants.GrantChange;
import id.go.mpp.sinergi.gateway.domain.grants.GrantKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code agency_grant} table. {@link #all()} reads on the pool, outside any transaction (the gateway's cache
 * loads it at startup and every half minute); the others run in the caller's Panache session or transaction, so that
 * a change and its message log entry commit together.
 */
@ApplicationScoped
public class AgencyGrantRows {

    private static final String ALL = "select mpp_code, agency_code, kind, name from agency_grant";

    private static final String OF_MPP = """
            select agency_code, kind, name, granted_by, granted_at from agency_grant
            where mpp_code = ?1 and (cast(?2 as text) is null or agency_code = ?2)
            order by agency_code, kind, name""";

    /** Removes the agency's grants that are not in the lists (JSON arrays of names). */
    private static final String REMOVE_OTHERS = """
            delete from agency_grant
            where mpp_code = ?1 and agency_code = ?2
              and not (kind = 'OPERATION'
                       and name in (select jsonb_array_elements_text(cast(cast(?3 as text) as jsonb))))
              and not (kind = 'EVENT_TYPE'
                       and name in (select jsonb_array_elements_text(cast(cast(?4 as text) as jsonb))))
            returning kind, name""";

    /** Adds the grants of the lists the agency does not have yet; those it has keep who granted them and when. */
    private static final String ADD_MISSING = """
            insert into agency_grant (mpp_code, agency_code, kind, name, granted_by, granted_at)
            select cast(?1 as text), cast(?2 as text), 'OPERATION', n, cast(?5 as text), cast(?6 as timestamptz)
            from jsonb_array_elements_text(cast(cast(?3 as text) as jsonb)) as n
            union all
            select cast(?1 as text), cast(?2 as text), 'EVENT_TYPE', n, cast(?5 as text), cast(?6 as timestamptz)
            from jsonb_array_elements_text(cast(cast(?4 as text) as jsonb)) as n
            on conflict (mpp_code, agency_code, kind, name) do nothing
            returning kind, name""";

    private static final String REMOVE_ALL = """
            delete from agency_grant where mpp_code = ?1 and agency_code = ?2
            returning kind, name""";

    /** One grant as stored, with who granted it and when. */
    public record StoredGrant(String agencyCode, GrantKind kind, String name, String grantedBy, Instant grantedAt) {
    }

    private final Pool pool;

    public AgencyGrantRows(Pool pool) {
        this.pool = pool;
    }

    /** Every grant of every MPP (a few hundred rows: agencies times operations and event types). */
    public Uni<List<Grant>> all() {
        return pool.query(ALL).execute().map(rows -> {
            List<Grant> grants = new ArrayList<>(rows.size());
            for (Row row : rows) {
                grants.add(new Grant(row.getString(0), row.getString(1), GrantKind.valueOf(row.getString(2)),
                        row.getString(3)));
            }
            return grants;
        });
    }

    /** The MPP's grants, of one agency if {@code agencyCode} is not null. */
    public Uni<List<StoredGrant>> ofMpp(String mppCode, String agencyCode) {
        return Panache.getSession().chain(s -> s.createNativeQuery(OF_MPP, Object[].class)
                        .setParameter(1, mppCode).setParameter(2, agencyCode).getResultList())
                .map(rows -> rows.stream().map(r -> new StoredGrant((String) r[0], GrantKind.valueOf((String) r[1]),
                        (String) r[2], (String) r[3], NativeColumns.instant(r[4]))).toList());
    }

    /**
     * Makes the agency's grants exactly the two lists (JSON arrays of names); grants it keeps are left as they were.
     */
    public Uni<GrantChange> replace(String mppCode, String agencyCode, String operationsJson, String eventTypesJson,
                                    String grantedBy, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REMOVE_OTHERS, Object[].class)
                .setParameter(1, mppCode).setParameter(2, agencyCode).setParameter(3, operationsJson)
                .setParameter(4, eventTypesJson).getResultList()
                .chain(removed -> s.createNativeQuery(ADD_MISSING, Object[].class)
                        .setParameter(1, mppCode).setParameter(2, agencyCode).setParameter(3, operationsJson)
                        .setParameter(4, eventTypesJson).setParameter(5, grantedBy).setParameter(6, at)
                        .getResultList()
                        .map(added -> new GrantChange(grants(mppCode, agencyCode, added),
                                grants(mppCode, agencyCode, removed)))));
    }

    /** Removes every grant of the agency; what it removed. */
    public Uni<List<Grant>> revoke(String mppCode, String agencyCode) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REMOVE_ALL, Object[].class)
                        .setParameter(1, mppCode).setParameter(2, agencyCode).getResultList())
                .map(rows -> grants(mppCode, agencyCode, rows));
    }

    private static List<Grant> grants(String mppCode, String agencyCode, List<Object[]> rows) {
        return rows.stream().map(r -> new Grant(mppCode, agencyCode, GrantKind.valueOf((String) r[0]), (String) r[1]))
                .toList();
    }
}
