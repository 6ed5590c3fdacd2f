package id.go.mpp.sinergi.queue.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which ticket a counter calls next — the documented fair merge of the three lines.
 *
 * <p><b>Within a line</b>, first come first served by {@code queueSince} (the appointment time for a booked
 * visitor who checked in on time, otherwise the visit's arrival — a transferred visit keeps its first arrival),
 * then by issue time.
 *
 * <p><b>Between lines</b>, weighted shares: the lines that have someone waiting share the calls in proportion to
 * their weights (default PRIORITY 2, APPOINTMENT 2, REGULAR 1). With W the sum of the weights of the lines that
 * have someone waiting, the counter looks at its last W − 1 calls of the day and calls the line furthest behind
 * its share of W calls; ties go to PRIORITY, then APPOINTMENT, then REGULAR. So with all three lines waiting,
 * every 5 consecutive calls are 2 priority, 2 appointment and 1 regular ticket; with only priority and regular
 * waiting, every 3 calls include a regular one. Priority service never starves the normal line, and the normal
 * line never blocks the elderly, disabled, pregnant women and children (UU 25/2009 Pasal 29).
 *
 * <p><b>Appointments</b> count as waiting only once due (appointment time reached). An appointment that is not
 * due yet is called only when no one else is waiting.
 */
public final class CallingOrder {

    /** The head of a line as the store sees it. */
    public record Candidate<T>(T ticket, QueueLine line, Instant queueSince, Instant issuedAt) {
    }

    /** The weights of the lines. */
    public record Weights(int priority, int appointment, int regular) {
        public static final Weights DEFAULT = new Weights(2, 2, 1);

        public Weights {
            if (priority < 1 || appointment < 1 || regular < 1) {
                throw new IllegalArgumentException("weights must be at least 1");
            }
        }

        /** How many of the counter's recent calls the rule needs: the sum of all weights − 1. */
        public int memory() {
            return priority + appointment + regular - 1;
        }

        int of(QueueLine line) {
            return switch (line) {
                case PRIORITY -> priority;
                case APPOINTMENT -> appointment;
                case REGULAR -> regular;
            };
        }
    }

    private static final List<QueueLine> TIE_ORDER = List.of(QueueLine.PRIORITY, QueueLine.APPOINTMENT, QueueLine.REGULAR);

    private CallingOrder() {
    }

    /**
     * @param heads       the first waiting ticket of each non-empty line (at most one per line)
     * @param recentLines lines of the counter's most recent calls today, most recent first (at least
     *                    {@link Weights#memory()} of them when there were that many)
     */
    public static <T> Optional<Candidate<T>> next(List<Candidate<T>> heads, List<QueueLine> recentLines, Instant now,
                                                  Weights weights) {
        Map<QueueLine, Candidate<T>> eligible = new EnumMap<>(QueueLine.class);
        Candidate<T> earlyAppointment = null;
        for (Candidate<T> head : heads) {
            if (head.line() == QueueLine.APPOINTMENT && head.queueSince().isAfter(now)) {
                earlyAppointment = head;
            } else {
                eligible.merge(head.line(), head, (a, b) -> earlier(a, b) ? a : b);
            }
        }
        if (eligible.isEmpty()) {
            return Optional.ofNullable(earlyAppointment);
        }
        int totalWeight = eligible.keySet().stream().mapToInt(weights::of).sum();
        List<QueueLine> recent = recentLines.subList(0, Math.min(totalWeight - 1, recentLines.size()));
        QueueLine best = null;
        double bestDeficit = Double.NEGATIVE_INFINITY;
        for (QueueLine line : TIE_ORDER) {
            if (!eligible.containsKey(line)) {
                continue;
            }
            double share = (double) weights.of(line) / totalWeight * (recent.size() + 1);
            long served = recent.stream().filter(line::equals).count();
            double deficit = share - served;
            if (deficit > bestDeficit + 1e-9) {
                best = line;
                bestDeficit = deficit;
            }
        }
        return Optional.of(eligible.get(best));
    }

    private static boolean earlier(Candidate<?> a, Candidate<?> b) {
        int bySince = a.queueSince().compareTo(b.queueSince());
        return bySince != 0 ? bySince < 0 : !a.issuedAt().isAfter(b.issuedAt());
    }
}
