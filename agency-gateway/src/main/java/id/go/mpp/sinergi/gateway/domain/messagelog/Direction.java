package id.go.mpp.sinergi.gateway.domain.messagelog;

/** Which way an exchange recorded in the message log went, seen from Sinergi. */
public enum Direction {
    /** Sinergi called an agency system. */
    OUT,
    /** An agency system called Sinergi (a callback, a request of its own). */
    IN,
    /** Someone read shared personal data through Sinergi. */
    READ
}
