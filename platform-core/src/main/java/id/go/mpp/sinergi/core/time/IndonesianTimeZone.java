package id.go.mpp.sinergi.core.time;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The three time zones of Indonesia; an MPP runs on one of them (its days, hours and report periods are local). */
public enum IndonesianTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    IndonesianTimeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }

    public static Optional<IndonesianTimeZone> ofZone(String zoneId) {
        return Arrays.stream(values()).filter(z -> z.zone.getId().equals(zoneId)).findFirst();
    }
}
