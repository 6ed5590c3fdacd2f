package id.go.mpp.sinergi.gateway.domain.messagelog;

/**
 * Where the message log stops being trustworthy: the seq of the first entry that does not verify, why, and the seq of
 * the last entry before it that did ({@code intactUpTo}, 0 if none).
 */
public record ChainBreak(long seq, Reason reason, long intactUpTo) {

    public enum Reason {
        /** The entry's content, seq or hashes are not what was sealed. */
        CHANGED,
        /** An entry is missing before this one (deleted), or the newest entries the head names are gone. */
        MISSING,
        /** The entry is not where it was sealed: it links to an entry that comes after it. */
        REORDERED,
        /** The entry was committed but not sealed in time (the sealer is not running, or the row was slipped in). */
        UNSEALED
    }
}
