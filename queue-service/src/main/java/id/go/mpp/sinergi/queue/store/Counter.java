package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.util.List;

/** A counter (loket) of an agency's booth and the services it may serve. */
@Entity
@IdClass(MppScopedKey.class)
public class Counter extends PanacheEntityBase {

    @Id
    public String mppCode;
    @Id
    public String code;
    public String agencyCode;
    public String name;
    public String[] services;

    public static Uni<Counter> find(String mppCode, String code) {
        return findById(new MppScopedKey(mppCode, code));
    }

    public static Uni<List<Counter>> ofMpp(String mppCode) {
        return list("mppCode = ?1 order by agencyCode, code", mppCode);
    }
}
