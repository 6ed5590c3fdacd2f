package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Open311's two statuses over SP4N-LAPOR!'s stages: {@code closed} is a finished complaint
 * ({@link ComplaintStatus#finished()}), everything else is {@code open}. The stage itself goes to
 * {@code status_notes}. Open311 is public: it shows what the MPP's public list shows, so rejected and archived
 * complaints (spam, merged duplicates) are not shown at all, like confidential ones.
 */
public enum Open311Status {
    OPEN,
    CLOSED;

    /** The statuses of complaints Open311 shows (as the public list: not rejected, not archived). */
    public static final Set<ComplaintStatus> SHOWN = EnumSet.complementOf(
            EnumSet.of(ComplaintStatus.REJECTED, ComplaintStatus.ARCHIVED));

    public static Open311Status of(ComplaintStatus status) {
        return status.finished() ? CLOSED : OPEN;
    }

    /** {@code open} or {@code closed}, as the spec spells them. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses of shown complaints that are this Open311 status. */
    public Set<ComplaintStatus> complaintStatuses() {
        Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus s : SHOWN) {
            if (of(s) == this) {
                statuses.add(s);
            }
        }
        return statuses;
    }

    /**
     * The complaint statuses a {@code status} filter asks for: {@code open}, {@code closed}, or both comma-separated;
     * absent or blank means all (that are shown).
     */
    public static Set<ComplaintStatus> filter(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.copyOf(SHOWN);
        }
        Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
        for (String part : status.split(",", -1)) {
            switch (part.strip()) {
                case "open" -> statuses.addAll(OPEN.complaintStatuses());
                case "closed" -> statuses.addAll(CLOSED.complaintStatuses());
                default -> throw Open311Refusal.badRequest(LocalizedText.of(
                        "status harus open, closed, atau keduanya dipisah koma",
                        "status must be open, closed, or both separated by a comma"));
            }
        }
        return statuses;
    }

    /**
     * The SP4N-LAPOR! stage in words, for {@code status_notes}: what happens now, with the agency it is with and
     * the complaint it was merged into where they apply (codes and tracking ids, never a person).
     */
    public static LocalizedText stageNote(ComplaintStatus status, String assignedAgency, String mergedInto) {
        String agency = assignedAgency == null ? "-" : assignedAgency;
        LocalizedText text = switch (status) {
            case SUBMITTED -> LocalizedText.of("Diterima; menunggu verifikasi oleh admin MPP.",
                    "Received; awaiting verification by the MPP admin.");
            case VERIFIED -> LocalizedText.of("Diverifikasi; menunggu disposisi ke instansi yang berwenang.",
                    "Verified; awaiting disposition to the responsible agency.");
            case DISPOSITIONED -> LocalizedText.of("Diteruskan (disposisi) ke instansi %s.",
                    "Passed on (disposition) to agency %s.").formatted(agency);
            case IN_PROGRESS -> LocalizedText.of("Sedang ditindaklanjuti oleh instansi %s.",
                    "Being followed up by agency %s.").formatted(agency);
            case RESPONDED -> LocalizedText.of("Instansi %s telah memberi tindak lanjut; menunggu tanggapan pelapor.",
                    "Agency %s has given its follow-up; awaiting the reporter's reply.").formatted(agency);
            case CLOSED -> LocalizedText.of("Selesai.", "Closed.");
            case REJECTED -> LocalizedText.of("Ditolak oleh admin MPP.", "Rejected by the MPP admin.");
            case POSTPONED -> LocalizedText.of("Ditunda oleh admin MPP.", "Postponed by the MPP admin.");
            case ARCHIVED -> mergedInto != null
                    ? LocalizedText.of("Diarsipkan: digabung ke %s.", "Archived: merged into %s.").formatted(mergedInto)
                    : LocalizedText.of("Diarsipkan oleh admin MPP.", "Archived by the MPP admin.");
        };
        return LocalizedText.of("SP4N-LAPOR! " + status.name() + ": " + text.id(),
                "SP4N-LAPOR! " + status.name() + ": " + text.en());
    }
}
