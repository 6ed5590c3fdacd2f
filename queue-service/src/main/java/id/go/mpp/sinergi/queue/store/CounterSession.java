package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An officer's shift at a counter, from opening to closing (at most one open per counter and per officer). */
@Entity
public class CounterSession extends PanacheEntityBase {

    @Id
    public UUID id;
    public String mppCode;
    public String counterCode;
    public String agencyCode;
    public String officerId;
    public Instant openedAt;
    public Instant closedAt;
    @Version
    public long version;

    public static Uni<CounterSession> openAt(String mppCode, String counterCode) {
        return find("mppCode = ?1 and counterCode = ?2 and closedAt is null", mppCode, counterCode).firstResult();
    }

    public static Uni<CounterSession> openBy(String officerId) {
        return find("officerId = ?1 and closedAt is null", officerId).firstResult();
    }

    /** Open sessions of an MPP: which counters are staffed now. */
    public static Uni<List<CounterSession>> openIn(String mppCode) {
        return list("mppCode = ?1 and closedAt is null", mppCode);
    }
}
