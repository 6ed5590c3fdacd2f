package id.go.mpp.sinergi.complaint.domain;

/** How far a visit got, as the last queue event complaint-service received says. */
public enum VisitStatus {
    WAITING,
    CALLED,
    COMPLETED
}
