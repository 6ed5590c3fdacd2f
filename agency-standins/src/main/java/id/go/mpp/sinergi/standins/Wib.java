package id.go.mpp.sinergi.standins;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Western Indonesia Time, the agencies' clock: timestamps as {@code 2026-11-23T09:15:00+07:00}. */
public final class Wib {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Wib() {
    }

    /** Now in WIB, whole seconds. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZONE)).withNano(0);
    }

    public static String format(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).format(ISO);
    }
}
