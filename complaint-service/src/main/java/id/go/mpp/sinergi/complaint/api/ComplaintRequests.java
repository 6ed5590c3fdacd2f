package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.core.codes.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The bodies complaint-service accepts, with their shape rules (each refusal names the field). */
public final class ComplaintRequests {

    /** Open311's limit, also SP4N-LAPOR!'s practice. */
    public static final int TEXT_MAX = 4000;

    /** Media by URL only: http(s), no spaces, at most 2,000 characters. */
    public static final String MEDIA_URL = "https?://[^\\s<>\"]{1,1990}";

    private ComplaintRequests() {
    }

    /** Contact details a reporter may give (all optional); never shown to the agency or the public. */
    public record Contact(@Size(max = 200) String name,
                          @Size(max = 40) @Pattern(regexp = "[+0-9 ().-]{6,40}") String phone,
                          @Size(max = 254) @Email String email) {
    }

    /**
     * A complaint from the web or the app: with a citizen token it is the account's; without one, the reporter
     * gets a secret to follow it with. {@code ticketId} (printed on the ticket) or {@code visitId} names the visit.
     */
    public record File(@NotNull ComplaintCategory category,
                       @NotBlank @Size(max = TEXT_MAX) String description,
                       @Pattern(regexp = Slugs.CODE) String mppCode,
                       @Pattern(regexp = Slugs.CODE) String agencyCode,
                       @Pattern(regexp = Slugs.CODE) String serviceCode,
                       UUID visitId,
                       UUID ticketId,
                       boolean anonymous,
                       boolean confidential,
                       @Size(max = 5) List<@NotNull @Pattern(regexp = MEDIA_URL) String> mediaUrls,
                       @Valid Contact reporter,
                       @Pattern(regexp = "WEB|MOBILE") String channel) {
    }

    /** An action on a complaint; which fields matter depends on the action. */
    public record Act(@Size(max = TEXT_MAX) String note,
                      @Pattern(regexp = Slugs.CODE) String agencyCode,
                      @Pattern(regexp = Slugs.CODE) String serviceCode,
                      @Pattern(regexp = TrackingIds.PATTERN) String mergedInto) {
    }

    public record Comment(@NotBlank @Size(max = TEXT_MAX) String body) {
    }

    public record Reveal(@NotBlank @Size(max = 1000) String reason) {
    }
}
