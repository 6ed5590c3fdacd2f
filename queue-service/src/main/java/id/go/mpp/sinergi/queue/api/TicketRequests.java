package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.queue.domain.Outcome;
import id.go.mpp.sinergi.queue.domain.PriorityGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the ticket endpoints. */
public final class TicketRequests {

    /** Codes are lower-case slugs such as {@code kota-jambi} or {@code paspor-baru}. */
    public static final String CODE = "[a-z0-9][a-z0-9-]{0,62}";

    /** {@code priorityGroup} puts the visitor in the priority line (checked by the officer at the counter). */
    public record Issue(@NotBlank @Size(max = 63) @Pattern(regexp = CODE) String mppCode,
                        @NotBlank @Size(max = 63) @Pattern(regexp = CODE) String serviceCode,
                        PriorityGroup priorityGroup) {
    }

    public record Call(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+") String counterCode) {
    }

    public record Complete(@NotNull Outcome outcome) {
    }

    private TicketRequests() {
    }
}
