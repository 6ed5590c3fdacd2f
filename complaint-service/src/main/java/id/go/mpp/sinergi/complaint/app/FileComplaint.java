package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What a citizen sends to file a complaint; {@code visitId} optionally names one of their visits. */
public record FileComplaint(@NotNull ComplaintCategory category,
                            @NotBlank @Size(max = 4000) String description,
                            @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String mppCode,
                            @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String agencyCode,
                            UUID visitId,
                            boolean anonymous,
                            boolean confidential) {
}
