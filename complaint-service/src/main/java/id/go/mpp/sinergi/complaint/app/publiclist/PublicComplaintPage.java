package id.go.mpp.sinergi.complaint.app.publiclist;

import java.util.List;

/** A page of an MPP's public list, newest first; {@code next} is the cursor of the following page, null on the last. */
public record PublicComplaintPage(String mppCode, List<PublicComplaint> items, String next) {
}
