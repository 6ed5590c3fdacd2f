package id.go.mpp.sinergi.complaint.domain;

/** Where a complaint came in. */
public enum ComplaintChannel {
    /** The web portal (with or without an account). */
    WEB,
    /** A mobile app on the public API. */
    MOBILE,
    /** Recorded by an officer at the desk on behalf of a visitor. */
    DESK,
    /** A WhatsApp message to the MPP's business number. */
    WHATSAPP,
    /** An Open311 GeoReport v2 client (registered with an api_key). */
    OPEN311,
    /**
     * A follow-up of an IKM survey response with a low score or a comment, filed by complaint-service itself from
     * survey-service's event: anonymous, confidential, no reporter to contact, at the rated agency at once.
     */
    SURVEY
}
