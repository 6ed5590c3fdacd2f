package id.go.mpp.sinergi.complaint.app.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintView;

import java.util.List;

/**
 * What the reporter gets back once: the complaint, for a reporter without an account the secret to follow it with
 * (shown once, never again), and complaints that look like the same matter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilingReceipt(@JsonUnwrapped ComplaintView complaint, String secret, List<String> possibleDuplicates) {
}
