package id.go.mpp.sinergi.gateway.app.messagelog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the message log is sealed and when an unsealed entry counts as a break ({@code sinergi.gateway.message-log.*}). */
@ConfigMapping(prefix = "sinergi.gateway.message-log")
public interface MessageLogSettings {

    /** How often the sealer runs on its own ({@code jobs/MessageLogSealing}). */
    @WithDefault("1s")
    Duration sealEvery();

    /** Entries sealed per transaction of the sealer. */
    @WithDefault("500")
    int sealBatch();

    /**
     * How long after it was recorded a committed entry may stay unsealed before verification reports it (the sealer
     * runs every second and right after appends; a caller's transaction may commit a moment after it appended).
     */
    @WithDefault("10s")
    Duration sealWithin();

    /** After appends, how soon the sealer runs (once for all appends in that time). */
    @WithDefault("200ms")
    Duration sealAfterAppend();

    /** How often the sealer writes the head (seq and hash) to the application log, as an anchor outside the database. */
    @WithDefault("1m")
    Duration anchorEvery();
}
