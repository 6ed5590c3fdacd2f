package id.go.mpp.sinergi.complaint.domain.statistics;

import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The public figures of the complaints an MPP received in a period, per agency they are dispositioned to (complaints
 * not dispositioned, or handed back as "bukan wewenang", are counted under agency {@code null}: triage) and in
 * total. The complaints are those received in the period (a cohort): every figure is about them, whenever it
 * happened. Follow-up time is counted in working days of the MPP's calendar, in its zone, from the start of the
 * follow-up that the response answered (the disposition, or the reopening) to the response.
 */
public final class ComplaintStatistics {

    /** Shares have three decimals, rounded half up (2 of 3 is 0.667). */
    public static final int SHARE_SCALE = 3;
    public static final RoundingMode SHARE_ROUNDING = RoundingMode.HALF_UP;

    private ComplaintStatistics() {
    }

    /**
     * The counts of one agency's complaints as the store sums them: received, verified (ever), responded (now:
     * a reopened complaint counts again once responded again), responded by the follow-up deadline, reopened.
     */
    public record Counts(String agencyCode, long received, long verified, long responded, long respondedInTime,
                         long reopened) {

        static final Counts NONE = new Counts(null, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(agencyCode, received + other.received, verified + other.verified,
                    responded + other.responded, respondedInTime + other.respondedInTime, reopened + other.reopened);
        }
    }

    /** One response: the agency, when its follow-up started (disposition or reopening) and when it responded. */
    public record FollowUp(String agencyCode, Instant startedAt, Instant respondedAt) {

        public FollowUp {
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(respondedAt, "respondedAt");
        }
    }

    /**
     * The figures of one agency (or of triage, {@code agencyCode} null, or of all): the counts, the share of the
     * responses given by the deadline (null without responses), the median working days to the response (null
     * without responses).
     */
    public record Figures(String agencyCode, long received, long verified, long responded, long respondedInTime,
                          BigDecimal respondedInTimeShare, BigDecimal medianWorkingDaysToFollowUp, long reopened) {
    }

    /** Per agency (by code, triage last), and the total of all. */
    public record Report(List<Figures> agencies, Figures total) {
    }

    public static Report of(List<Counts> counts, List<FollowUp> followUps, ComplaintDeadlines deadlines) {
        Objects.requireNonNull(deadlines, "deadlines");
        Map<String, Counts> byAgency = new HashMap<>();
        for (Counts c : counts) {
            byAgency.merge(c.agencyCode(), c, Counts::plus);
        }
        Map<String, List<Long>> days = new HashMap<>();
        List<Long> allDays = new ArrayList<>();
        for (FollowUp f : followUps) {
            long taken = deadlines.workingDaysTaken(f.startedAt(), f.respondedAt());
            days.computeIfAbsent(f.agencyCode(), a -> new ArrayList<>()).add(taken);
            allDays.add(taken);
        }
        Set<String> agencies = new LinkedHashSet<>(byAgency.keySet());
        agencies.addAll(days.keySet());
        List<Figures> figures = agencies.stream()
                .sorted(Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .map(agency -> figures(agency, byAgency.getOrDefault(agency, Counts.NONE),
                        days.getOrDefault(agency, List.of())))
                .toList();
        Counts total = byAgency.values().stream().reduce(Counts.NONE, Counts::plus);
        return new Report(figures, figures(null, total, allDays));
    }

    /** {@code part} of {@code whole}, three decimals half up; null when {@code whole} is 0. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, SHARE_ROUNDING);
    }

    private static Figures figures(String agency, Counts c, List<Long> days) {
        return new Figures(agency, c.received(), c.verified(), c.responded(), c.respondedInTime(),
                share(c.respondedInTime(), c.responded()), Median.of(days).orElse(null), c.reopened());
    }
}
