package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;

/** Request bodies of the booking endpoints. */
public final class BookingRequests {

    /** A slot is named by its local start time, {@code HH:mm}. */
    public static final String SLOT = "([01][0-9]|2[0-3]):[0-5][0-9]";

    /** {@code nib}: as for a ticket ({@code TicketRequests.Issue}), required by a service that requires one. */
    public record Book(@NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String mppCode,
                       @NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String serviceCode,
                       @NotNull LocalDate date,
                       @NotBlank @Pattern(regexp = SLOT) String slot,
                       @Pattern(regexp = Slugs.NIB) String nib) {

        LocalTime slotStart() {
            return LocalTime.parse(slot);
        }
    }

    public record Reschedule(@NotNull LocalDate date, @NotBlank @Pattern(regexp = SLOT) String slot) {

        LocalTime slotStart() {
            return LocalTime.parse(slot);
        }
    }

    private BookingRequests() {
    }
}
