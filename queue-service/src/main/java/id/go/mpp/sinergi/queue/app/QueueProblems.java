package id.go.mpp.sinergi.queue.app;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import id.go.mpp.sinergi.queue.domain.catalogue.WalkInRules;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;

import id.go.mpp.sinergi.queue.domain.booking.BookingRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import java.util.UUID;

/** The problems queue-service answers with, in Indonesian and English. */
public final class QueueProblems {

    private QueueProblems() {
    }

    public static ProblemException ticketNotFound(UUID id) {
        return ProblemException.notFound("ticket-not-found",
                LocalizedText.of("Tiket %s tidak ditemukan", "Ticket %s not found").formatted(id));
    }

    public static ProblemException serviceNotFound(String mppCode, String serviceCode) {
        return ProblemException.notFound("service-not-found",
                LocalizedText.of("Layanan '%s' tidak ada di MPP '%s'", "Service '%s' does not exist at MPP '%s'")
                        .formatted(serviceCode, mppCode));
    }

    public static ProblemException notYourAgency() {
        return ProblemException.forbidden("other-agency", LocalizedText.of(
                "Tiket ini milik instansi lain atau MPP lain", "This ticket belongs to another agency or MPP"));
    }

    public static ProblemException illegalTransition(IllegalTransitionException e) {
        String state = e.current().name();
        return ProblemException.conflict("ticket-wrong-state", LocalizedText.of(
                "Tiket berstatus %s sehingga tidak dapat di%s".formatted(state, verbId(e.action())),
                "The ticket is %s, so it cannot be %s".formatted(state, verbEn(e.action()))));
    }

