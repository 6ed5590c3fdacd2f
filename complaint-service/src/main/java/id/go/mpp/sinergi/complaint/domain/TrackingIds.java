package id.go.mpp.sinergi.complaint.domain;

import id.go.mpp.sinergi.core.codes.ReadableCodes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Tracking ids citizens can read out and type: {@code ADU-20261123-7KQ4XMA9} (day of filing, then 8 readable
 * random characters, 40 bits).
 */
public final class TrackingIds {

    public static final String PATTERN = "ADU-\\d{8}-" + ReadableCodes.CHARACTER + "{8}";

    private TrackingIds() {
    }

    public static String next(LocalDate day) {
        return "ADU-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + ReadableCodes.random(8);
    }

    public static boolean isWellFormed(String trackingId) {
        return trackingId != null && trackingId.matches(PATTERN);
    }
}
