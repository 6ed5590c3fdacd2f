package id.go.mpp.sinergi.complaint.domain;

/**
 * The stage deadlines of a complaint as SP4N-LAPOR! sets them, in working days counted from the event that opens
 * the stage (the day of that event itself does not count).
 */
public enum ComplaintStage {
    /** The MPP verifies a complaint within 3 working days of its submission. */
    VERIFICATION(3),
    /** A verified complaint is passed on (disposisi) to the agency within 3 working days of its verification. */
    DISPOSITION(3),
    /** The agency follows up (tindak lanjut) within 5 working days of the disposition. */
    FOLLOW_UP(5),
    /** A complaint the citizen leaves without reply closes 10 working days after the agency's response. */
    AUTO_CLOSE(10);

    private final int workingDays;

    ComplaintStage(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }
}
