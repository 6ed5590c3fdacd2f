package id.go.mpp.sinergi.complaint.app.reading;

import java.util.List;

/** A page of a list, newest first; {@code next} is the cursor of the following page, null on the last. */
public record ComplaintPage(List<ComplaintSummary> items, String next) {
}
