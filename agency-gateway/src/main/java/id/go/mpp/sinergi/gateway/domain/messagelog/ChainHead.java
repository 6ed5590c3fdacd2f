package id.go.mpp.sinergi.gateway.domain.messagelog;

/**
 * The newest sealed entry, kept apart from the entries: its position in the chain, its seq and its hash. Deleting the
 * newest entries leaves the chain whole up to them, but no longer reaching the head.
 */
public record ChainHead(long chainPos, long seq, String entryHash) {

    /** Before the first entry: position 0, seq 0, the genesis hash. */
    public static final ChainHead GENESIS = new ChainHead(0, 0, MessageChain.GENESIS);
}
