package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.queue.domain.Outcome;
import id.go.mpp.sinergi.queue.domain.PriorityGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the ticket endpoints. */
public final class TicketRequests {

    /**
     * {@code priorityGroup} puts the visitor in the priority line: a citizen's own is a request the officer confirms
     * or clears at the call; an officer's or kiosk's is confirmed. {@code nib}: the business's NIB, required by a
     * service that {@code requiresNib} (queue-service keeps it nowhere: the gateway checks it at OSS for the visit).
     */
    public record Issue(@NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String mppCode,
                        @NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String serviceCode,
                        PriorityGroup priorityGroup,
                        @Pattern(regexp = Slugs.NIB) String nib) {
    }

    public record Call(@NotBlank @Size(max = 20) @Pattern(regexp = Slugs.COUNTER) String counterCode) {
    }

    /** Where a visit goes next (another service, often another agency's) and why (NIKs and phones are masked). */
    public record Transfer(@NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String serviceCode,
                           @Size(max = 280) String note) {
    }

    public record Complete(@NotNull Outcome outcome) {
    }

    /** The officer's check of a citizen's priority request at the call. */
    public record PriorityCheck(@NotNull Boolean confirmed) {
    }

    private TicketRequests() {
    }
}
