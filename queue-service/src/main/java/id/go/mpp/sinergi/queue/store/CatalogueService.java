package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A service an agency offers at an MPP (table {@code service}). */
@Entity
@Table(name = "service")
@IdClass(CatalogueService.Key.class)
public class CatalogueService extends PanacheEntityBase {

    @Id
    public String mppCode;
    @Id
    public String code;
    public String agencyCode;
    public String nameId;
    public String nameEn;
    public String ticketPrefix;

    public static Uni<CatalogueService> find(String mppCode, String code) {
        return findById(new Key(mppCode, code));
    }

    public static Uni<List<CatalogueService>> ofMpp(String mppCode) {
        return list("mppCode = ?1 order by agencyCode, code", mppCode);
    }

    public static class Key implements Serializable {
        public String mppCode;
        public String code;

        public Key() {
        }

        public Key(String mppCode, String code) {
            this.mppCode = mppCode;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(mppCode, k.mppCode) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mppCode, code);
        }
    }
}
