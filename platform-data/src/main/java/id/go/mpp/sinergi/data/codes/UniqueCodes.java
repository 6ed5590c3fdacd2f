package id.go.mpp.sinergi.data.codes;

import io.smallrye.mutiny.Uni;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes a row under a random readable code (tracking id, booking code) that a unique constraint keeps unique.
 * The insert itself is the check: should the code be taken already, the constraint refuses it and a new code is
 * drawn, so two writers can never both get one code (a look-up before the insert cannot promise that).
 *
 * <pre>{@code
 * UniqueCodes.insert(() -> TrackingIds.next(today),
 *         code -> Panache.withTransaction(() -> complaint(code).persist()),
 *         "complaint_pkey", 5);
 * }</pre>
 *
 * Each attempt must run in its own transaction: PostgreSQL refuses every later statement of a transaction in
 * which one failed.
 */
public final class UniqueCodes {

    private UniqueCodes() {
    }

    /**
     * Draws a code and inserts with it; on a unique violation of {@code constraintName}, draws again.
     *
     * @param draw           a new random code at each call
     * @param insert         the insert under the given code, run on subscription (its own transaction)
     * @param constraintName the unique constraint (or unique index) on the code column, e.g. {@code booking_code_key}
     * @param draws          codes drawn at most, at least 1
     * @return what {@code insert} returned for the first code that was free; any other failure as it came;
     *         {@link CodesExhaustedException} if all {@code draws} codes were taken
     */
    public static <T> Uni<T> insert(Supplier<String> draw, Function<String, Uni<T>> insert, String constraintName,
                                    int draws) {
        Objects.requireNonNull(draw, "draw");
        Objects.requireNonNull(insert, "insert");
        Objects.requireNonNull(constraintName, "constraintName");
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1, was " + draws);
        }
        return attempt(draw, insert, constraintName, 1, draws);
    }

    private static <T> Uni<T> attempt(Supplier<String> draw, Function<String, Uni<T>> insert, String constraintName,
                                      int attempt, int draws) {
        return Uni.createFrom().deferred(() -> insert.apply(draw.get()))
                .onFailure(e -> UniqueViolations.of(e, constraintName))
                .recoverWithUni(e -> attempt < draws
                        ? attempt(draw, insert, constraintName, attempt + 1, draws)
                        : Uni.createFrom().failure(new CodesExhaustedException(constraintName, draws, e)));
    }

    /** Every code drawn was taken: the code space is (nearly) full, or the draw is not random. */
    public static final class CodesExhaustedException extends IllegalStateException {

        CodesExhaustedException(String constraintName, int draws, Throwable last) {
            super("all " + draws + " codes drawn were taken (" + constraintName + ")", last);
        }
    }
}
