package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.queue.domain.catalogue.IndonesianTimeZone;
import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import id.go.mpp.sinergi.queue.domain.catalogue.WalkInRules;
import id.go.mpp.sinergi.queue.store.Mpp;

import java.time.Instant;
import java.time.LocalTime;

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

    /** A walk-in refused by the MPP's hours, the service's state or its quota, with what the citizen can do. */
    static ProblemException walkInRefused(WalkInRules.Refusal refusal, Mpp mpp, OpeningHours hours, Instant now) {
        java.time.ZonedDateTime local = now.atZone(mpp.zone());
        String zone = IndonesianTimeZone.ofZone(mpp.timeZone).map(Enum::name).orElse(mpp.timeZone);
        OpeningHours.Hours today = hours.weekly().get(local.getDayOfWeek());
        String todayHours = today == null ? null : today.opens() + "–" + (LocalTime.MIDNIGHT.equals(today.closes())
                ? "24:00" : today.closes().toString()) + " " + zone;
        return switch (refusal) {
            case CLOSED_DAY -> ProblemException.unprocessable("mpp-closed-day", LocalizedText.of(
                    "%s tutup pada %s", "%s is closed on %s").formatted(mpp.name, local.toLocalDate()));
            case NOT_A_WORKING_DAY -> ProblemException.unprocessable("not-a-working-day", new LocalizedText(
                    "%s tidak melayani pada hari %s".formatted(mpp.name,
                            local.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, LocalizedText.INDONESIAN)),
                    "%s does not serve on %s".formatted(mpp.name,
                            local.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))));
            case OUTSIDE_HOURS -> ProblemException.unprocessable("outside-opening-hours", LocalizedText.of(
                    "%s buka %s hari ini; sekarang %s", "%s is open %s today; it is now %s")
                    .formatted(mpp.name, todayHours, local.toLocalTime().withNano(0) + " " + zone));
            case SERVICE_INACTIVE -> ProblemException.unprocessable("service-inactive", LocalizedText.of(
                    "Layanan ini sedang tidak dibuka", "This service is not offered at the moment"));
            case QUOTA_EXHAUSTED -> ProblemException.unprocessable("walk-in-quota-exhausted", LocalizedText.of(
                    "Kuota antrean langsung hari ini sudah habis; silakan pesan antrean daring untuk hari lain",
                    "Today's walk-in quota is used up; please book online for another day"));
        };
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
