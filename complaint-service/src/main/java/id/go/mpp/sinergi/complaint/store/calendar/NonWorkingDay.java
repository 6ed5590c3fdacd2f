package id.go.mpp.sinergi.complaint.store.calendar;

import id.go.mpp.sinergi.complaint.domain.calendar.NonWorkingDayKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A weekday that is not a working day: national ({@code mppCode} null, seeded by migrations from the SKB 3 Menteri)
 * or of one MPP (added by its admin).
 */
@Entity
@Table(name = "non_working_day")
public class NonWorkingDay extends PanacheEntityBase {

    /** One row per MPP and day, and one national row per day ({@code unique nulls not distinct}). */
    public static final String MPP_DAY_CONSTRAINT = "non_working_day_mpp_day";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** null: national, a non-working day of every MPP. */
    public String mppCode;
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public NonWorkingDayKind kind;
    public String name;
    public String source;
    public Instant createdAt;

    public boolean national() {
        return mppCode == null;
    }

    /** The national days and the MPP's own, all years. */
    static Uni<List<NonWorkingDay>> ofMpp(String mppCode) {
        return list("from NonWorkingDay n where n.mppCode is null or n.mppCode = ?1", mppCode);
    }

    /** The national days and the MPP's own from {@code first} to {@code last}, by day (national first). */
    public static Uni<List<NonWorkingDay>> ofMpp(String mppCode, LocalDate first, LocalDate last) {
        return list("from NonWorkingDay n where (n.mppCode is null or n.mppCode = ?1) and n.day between ?2 and ?3 "
                + "order by n.day, n.mppCode nulls first", mppCode, first, last);
    }

    /** The national row and the MPP's own row of one day (none, one or two). */
    public static Uni<List<NonWorkingDay>> onDay(String mppCode, LocalDate day) {
        return list("from NonWorkingDay n where (n.mppCode is null or n.mppCode = ?1) and n.day = ?2", mppCode, day);
    }
}
