package id.go.mpp.sinergi.testing.architecture.broken.queue.visits;

import id.go.mpp.sinergi.testing.architecture.broken.complaint.Complaint;

/** Breaks "no service uses another service": queue holding a class of complaint. */
public class VisitComplaints {
    Complaint latest;
}
