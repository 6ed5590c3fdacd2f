package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The notes of a complaint as the public Open311 list shows them: never a reporter field, and personal data typed into
 * a note masked like the description (Masking.personalDataIn).
 */
public final class PublicText {

    /** The notes that may be shown: the agency's follow-up, and why it is on hold while it is. */
    public static final Set<ComplaintAction> NOTED_STEPS = EnumSet.of(ComplaintAction.RESPOND,
            ComplaintAction.POSTPONE);

    /** Open311 limits descriptions to 4,000 characters; a note in status_notes is kept shorter. */
    static final int NOTE_MAX = 1_000;

    private PublicText() {
    }

    /**
     * {@code status_notes}: the SP4N-LAPOR! stage in words, then the agency's latest follow-up (its RESPOND note), or
     * while the complaint is postponed the reason given. Other notes (staff to staff, the reporter's own words on
     * reopening) are never shown.
     *
     * @param notedAction the action of the complaint's latest step with a note among {@link #NOTED_STEPS}, a
     *                    {@link ComplaintAction} name; null when there is none
     */
    public static String statusNotes(ComplaintStatus status, String assignedAgency, String mergedInto,
                                     String notedAction, String note, Locale locale) {
        String stage = Open311Status.stageNote(status, assignedAgency, mergedInto).in(locale);
        LocalizedText label;
        if (note == null || note.isBlank() || notedAction == null) {
            return stage;
        } else if (ComplaintAction.RESPOND.name().equals(notedAction)) {
            label = LocalizedText.of("Tindak lanjut instansi: ", "The agency's follow-up: ");
        } else if (ComplaintAction.POSTPONE.name().equals(notedAction) && status == ComplaintStatus.POSTPONED) {
            label = LocalizedText.of("Alasan penundaan: ", "Reason for postponing: ");
        } else {
            return stage;
        }
        String text = Masking.personalDataIn(note.strip());
        if (text.length() > NOTE_MAX) {
            text = text.substring(0, NOTE_MAX - 1) + "…";
        }
        return stage + " " + label.in(locale) + text;
    }
}
