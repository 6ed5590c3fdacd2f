package id.go.mpp.sinergi.complaint.store.calendar;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;

/** The time zone an MPP counts its complaint deadlines in; an MPP without a row counts in WIB. */
@Entity
@Table(name = "mpp_calendar")
public class MppCalendar extends PanacheEntityBase {

    /** Insert or replace in one statement: two first settings at once cannot clash on the primary key. */
    private static final String SET_ZONE = """
            insert into mpp_calendar (mpp_code, time_zone, updated_at) values (?1, ?2, ?3)
            on conflict (mpp_code) do update set time_zone = excluded.time_zone, updated_at = excluded.updated_at""";

    @Id
    public String mppCode;
    /** One of Asia/Jakarta, Asia/Makassar, Asia/Jayapura (checked by the table). */
    public String timeZone;
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Sets the MPP's zone, in the caller's transaction. */
    public static Uni<Void> setZone(String mppCode, ZoneId zone, Instant now) {
        return getSession().chain(session -> session.createNativeQuery(SET_ZONE)
                .setParameter(1, mppCode).setParameter(2, zone.getId()).setParameter(3, now)
                .executeUpdate()).replaceWithVoid();
    }
}
