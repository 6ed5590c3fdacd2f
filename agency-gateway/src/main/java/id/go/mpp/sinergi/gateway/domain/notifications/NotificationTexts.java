package id.go.mpp.sinergi.gateway.domain.notifications;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the citizen reads, in Indonesian (default) or English. */
public final class NotificationTexts {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'pukul' HH.mm",
            Locale.forLanguageTag("id"));
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private NotificationTexts() {
    }

    public static String passportReady(String language, String applicationNumber) {
        return english(language)
                ? "Your passport (application " + applicationNumber + ") is ready for pick-up at the immigration "
                        + "counter of the MPP."
                : "Paspor Anda (permohonan " + applicationNumber + ") sudah siap diambil di loket imigrasi MPP.";
    }

    public static String turnNear(String language, String ticketNumber, int placesAhead, int minutes) {
        return english(language)
                ? "Ticket " + ticketNumber + ": your turn is near (" + placesAhead + " ahead of you, about " + minutes
                        + " min). Please come to the waiting area."
                : "Tiket " + ticketNumber + ": giliran Anda sudah dekat (" + placesAhead + " antrean lagi, sekitar "
                        + minutes + " menit). Silakan menuju ruang tunggu.";
    }

    public static String bookingReminder(String language, String bookingCode, String service, ZonedDateTime slot) {
        return english(language)
                ? "Reminder: your booking " + bookingCode + " (" + service + ") is on " + EN_TIME.format(slot)
                        + ". Check in at the MPP kiosk with this code."
                : "Pengingat: pemesanan " + bookingCode + " (" + service + ") Anda pada " + ID_TIME.format(slot)
                        + ". Lakukan check-in di kios MPP dengan kode ini.";
    }

    private static boolean english(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