    /** A walk-in refused by the MPP's hours, the service's state or its quota, with what the citizen can do. */
    public static ProblemException walkInRefused(WalkInRules.Refusal refusal, Mpp mpp, MppCalendar.Calendar calendar,
                                          Instant now) {
        java.time.ZonedDateTime local = now.atZone(mpp.zone());
        OpeningHours hours = calendar.hours();
        String zone = IndonesianTimeZone.ofZone(mpp.timeZone).map(Enum::name).orElse(mpp.timeZone);
        OpeningHours.Hours today = hours.weekly().get(local.getDayOfWeek());
        String todayHours = today == null ? null : today.opens() + "–" + (LocalTime.MIDNIGHT.equals(today.closes())
                ? "24:00" : today.closes().toString()) + " " + zone;
        return switch (refusal) {
            case CLOSED_DAY -> closedDay(mpp, calendar, local.toLocalDate());
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

    /** The MPP is closed that day, and why, as its admin wrote it (e.g. "Cuti bersama"). */
    private static ProblemException closedDay(Mpp mpp, MppCalendar.Calendar calendar, LocalDate day) {
        String reason = calendar.closedDayReasons().get(day);
        return ProblemException.unprocessable("mpp-closed-day", reason == null
                ? LocalizedText.of("%s tutup pada %s", "%s is closed on %s").formatted(mpp.name, day)
                : LocalizedText.of("%s tutup pada %s: %s", "%s is closed on %s: %s").formatted(mpp.name, day, reason));
    }

    public static ProblemException bookingNotFound(String code) {
        return ProblemException.notFound("booking-not-found",
                LocalizedText.of("Pemesanan %s tidak ditemukan", "Booking %s not found").formatted(code));
    }

    public static ProblemException malformedBookingCode(String code) {
        return ProblemException.invalidField("code", LocalizedText.of(
                "bukan kode pemesanan (contoh: BK-7K3M9Q2X)", "is not a booking code (example: BK-7K3M9Q2X)"));
    }

    /** A day or slot that cannot be booked, with what the citizen can do instead. */
    public static ProblemException bookingRefused(BookingRules.Refusal refusal, Mpp mpp, MppCalendar.Calendar calendar,
                                           LocalDate day, LocalTime slot, int horizonDays, LocalDate today) {
        return switch (refusal) {
            case SERVICE_INACTIVE -> ProblemException.unprocessable("service-inactive", LocalizedText.of(
                    "Layanan ini sedang tidak dibuka", "This service is not offered at the moment"));
            case NO_ONLINE_BOOKING -> ProblemException.unprocessable("no-online-booking", LocalizedText.of(
                    "Layanan ini tidak menerima pemesanan daring; silakan datang langsung",
                    "This service takes no online bookings; please come as a walk-in"));
            case DATE_IN_THE_PAST -> ProblemException.unprocessable("booking-date-in-the-past", LocalizedText.of(
                    "Tanggal %s sudah lewat", "%s is in the past").formatted(day));
            case BEYOND_HORIZON -> ProblemException.unprocessable("booking-beyond-horizon", LocalizedText.of(
                    "Pemesanan dibuka paling jauh %d hari ke depan (sampai %s)",
                    "Bookings open at most %d days ahead (until %s)").formatted(horizonDays, today.plusDays(horizonDays)));
            case CLOSED_DAY -> closedDay(mpp, calendar, day);
            case NOT_A_WORKING_DAY -> ProblemException.unprocessable("not-a-working-day", LocalizedText.of(
                    "%s tidak melayani pada %s", "%s does not serve on %s").formatted(mpp.name, day));
            case NO_SUCH_SLOT -> ProblemException.invalidField("slot", LocalizedText.of(
                    "%s bukan awal slot layanan ini pada %s; lihat daftar slot",
                    "%s is not the start of one of this service's slots on %s; see the slot list").formatted(slot, day));
            case SLOT_STARTED -> ProblemException.unprocessable("booking-slot-started", LocalizedText.of(
                    "Slot %s pada %s sudah dimulai; pilih slot berikutnya",
                    "The %s slot on %s has already started; choose a later one").formatted(slot, day));
        };
    }

    public static ProblemException notYourBooking() {
        return ProblemException.forbidden("not-your-booking", LocalizedText.of(
                "Hanya pemesan atau admin instansi/MPP yang dapat mengubah pemesanan ini",
                "Only the citizen who booked or an admin of the agency or MPP may change this booking"));
    }

    public static ProblemException slotFull(LocalDate day, LocalTime slot) {
        return ProblemException.conflict("booking-slot-full", LocalizedText.of(
                "Kuota daring slot %s pada %s sudah habis; pilih slot lain",
                "The online quota of the %s slot on %s is used up; choose another slot").formatted(slot, day));
    }

    public static ProblemException alreadyHeld(LocalDate day) {
        return ProblemException.conflict("booking-already-held", LocalizedText.of(
                "Anda sudah memiliki pemesanan aktif untuk layanan ini pada %s; ubah jadwal atau batalkan yang itu",
                "You already hold an active booking for this service on %s; reschedule or cancel that one")
                .formatted(day));
    }

    public static ProblemException rescheduleUsed(int maxReschedules) {
        return ProblemException.conflict("booking-reschedule-used", LocalizedText.of(
                "Jadwal pemesanan hanya dapat diubah %d kali", "A booking may be rescheduled only %d time(s)")
                .formatted(maxReschedules));
    }

    public static ProblemException checkInTooEarly(Instant opensAt, Mpp mpp) {
        String local = opensAt.atZone(mpp.zone()).toLocalDateTime().withSecond(0).toString().replace('T', ' ');
        String zone = IndonesianTimeZone.ofZone(mpp.timeZone).map(Enum::name).orElse(mpp.timeZone);
        return ProblemException.unprocessable("check-in-too-early", LocalizedText.of(
                "Lapor kedatangan untuk pemesanan ini dibuka mulai %s %s", "Check-in for this booking opens at %s %s")
                .formatted(local, zone));
    }

    public static ProblemException bookingWrongState(IllegalTransitionException e) {
        String state = e.current().name();
        return ProblemException.conflict("booking-wrong-state", LocalizedText.of(
                "Pemesanan berstatus %s sehingga tidak dapat %s".formatted(state, bookingVerbId(e.action())),
                "The booking is %s, so it cannot be %s".formatted(state, bookingVerbEn(e.action()))));
    }

    public static ProblemException bookingChangedConcurrently(String code) {
        return ProblemException.conflict("booking-changed", LocalizedText.of(
                "Pemesanan %s baru saja diubah; muat ulang lalu coba lagi",
                "Booking %s was just changed; reload and try again").formatted(code));
    }

    private static String bookingVerbId(String action) {
        return switch (action) {
            case "confirm" -> "dikonfirmasi";
            case "reschedule" -> "diubah jadwalnya";
            case "check-in" -> "dipakai untuk lapor kedatangan";
            case "cancel" -> "dibatalkan";
            case "expire" -> "kedaluwarsa";
            default -> action;
        };
    }

    private static String bookingVerbEn(String action) {
        return switch (action) {
            case "confirm" -> "confirmed";
            case "reschedule" -> "rescheduled";
            case "check-in" -> "checked in";
            case "cancel" -> "cancelled";
            case "expire" -> "expired";
            default -> action;
        };
    }

    public static ProblemException changedConcurrently(UUID id) {
        return ProblemException.conflict("ticket-changed", LocalizedText.of(
                "Tiket %s baru saja diubah oleh petugas lain; muat ulang lalu coba lagi",
                "Ticket %s was just changed by another officer; reload and try again").formatted(id));
    }

    private static String verbId(String action) {
        return switch (action) {
            case "call" -> "panggil";
            case "recall" -> "panggil ulang";
            case "no-show" -> "tandai tidak hadir";
            case "start" -> "mulai layani";
            case "complete" -> "selesaikan";
            case "park" -> "tunda";
            case "transfer" -> "alihkan";
            case "return" -> "kembalikan ke antrean";
            default -> action;
        };
    }

    private static String verbEn(String action) {
        return switch (action) {
            case "call" -> "called";
            case "recall" -> "recalled";
            case "no-show" -> "marked as a no-show";
            case "start" -> "started";
            case "complete" -> "completed";
            case "park" -> "parked";
            case "transfer" -> "transferred";
            case "return" -> "returned to the queue";
            default -> action;
        };
    }

    public static ProblemException mppNotFound(String mpp) {
        return ProblemException.notFound("mpp-not-found", LocalizedText.of(
                "MPP '%s' tidak ditemukan", "MPP '%s' not found").formatted(mpp));
    }

    /** 400 on field {@code nib}: the service's licence is issued to a business, named by its NIB. */
    public static ProblemException nibRequired(CatalogueService service) {
        return ProblemException.invalidField("nib", LocalizedText.of(
                service.nameId + " memerlukan NIB (13 angka) usaha Anda",
                service.nameEn + " needs your business's NIB (13 digits)"));
    }

    public static ProblemException serviceInactive() {
        return ProblemException.unprocessable("service-inactive", LocalizedText.of(
                "Layanan ini sedang tidak dibuka", "This service is not offered at the moment"));
    }

    public static ProblemException counterNotFound(String mpp, String code) {
        return ProblemException.notFound("counter-not-found", LocalizedText.of(
                "Loket %s tidak ada di MPP '%s'", "Counter %s does not exist at MPP '%s'").formatted(code, mpp));
    }

    public static ProblemException notYourCounter(String code) {
        return ProblemException.forbidden("other-agency-counter", LocalizedText.of(
                "Loket %s milik instansi lain atau MPP lain", "Counter %s belongs to another agency or MPP")
                .formatted(code));
    }

    public static ProblemException counterOpenByAnother(String code) {
        return ProblemException.conflict("counter-open-by-another", LocalizedText.of(
                "Loket %s sedang dibuka oleh petugas lain", "Counter %s is open by another officer").formatted(code));
    }

    /** {@code code} null when the database, not a read, found the other open counter (two opens at once). */
    public static ProblemException officerAtAnotherCounter(String code) {
        LocalizedText text = code == null
                ? LocalizedText.of("Anda masih membuka loket lain; tutup dulu loket itu",
                "You still have another counter open; close it first")
                : LocalizedText.of("Anda masih membuka loket %s; tutup dulu loket itu",
                "You still have counter %s open; close it first").formatted(code);
        return ProblemException.conflict("officer-at-another-counter", text);
    }

    public static ProblemException counterClosed(String code) {
        return ProblemException.conflict("counter-closed", LocalizedText.of(
                "Loket %s berstatus CLOSED; buka loket dulu", "Counter %s is CLOSED; open it first").formatted(code));
    }

    public static ProblemException counterBusy(String code, String number) {
        return ProblemException.conflict("counter-busy", LocalizedText.of(
                "Loket %s masih melayani %s; selesaikan, tunda, alihkan atau tandai tidak hadir dulu",
                "Counter %s is still on %s; complete, park, transfer it or mark a no-show first")
                .formatted(code, number));
    }

    public static ProblemException serviceNotAtCounter(String service, String code) {
        return ProblemException.unprocessable("service-not-at-counter", LocalizedText.of(
                "Loket %s tidak melayani layanan %s", "Counter %s does not serve %s").formatted(code, service));
    }

    public static ProblemException noShowTooSoon(int recalls, int needed) {
        return ProblemException.conflict("no-show-too-soon", LocalizedText.of(
                "Panggil ulang dulu: baru %d dari %d panggilan ulang", "Recall first: %d of %d recalls made so far")
                .formatted(recalls, needed));
    }

    public static ProblemException transferToSameService(String service) {
        return ProblemException.unprocessable("transfer-to-same-service", LocalizedText.of(
                "Kunjungan sudah berada di layanan %s", "The visit is already at service %s").formatted(service));
    }

    public static ProblemException visitNotFound(UUID visitId) {
        return ProblemException.notFound("visit-not-found", LocalizedText.of(
                "Kunjungan %s tidak ditemukan", "Visit %s not found").formatted(visitId));
    }

    public static ProblemException notYourTicketAtCounter(String number) {
        return ProblemException.forbidden("other-officers-ticket", LocalizedText.of(
                "Nomor %s sedang dilayani petugas lain; hanya petugas itu atau admin instansi yang dapat mengubahnya",
                "Ticket %s is with another officer; only that officer or the agency admin may change it")
                .formatted(number));
    }

    public static ProblemException noPriorityToCheck(String number) {
        return ProblemException.conflict("no-priority-to-check", LocalizedText.of(
                "Nomor %s tidak memiliki permintaan prioritas yang perlu diperiksa",
                "Ticket %s has no priority request to check").formatted(number));
    }

    public static ProblemException checkInNotHere() {
        return ProblemException.forbidden("check-in-at-kiosk", LocalizedText.of(
                "Check-in dilakukan di kios MPP atau oleh petugas instansi dengan memindai kode pemesanan",
                "Check in at the MPP's kiosk, or ask an officer of the agency to scan the booking code"));
    }

    public static ProblemException tooManyBookings(int max) {
        return ProblemException.conflict("too-many-bookings", LocalizedText.of(
                "Anda sudah memegang %d pemesanan aktif; batalkan atau gunakan salah satu dulu",
                "You already hold %d active bookings; cancel or use one first").formatted(max));
    }
}
