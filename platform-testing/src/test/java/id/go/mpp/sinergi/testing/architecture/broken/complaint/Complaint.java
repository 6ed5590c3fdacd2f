package id.go.mpp.sinergi.testing.architecture.broken.complaint;

/** A class of the other "service" that {@code queue.visits.VisitComplaints} uses. */
public class Complaint {
}
