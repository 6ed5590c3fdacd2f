package id.go.mpp.sinergi.complaint.domain;

/** Where a complaint stands. Handling by the agency (disposition, answer) is not built yet. */
public enum ComplaintStatus {
    SUBMITTED
}
