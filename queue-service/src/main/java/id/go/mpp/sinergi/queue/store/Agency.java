package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.util.List;

/** An agency with a booth at an MPP. */
@Entity
@IdClass(MppScopedKey.class)
public class Agency extends PanacheEntityBase {

    @Id
    public String mppCode;
    @Id
    public String code;
    public String name;

    public static Uni<Agency> find(String mppCode, String code) {
        return findById(new MppScopedKey(mppCode, code));
    }

    public static Uni<List<Agency>> ofMpp(String mppCode) {
        return list("mppCode = ?1 order by code", mppCode);
    }
}
