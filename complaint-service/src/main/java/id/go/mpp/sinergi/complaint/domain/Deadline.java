package id.go.mpp.sinergi.complaint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a stage of a complaint is due: by the end of {@code dueDay} in the MPP's zone, i.e. before {@code dueAt}, the
 * start of the next day there.
 */
public record Deadline(ComplaintStage stage, LocalDate dueDay, Instant dueAt) {

    public Deadline {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(dueDay, "dueDay");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
