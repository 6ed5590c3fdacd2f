package id.go.mpp.sinergi.queue.domain;

/** How service at the counter ended. */
public enum Outcome {
    /** The citizen got the service (a survey invitation follows). */
    SERVED,
    /** The citizen could not be served (e.g. requirements missing). */
    NOT_SERVED
}
