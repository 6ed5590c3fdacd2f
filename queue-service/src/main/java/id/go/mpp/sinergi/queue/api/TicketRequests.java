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

    /** Counter codes such as {@code IMI-1}. */
    public static final String COUNTER = "[A-Za-z0-9-]{1,20}";

    /** {@code priorityGroup} puts the visitor in the priority line (checked by the officer at the counter). */
    public record Issue(@NotBlank @Size(max = 63) @Pattern(regexp = CODE) String mppCode,
                        @NotBlank @Size(max = 63) @Pattern(regexp = CODE) String serviceCode,
                        PriorityGroup priorityGroup) {
    }

    public record Call(@NotBlank @Size(max = 20) @Pattern(regexp = COUNTER) String counterCode) {
    }

    /** Where a visit goes next (another service, often another agency's) and why. */
    public record Transfer(@NotBlank @Size(max = 63) @Pattern(regexp = CODE) String serviceCode,
                           @Size(max = 500) String note) {
    }

    public record Complete(@NotNull Outcome outcome) {
    }

    private TicketRequests() {
    }
}
