package id.go.mpp.sinergi.gateway.store.messagelog;

import id.go.mpp.sinergi.gateway.domain.messagelog.ChainHead;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageChain;
import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The chain of {@code message_log} in the database: sealing (under the sealer's lock: the head, the unsealed entries
 * in seq order, their hashes written once, the head moved) and reading it back for verification (the sealed entries
 * in chain order, in one snapshot with the head). Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class MessageLogChain {

    /** Key of the transaction-scoped advisory lock that lets one sealer at a time seal (per database). */
    public static final long SEALER_LOCK = 0x4D53474C4F475345L;

    static final String TRY_LOCK = "select pg_try_advisory_xact_lock(?1)";

    static final String HEAD = "select chain_pos, seq, entry_hash from message_log_head";

    static final String UNSEALED = MessageLogColumns.SELECT + """
             where entry_hash is null
            order by seq
            limit ?1""";

    static final String SEAL = """
            update message_log m set chain_pos = s.chain_pos, prev_hash = s.prev_hash, entry_hash = s.entry_hash
            from unnest(cast(?1 as bigint[]), cast(?2 as bigint[]), cast(?3 as text[]), cast(?4 as text[]))
                as s(seq, chain_pos, prev_hash, entry_hash)
            where m.seq = s.seq and m.entry_hash is null""";

    static final String MOVE_HEAD = """
            update message_log_head set chain_pos = ?1, seq = ?2, entry_hash = ?3, sealed_at = ?4""";

    static final String SNAPSHOT = "set transaction isolation level repeatable read, read only";

    static final String SEALED_AFTER = MessageLogColumns.SELECT + """
             where chain_pos > ?1
            order by chain_pos
            limit ?2""";

    static final String POSITION_OF = "select min(chain_pos) from message_log where entry_hash = ?1";

    static final String OLDEST_UNSEALED = MessageLogColumns.SELECT + """
             where entry_hash is null
            order by recorded_at, seq
            limit 1""";

    /** Takes the sealer's lock for this transaction; false if another transaction holds it. */
    public Uni<Boolean> trySealerLock() {
        return Panache.getSession().chain(s -> s.createNativeQuery(TRY_LOCK, Boolean.class)
                .setParameter(1, SEALER_LOCK).getSingleResult());
    }

    public Uni<ChainHead> head() {
        return Panache.getSession().chain(s -> s.createNativeQuery(HEAD, Object[].class).getSingleResult())
                .map(row -> new ChainHead(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        (String) row[2]));
    }

    /** The oldest {@code limit} committed entries not sealed yet, in seq order. */
    public Uni<List<StoredEntry>> unsealed(int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UNSEALED, Object[].class).setParameter(1, limit)
                .getResultList()).map(rows -> rows.stream().map(MessageLogColumns::entry).toList());
    }

    /** Writes the seals and moves the head to the last of them, in one transaction with {@link #unsealed}. */
    public Uni<Void> seal(MessageChain.Sealing sealing, Instant at) {
        List<MessageChain.Seal> seals = sealing.seals();
        Long[] seqs = seals.stream().map(MessageChain.Seal::seq).toArray(Long[]::new);
        Long[] positions = seals.stream().map(MessageChain.Seal::chainPos).toArray(Long[]::new);
        String[] prevHashes = seals.stream().map(MessageChain.Seal::prevHash).toArray(String[]::new);
        String[] hashes = seals.stream().map(MessageChain.Seal::entryHash).toArray(String[]::new);
        ChainHead head = sealing.head();
        return Panache.getSession().chain(s -> s.createNativeQuery(SEAL)
                        .setParameter(1, seqs).setParameter(2, positions).setParameter(3, prevHashes)
                        .setParameter(4, hashes).executeUpdate()
                        .invoke(sealed -> {
                            if (sealed != seals.size()) {
                                throw new IllegalStateException("Sealed " + sealed + " of " + seals.size()
                                        + " message log entries: another sealer without the lock?");
                            }
                        })
                        .chain(() -> s.createNativeQuery(MOVE_HEAD).setParameter(1, head.chainPos())
                                .setParameter(2, head.seq()).setParameter(3, head.entryHash())
                                .setParameter(4, at.atOffset(ZoneOffset.UTC)).executeUpdate()))
                .replaceWithVoid();
    }

    /** Makes the rest of the transaction read one snapshot: the head and the chain as they were together. */
    public Uni<Void> readOneSnapshot() {
        return Panache.getSession().chain(s -> s.createNativeQuery(SNAPSHOT).executeUpdate()).replaceWithVoid();
    }

    /** Up to {@code limit} sealed entries after chain position {@code chainPos}, in chain order. */
    public Uni<List<StoredEntry>> sealedAfter(long chainPos, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SEALED_AFTER, Object[].class)
                        .setParameter(1, chainPos).setParameter(2, limit).getResultList())
                .map(rows -> rows.stream().map(MessageLogColumns::entry).toList());
    }

    /** The chain position of the entry with this hash, or null (a scan: asked only where the chain breaks). */
    public Uni<Long> positionOf(String entryHash) {
        return Panache.getSession().chain(s -> s.createNativeQuery(POSITION_OF, Long.class)
                .setParameter(1, entryHash).getSingleResultOrNull());
    }

    /** The unsealed entry recorded first, or null. */
    public Uni<StoredEntry> oldestUnsealed() {
        return Panache.getSession().chain(s -> s.createNativeQuery(OLDEST_UNSEALED, Object[].class)
                .getResultList()).map(rows -> rows.isEmpty() ? null : MessageLogColumns.entry(rows.get(0)));
    }
}
