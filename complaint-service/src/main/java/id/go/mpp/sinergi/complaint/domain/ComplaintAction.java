package id.go.mpp.sinergi.complaint.domain;

/** What can happen to a complaint; {@link ComplaintLifecycle} says from which status, {@link ComplaintAccess} by whom. */
public enum ComplaintAction {
    /** The MPP admin accepts the report as a complaint to handle. */
    VERIFY,
    /** The MPP admin refuses it, with a reason. */
    REJECT,
    /** The MPP admin hands it to the responsible agency. */
    DISPOSITION,
    /** The agency starts working on it. */
    START,
    /** The agency gives its follow-up (tindak lanjut). */
    RESPOND,
    /** The agency says "bukan wewenang": back to triage. */
    NOT_OUR_AUTHORITY,
    /** The reporter accepts the follow-up. */
    CONFIRM,
    /** No reply 10 working days after the follow-up (the sweep). */
    AUTO_CLOSE,
    /** The reporter is not satisfied: back to the agency. */
    REOPEN,
    /** The MPP admin puts it on hold (tunda), with a reason. */
    POSTPONE,
    /** The MPP admin takes it up again where it was. */
    RESUME,
    /** The MPP admin archives spam or a duplicate. */
    ARCHIVE
}
