package id.go.mpp.sinergi.queue.domain.board;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.time.Instant;

/**
 * One "now calling" line of an MPP's display board, with the sentence the board speaks in Indonesian and
 * English. {@code recall} is 0 for the first call.
 */
public record BoardCall(String mppCode, String ticketNumber, String counterCode, String counterName,
                        String agencyCode, String serviceCode, int recall, Instant at, Announcement announcement) {

    public record Announcement(String id, String en) {
    }

    public static BoardCall of(String mppCode, String ticketNumber, String counterCode, String counterName,
                               String agencyCode, String serviceCode, int recall, Instant at) {
        String spokenNumber = ticketNumber.replace('-', ' ');
        LocalizedText text = recall == 0
                ? LocalizedText.of("Nomor antrean %s, silakan menuju %s.", "Ticket number %s, please go to %s.")
                : LocalizedText.of("Panggilan ulang: nomor antrean %s, silakan menuju %s.",
                "Calling again: ticket number %s, please go to %s.");
        text = text.formatted(spokenNumber, counterName);
        return new BoardCall(mppCode, ticketNumber, counterCode, counterName, agencyCode, serviceCode, recall, at,
                new Announcement(text.id(), text.en()));
    }
}
