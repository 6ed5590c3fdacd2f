package id.go.mpp.sinergi.data.codes;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniqueCodesTest {

    private static final String CONSTRAINT = "complaint_pkey";

    /** A table with a unique code column, as PostgreSQL answers an insert into it. */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final List<String> tried = new ArrayList<>();

    private final Function<String, Uni<String>> insert = code -> {
        tried.add(code);
        return taken.add(code)
                ? Uni.createFrom().item(code)
                : Uni.createFrom().failure(wrapped(uniqueViolation(CONSTRAINT)));
    };

    @Test
    void aCodeTakenAtTheFirstDrawIsDrawnAgainAndTheRowWrittenUnderTheNewCode() {
        taken.add("ADU-1");

        String written = UniqueCodes.insert(draws("ADU-1", "ADU-2"), insert, CONSTRAINT, 3).await().indefinitely();

        assertThat(written).isEqualTo("ADU-2");
        assertThat(tried).containsExactly("ADU-1", "ADU-2");
    }

    @Test
    void aFreeCodeIsWrittenAtTheFirstDraw() {
        String written = UniqueCodes.insert(draws("ADU-1", "ADU-2"), insert, CONSTRAINT, 3).await().indefinitely();

        assertThat(written).isEqualTo("ADU-1");
        assertThat(tried).containsExactly("ADU-1");
    }

    @Test
    void drawsAreBoundedAndTheLastViolationIsKept() {
        taken.addAll(List.of("A", "B", "C", "D"));

        assertThatThrownBy(() -> UniqueCodes.insert(draws("A", "B", "C", "D"), insert, CONSTRAINT, 3)
                .await().indefinitely())
                .isInstanceOf(UniqueCodes.CodesExhaustedException.class)
                .hasMessageContaining("3 codes").hasMessageContaining(CONSTRAINT)
                .cause().satisfies(cause -> assertThat(UniqueViolations.of(cause, CONSTRAINT)).isTrue());
        assertThat(tried).containsExactly("A", "B", "C");
    }

    @Test
    void aViolationOfAnotherConstraintIsNotRetried() {
        Function<String, Uni<String>> oneActivePerCitizen = code -> {
            tried.add(code);
            return Uni.createFrom().failure(wrapped(uniqueViolation("booking_one_active_per_citizen")));
        };

        assertThatThrownBy(() -> UniqueCodes.insert(draws("A", "B"), oneActivePerCitizen, CONSTRAINT, 3)
                .await().indefinitely())
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(tried).containsExactly("A");
    }

    @Test
    void otherFailuresAreNotRetried() {
        Function<String, Uni<String>> brokenDatabase = code -> {
            tried.add(code);
            return Uni.createFrom().failure(new PgException("connection reset", "FATAL", "08006", null));
        };

        assertThatThrownBy(() -> UniqueCodes.insert(draws("A", "B"), brokenDatabase, CONSTRAINT, 3)
                .await().indefinitely())
                .isInstanceOf(PgException.class).hasMessageContaining("connection reset");
        assertThat(tried).containsExactly("A");
    }

    @Test
    void anInsertThatThrowsInsteadOfFailingIsNotRetried() {
        Function<String, Uni<String>> throwing = code -> {
            tried.add(code);
            throw new IllegalStateException("no session");
        };

        assertThatThrownBy(() -> UniqueCodes.insert(draws("A", "B"), throwing, CONSTRAINT, 3).await().indefinitely())
                .isInstanceOf(IllegalStateException.class).hasMessage("no session");
        assertThat(tried).containsExactly("A");
    }

    @Test
    void nothingIsDrawnOrWrittenBeforeSubscription() {
        Uni<String> pending = UniqueCodes.insert(draws("A"), insert, CONSTRAINT, 1);

        assertThat(tried).isEmpty();
        assertThat(pending.await().indefinitely()).isEqualTo("A");
    }

    @Test
    void atLeastOneDrawIsRequired() {
        assertThatThrownBy(() -> UniqueCodes.insert(draws("A"), insert, CONSTRAINT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Supplier<String> draws(String... codes) {
        Iterator<String> next = List.of(codes).iterator();
        return next::next;
    }

    static PgException uniqueViolation(String constraint) {
        return new PgException("duplicate key value violates unique constraint \"" + constraint + "\"", "ERROR",
                UniqueViolations.UNIQUE_VIOLATION, "Key (code)=(X) already exists.", null, null, null, null, null,
                null, null, null, "public", "t", null, null, constraint);
    }

    /** As Hibernate Reactive hands the driver's error to the application. */
    static Throwable wrapped(PgException driver) {
        return new ConstraintViolationException("could not execute statement", new SQLException(driver), null);
    }
}
