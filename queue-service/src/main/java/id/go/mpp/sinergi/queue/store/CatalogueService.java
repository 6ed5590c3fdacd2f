package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.TurnNear;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.List;

/** A service an agency offers at an MPP (table {@code service}). */
@Entity
@Table(name = "service")
@IdClass(MppScopedKey.class)
public class CatalogueService extends PanacheEntityBase {

    @Id
    public String mppCode;
    @Id
    public String code;
    public String agencyCode;
    public String nameId;
    public String nameEn;
    public String ticketPrefix;
    public String[] requirementsId;
    public String[] requirementsEn;
    public long feeRupiah;
    public int serviceMinutes;
    public int quotaRegular;
    public int quotaPriority;
    public int quotaOnline;
    public int slaMinutes;
    public boolean active;
    /** How many days ahead citizens may book (0 = today only). */
    public int bookingHorizonDays = 14;
    /** Length of an online booking slot in minutes. */
    public int slotMinutes = 60;
    /** "Your turn is near" when at most this many calls are before a waiting ticket; 0 = off (see {@code TurnNear}). */
    public int turnNearPlaces = TurnNear.Settings.DEFAULT_PLACES;
    /** "Your turn is near" when a waiting ticket's estimated wait is at most this many minutes; 0 = off. */
    public int turnNearMinutes = TurnNear.Settings.DEFAULT_MINUTES;
    /** A ticket or booking names the business's NIB (checked at OSS by the gateway); false for most services. */
    public boolean requiresNib;

    public static Uni<CatalogueService> find(String mppCode, String code) {
        return findById(new MppScopedKey(mppCode, code));
    }

    public static Uni<List<CatalogueService>> ofMpp(String mppCode) {
        return list("mppCode = ?1 order by agencyCode, code", mppCode);
    }
}
