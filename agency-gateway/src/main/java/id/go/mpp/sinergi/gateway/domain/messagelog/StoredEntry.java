package id.go.mpp.sinergi.gateway.domain.messagelog;

/**
 * An entry as the log holds it: its {@code seq}, its content and, once sealed, its position in the chain, the hash
 * of the entry before it and its own hash (all null while unsealed).
 */
public record StoredEntry(long seq, MessageLogEntry entry, Long chainPos, String prevHash, String entryHash) {

    public boolean sealed() {
        return entryHash != null;
    }
}
