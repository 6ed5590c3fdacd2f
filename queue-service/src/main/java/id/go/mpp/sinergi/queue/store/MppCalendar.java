package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Opening hours and closed days of an MPP (tables {@code mpp_opening_hours}, {@code mpp_closed_day}). */
@ApplicationScoped
public class MppCalendar {

    /** The calendar with the reason of each closed day. */
    public record Calendar(OpeningHours hours, Map<LocalDate, String> closedDayReasons) {
    }

    public Uni<Calendar> of(String mppCode) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select day_of_week, opens, closes from mpp_opening_hours where mpp_code = ?1", Object[].class)
                .setParameter(1, mppCode).getResultList()
                .chain(hourRows -> session.createNativeQuery(
                                "select day, reason from mpp_closed_day where mpp_code = ?1 order by day", Object[].class)
                        .setParameter(1, mppCode).getResultList()
                        .map(dayRows -> {
                            Map<DayOfWeek, OpeningHours.Hours> weekly = new EnumMap<>(DayOfWeek.class);
                            for (Object[] row : hourRows) {
                                weekly.put(DayOfWeek.of(((Number) row[0]).intValue()),
                                        new OpeningHours.Hours((LocalTime) row[1], (LocalTime) row[2]));
                            }
                            Map<LocalDate, String> closed = new TreeMap<>();
                            for (Object[] row : dayRows) {
                                closed.put((LocalDate) row[0], (String) row[1]);
                            }
                            return new Calendar(new OpeningHours(weekly, closed.keySet()), closed);
                        })));
    }

    /** Replaces the MPP's hours and closed days (inside the caller's transaction). */
    public Uni<Void> replace(String mppCode, Map<DayOfWeek, OpeningHours.Hours> weekly, Map<LocalDate, String> closed) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from mpp_opening_hours where mpp_code = ?1").setParameter(1, mppCode)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("delete from mpp_closed_day where mpp_code = ?1")
                        .setParameter(1, mppCode).executeUpdate())
                .chain(() -> insertAll(List.copyOf(weekly.entrySet()), 0, entry -> session.createNativeQuery(
                                "insert into mpp_opening_hours (mpp_code, day_of_week, opens, closes) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, mppCode).setParameter(2, (short) entry.getKey().getValue())
                        .setParameter(3, entry.getValue().opens()).setParameter(4, entry.getValue().closes())
                        .executeUpdate()))
                .chain(() -> insertAll(List.copyOf(closed.entrySet()), 0, entry -> session.createNativeQuery(
                                "insert into mpp_closed_day (mpp_code, day, reason) values (?1, ?2, ?3)")
                        .setParameter(1, mppCode).setParameter(2, entry.getKey()).setParameter(3, entry.getValue())
                        .executeUpdate())));
    }

    /** Runs the inserts one after the other (a reactive session takes one statement at a time). */
    private static <T> Uni<Void> insertAll(List<T> items, int index, java.util.function.Function<T, Uni<Integer>> insert) {
        if (index >= items.size()) {
            return Uni.createFrom().voidItem();
        }
        return insert.apply(items.get(index)).chain(() -> insertAll(items, index + 1, insert));
    }
}
