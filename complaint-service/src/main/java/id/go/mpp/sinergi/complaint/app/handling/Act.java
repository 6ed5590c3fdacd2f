package id.go.mpp.sinergi.complaint.app.handling;

/**
 * What comes with an action: the note (reason, follow-up, …), the agency and service of a disposition, the
 * surviving complaint of a merge.
 */
public record Act(String note, String agencyCode, String serviceCode, String mergedInto) {

    public static Act note(String note) {
        return new Act(note, null, null, null);
    }
}
