package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;

import java.util.UUID;

/** The problems queue-service answers with, in Indonesian and English. */
final class QueueProblems {

    private QueueProblems() {
    }

    static ProblemException ticketNotFound(UUID id) {
        return ProblemException.notFound("ticket-not-found",
                LocalizedText.of("Tiket %s tidak ditemukan", "Ticket %s not found").formatted(id));
    }

    static ProblemException serviceNotFound(String mppCode, String serviceCode) {
        return ProblemException.notFound("service-not-found",
                LocalizedText.of("Layanan '%s' tidak ada di MPP '%s'", "Service '%s' does not exist at MPP '%s'")
                        .formatted(serviceCode, mppCode));
    }

    static ProblemException notYourAgency() {
        return ProblemException.forbidden("other-agency", LocalizedText.of(
                "Tiket ini milik instansi lain atau MPP lain", "This ticket belongs to another agency or MPP"));
    }

    static ProblemException illegalTransition(IllegalTransitionException e) {
        String state = e.current().name();
        return ProblemException.conflict("ticket-wrong-state", LocalizedText.of(
                "Tiket berstatus %s sehingga tidak dapat di%s".formatted(state, verbId(e.action())),
                "The ticket is %s, so it cannot be %s".formatted(state, verbEn(e.action()))));
    }

    static ProblemException changedConcurrently(UUID id) {
        return ProblemException.conflict("ticket-changed", LocalizedText.of(
                "Tiket %s baru saja diubah oleh petugas lain; muat ulang lalu coba lagi",
                "Ticket %s was just changed by another officer; reload and try again").formatted(id));
    }

    private static String verbId(String action) {
        return switch (action) {
            case "call" -> "panggil";
            case "complete" -> "selesaikan";
            default -> action;
        };
    }

    private static String verbEn(String action) {
        return switch (action) {
            case "call" -> "called";
            case "complete" -> "completed";
            default -> action;
        };
    }
}
