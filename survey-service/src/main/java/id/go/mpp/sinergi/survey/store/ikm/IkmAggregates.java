package id.go.mpp.sinergi.survey.store.ikm;

import id.go.mpp.sinergi.survey.domain.ikm.IkmTally;
import id.go.mpp.sinergi.survey.domain.ikm.IkmUnit;
import id.go.mpp.sinergi.survey.domain.ikm.ProfileCounts;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IKM read models: per unit (MPP, agency, service) and MPP-local day, the respondents and the sum of each unsur's
 * answers ({@code ikm_day}), respondents per profile choice ({@code ikm_profile_day}) and tickets served
 * ({@code served_day}). A report sums days, never raw responses: its cost does not grow with the history.
 *
 * <p>Every write first takes {@link #LOCK} shared, so a rebuild (which takes it exclusively) sees a still picture.
 */
@ApplicationScoped
public class IkmAggregates {

    /** The advisory lock between the live projections (shared) and a rebuild (exclusive). */
    public static final long LOCK = 19_001L;

    private static final String SHARED_LOCK = "select cast(pg_advisory_xact_lock_shared(" + LOCK + ") as text)";

    private static final String ADD_RESPONSE = """
            insert into ikm_day (mpp_code, agency_code, service_code, service_date, respondents,
                                 u1, u2, u3, u4, u5, u6, u7, u8, u9)
            values (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            on conflict (mpp_code, service_date, agency_code, service_code) do update set
                respondents = ikm_day.respondents + 1,
                u1 = ikm_day.u1 + excluded.u1, u2 = ikm_day.u2 + excluded.u2, u3 = ikm_day.u3 + excluded.u3,
                u4 = ikm_day.u4 + excluded.u4, u5 = ikm_day.u5 + excluded.u5, u6 = ikm_day.u6 + excluded.u6,
                u7 = ikm_day.u7 + excluded.u7, u8 = ikm_day.u8 + excluded.u8, u9 = ikm_day.u9 + excluded.u9""";

    private static final String ADD_PROFILE = """
            insert into ikm_profile_day (mpp_code, agency_code, service_code, service_date, choice, respondents)
            select ?1, ?2, ?3, ?4, choice, 1 from unnest(cast(?5 as text[])) as choice
            on conflict (mpp_code, service_date, agency_code, service_code, choice) do update set
                respondents = ikm_profile_day.respondents + 1""";

    private static final String ADD_SERVED = """
            insert into served_day (mpp_code, agency_code, service_code, service_date, served)
            values (?1, ?2, ?3, ?4, 1)
            on conflict (mpp_code, service_date, agency_code, service_code) do update set
                served = served_day.served + 1""";

    /**
     * The filter of each unit level ({@code %s} in the statements below): one statement text per level, with plain
     * equalities, so each keeps a plan that uses its index conditions (one text with {@code ?2 is null or …} for all
     * levels switched to a generic plan that read 30 times the rows: bench/ikm).
     */
    private static final String MPP_DAYS = "mpp_code = ?1 and service_date between ?2 and ?3";
    private static final String AGENCY_DAYS = MPP_DAYS + " and agency_code = ?4";
    private static final String SERVICE_DAYS = AGENCY_DAYS + " and service_code = ?5";

    private static final String SUM = """
            select coalesce(sum(respondents), 0), coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0),
                   coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0),
                   coalesce(sum(u8), 0), coalesce(sum(u9), 0)
            from ikm_day where %s""";

    private static final String DAILY = """
            select service_date, sum(respondents), sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7),
                   sum(u8), sum(u9)
            from ikm_day where %s
            group by service_date order by service_date""";

    private static final String PROFILE = """
            select choice, sum(respondents) from ikm_profile_day where %s
            group by choice""";

    private static final String SERVED = "select coalesce(sum(served), 0) from served_day where %s";

    private static final String UNITS = """
            select agency_code, service_code from ikm_day
            where mpp_code = ?1 and service_date between ?2 and ?3
            union
            select agency_code, service_code from served_day
            where mpp_code = ?1 and service_date between ?2 and ?3
            order by 1, 2""";

    /** One response of a unit's day, with its profile choices: in the caller's transaction. */
    public Uni<Void> addResponse(IkmUnit unit, LocalDate day, short[] answers, List<ProfileChoice> profile) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SHARED_LOCK, String.class).getSingleResult()
                .chain(() -> {
                    var insert = s.createNativeQuery(ADD_RESPONSE).setParameter(1, unit.mpp())
                            .setParameter(2, unit.agency()).setParameter(3, unit.service()).setParameter(4, day);
                    for (int i = 0; i < answers.length; i++) {
                        insert.setParameter(5 + i, (long) answers[i]);
                    }
                    return insert.executeUpdate();
                })
                .chain(() -> profile.isEmpty() ? Uni.createFrom().item(0) : s.createNativeQuery(ADD_PROFILE)
                        .setParameter(1, unit.mpp()).setParameter(2, unit.agency()).setParameter(3, unit.service())
                        .setParameter(4, day).setParameter(5, profile.stream().map(IkmAggregates::key)
                                .toArray(String[]::new))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** One ticket served at a unit on a day: in the caller's transaction. */
    public Uni<Void> addServed(IkmUnit unit, LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SHARED_LOCK, String.class).getSingleResult()
                .chain(() -> s.createNativeQuery(ADD_SERVED).setParameter(1, unit.mpp())
                        .setParameter(2, unit.agency()).setParameter(3, unit.service()).setParameter(4, day)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** The tally of a unit (agency and service null for the whole MPP) over days {@code from}…{@code to}. */
    public Uni<IkmTally> tally(IkmUnit unit, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> query(s, SUM, Object[].class, unit, from, to).getSingleResult()
                .chain(sums -> query(s, PROFILE, Object[].class, unit, from, to).getResultList()
                        .map(rows -> IkmTally.of(number(sums[0]), sums(sums, 1), profile(rows)))));
    }

    /** A unit's tallies per day over {@code from}…{@code to}, days without respondents left out. */
    public Uni<Map<LocalDate, IkmTally>> daily(IkmUnit unit, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> query(s, DAILY, Object[].class, unit, from, to)
                .getResultList().map(rows -> {
                    Map<LocalDate, IkmTally> byDay = new HashMap<>();
                    for (Object[] row : rows) {
                        byDay.put((LocalDate) row[0], IkmTally.of(number(row[1]), sums(row, 2)));
                    }
                    return byDay;
                }));
    }

    /** Tickets served at a unit over {@code from}…{@code to}: the population of the sample. */
    public Uni<Long> served(IkmUnit unit, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> query(s, SERVED, Long.class, unit, from, to)
                .getSingleResult().map(IkmAggregates::number));
    }

    /** The (agency, service) units of an MPP with a response or a served ticket over {@code from}…{@code to}. */
    public Uni<List<IkmUnit>> units(String mpp, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UNITS, Object[].class).setParameter(1, mpp)
                .setParameter(2, from).setParameter(3, to).getResultList()
                .map(rows -> rows.stream().map(r -> new IkmUnit(mpp, (String) r[0], (String) r[1])).toList()));
    }

    /** The stored key of a profile choice, e.g. {@code sex:PEREMPUAN}. */
    public static String key(ProfileChoice choice) {
        return questionOf(choice).code() + ":" + choice.code();
    }

    /** The choice of a stored key; empty for one this build no longer knows. */
    public static Optional<ProfileChoice> choiceOf(String key) {
        for (ProfileQuestion question : ProfileQuestion.values()) {
            for (ProfileChoice choice : question.choices()) {
                if (key.equals(question.code() + ":" + choice.code())) {
                    return Optional.of(choice);
                }
            }
        }
        return Optional.empty();
    }

    private static ProfileQuestion questionOf(ProfileChoice choice) {
        for (ProfileQuestion question : ProfileQuestion.values()) {
            if (question.choices().contains(choice)) {
                return question;
            }
        }
        throw new IllegalArgumentException("no question offers " + choice);
    }

    /** {@code statement} with the filter of {@code unit}'s level, its parameters bound. */
    private static <R> org.hibernate.reactive.mutiny.Mutiny.SelectionQuery<R> query(
            org.hibernate.reactive.mutiny.Mutiny.Session s, String statement, Class<R> type, IkmUnit unit,
            LocalDate from, LocalDate to) {
        var query = s.createNativeQuery(statement.formatted(unit.service() != null ? SERVICE_DAYS
                : unit.agency() != null ? AGENCY_DAYS : MPP_DAYS), type);
        query.setParameter(1, unit.mpp());
        query.setParameter(2, from);
        query.setParameter(3, to);
        if (unit.agency() != null) {
            query.setParameter(4, unit.agency());
        }
        if (unit.service() != null) {
            query.setParameter(5, unit.service());
        }
        return query;
    }

    private static ProfileCounts profile(List<Object[]> rows) {
        Map<ProfileChoice, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            choiceOf((String) row[0]).ifPresent(choice -> counts.merge(choice, number(row[1]), Long::sum));
        }
        return ProfileCounts.of(counts);
    }

    private static long[] sums(Object[] row, int first) {
        long[] sums = new long[9];
        for (int i = 0; i < 9; i++) {
            sums[i] = number(row[first + i]);
        }
        return sums;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
