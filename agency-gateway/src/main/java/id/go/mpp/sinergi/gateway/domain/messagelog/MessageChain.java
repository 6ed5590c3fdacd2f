package id.go.mpp.sinergi.gateway.domain.messagelog;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hash chain of the message log: {@code hash_n = SHA-256(hash_{n-1} || seq_n || canonical(entry_n))}, the
 * previous hash as its 32 bytes, the seq as 8 bytes big-endian, from a fixed genesis hash. Entries are chained in the
 * order they are sealed (position 1, 2, …), which is seq order among the entries committed by then.
 */
public final class MessageChain {

    /** The hash "before" the first entry: 32 zero bytes. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private MessageChain() {
    }

    /** The hash of {@code entry} at {@code seq}, chained to {@code prevHash} (lower-case hex, 64 digits). */
    public static String hash(String prevHash, long seq, MessageLogEntry entry) {
        if (!isHash(prevHash)) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + prevHash);
        }
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(prevHash));
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
        sha256.update(entry.canonical());
        return HEX.formatHex(sha256.digest());
    }

    /** Is {@code text} a SHA-256 as the log writes it (64 lower-case hex digits)? */
    public static boolean isHash(String text) {
        return text != null && SHA256_HEX.matcher(text).matches();
    }

    /** The SHA-256 of a text's UTF-8 bytes in lower-case hex; null for null. */
    public static String sha256Of(String text) {
        return text == null ? null
                : HEX.formatHex(sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The hashes of one entry being sealed: its position in the chain, the hash it links to and its own. */
    public record Seal(long seq, long chainPos, String prevHash, String entryHash) {
    }

    /** What sealing a batch gives: a seal per entry, in chain order, and the new head. */
    public record Sealing(List<Seal> seals, ChainHead head) {
    }

    /**
     * Seals {@code unsealed} (in the order given, which is seq order) after {@code head}: each entry links to the one
     * before it, the first to the head.
     */
    public static Sealing seal(ChainHead head, List<StoredEntry> unsealed) {
        List<Seal> seals = new ArrayList<>(unsealed.size());
        ChainHead last = head;
        for (StoredEntry e : unsealed) {
            if (e.sealed()) {
                throw new IllegalArgumentException("Entry " + e.seq() + " is sealed already");
            }
            String hash = hash(last.entryHash(), e.seq(), e.entry());
            Seal seal = new Seal(e.seq(), last.chainPos() + 1, last.entryHash(), hash);
            seals.add(seal);
            last = new ChainHead(seal.chainPos(), e.seq(), hash);
        }
        return new Sealing(List.copyOf(seals), last);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
