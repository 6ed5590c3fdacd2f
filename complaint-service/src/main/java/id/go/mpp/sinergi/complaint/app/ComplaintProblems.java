package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.IllegalTransitionException;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;

/** The refusals of complaint-service, in both languages. */
public final class ComplaintProblems {

    private ComplaintProblems() {
    }

    /** Unknown, not the caller's to see, or a wrong secret: one answer, so none leaks that a complaint exists. */
    public static ProblemException notFound(String trackingId) {
        return ProblemException.notFound("complaint-not-found", LocalizedText.of(
                "Pengaduan %s tidak ditemukan", "Complaint %s not found").formatted(trackingId));
    }

    public static ProblemException notAllowed(String action) {
        return ProblemException.forbidden("complaint-action-not-allowed", LocalizedText.of(
                "Anda tidak berwenang melakukan %s pada pengaduan ini",
                "You may not do %s on this complaint").formatted(action));
    }

    public static ProblemException wrongState(IllegalTransitionException e) {
        return ProblemException.conflict("complaint-wrong-state", LocalizedText.of(
                "%s tidak dapat dilakukan pada pengaduan berstatus %s",
                "%s is not possible on a complaint in status %s").formatted(e.action(), e.status()));
    }

    public static ProblemException reopenWindowClosed() {
        return ProblemException.conflict("complaint-reopen-window-closed", LocalizedText.of(
                "Batas waktu untuk membuka kembali pengaduan ini sudah lewat (10 hari kerja setelah tindak lanjut)",
                "The time to reopen this complaint has passed (10 working days after the follow-up)"));
    }

    public static ProblemException changedConcurrently(String trackingId) {
        return ProblemException.conflict("complaint-changed-concurrently", LocalizedText.of(
                "Pengaduan %s baru saja diubah oleh orang lain; muat ulang dan coba lagi",
                "Complaint %s was just changed by someone else; reload and try again").formatted(trackingId));
    }

    public static ProblemException required(String field) {
        return ProblemException.invalidField(field, LocalizedText.of("wajib diisi untuk tindakan ini",
                "is required for this action"));
    }
}
