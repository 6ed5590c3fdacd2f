package id.go.mpp.sinergi.queue.domain;

/**
 * The lines a service's waiting tickets stand in. {@link #APPOINTMENT}: checked in on time for a booking;
 * {@link #PRIORITY}: lansia, disabilitas, ibu hamil, anak (UU 25/2009 Pasal 29); {@link #REGULAR}: everyone else.
 */
public enum QueueLine {
    APPOINTMENT,
    PRIORITY,
    REGULAR
}
