package id.go.mpp.sinergi.data.codes;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static id.go.mpp.sinergi.data.codes.UniqueCodesTest.uniqueViolation;
import static id.go.mpp.sinergi.data.codes.UniqueCodesTest.wrapped;
import static org.assertj.core.api.Assertions.assertThat;

class UniqueViolationsTest {

    @Test
    void theNamedConstraintIsRecognisedThroughWrappers() {
        Throwable failure = new CompletionException(wrapped(uniqueViolation("booking_code_key")));

        assertThat(UniqueViolations.of(failure, "booking_code_key")).isTrue();
        assertThat(UniqueViolations.of(failure, "booking_one_active_per_citizen")).isFalse();
    }

    @Test
    void aConstraintNameInTheTextOfAnotherErrorIsNotAUniqueViolation() {
        PgException foreignKey = new PgException("insert or update on table \"complaint\" violates foreign key "
                + "constraint \"complaint_pkey\"", "ERROR", "23503", null);

        assertThat(UniqueViolations.of(foreignKey, "complaint_pkey")).isFalse();
        assertThat(UniqueViolations.of(new IllegalStateException("complaint_pkey"), "complaint_pkey")).isFalse();
        assertThat(UniqueViolations.of(null, "complaint_pkey")).isFalse();
    }

    @Test
    void aJdbcDriversViolationIsRecognisedByStateAndQuotedName() {
        SQLException jdbc = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"counter_one_open_session\"", "23505");

        assertThat(UniqueViolations.of(jdbc, "counter_one_open_session")).isTrue();
        assertThat(UniqueViolations.of(jdbc, "counter_one_open")).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(UniqueViolations.of(first, "complaint_pkey")).isFalse();
    }
}
