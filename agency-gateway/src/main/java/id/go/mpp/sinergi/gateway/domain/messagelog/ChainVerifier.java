package id.go.mpp.sinergi.gateway.domain.messagelog;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the sealed entries in chain order and finds the first that does not verify: each must link to the hash of the
 * one before it (genesis for the first), hash to its own stored hash, sit at the next position, and the last must be
 * the head. A walk may be long, so entries come one at a time ({@link #next}); when an entry does not link, the
 * walker says whether the hash it links to belongs to an entry later in the walk ({@link #unlinked}): then the entries
 * were reordered, else one before it is missing (or its link was changed).
 */
public final class ChainVerifier {

    /** How the entry given to {@link #next} fits the chain. */
    public enum Step {
        /** It verifies; give the next one. */
        LINKED,
        /** It breaks the chain: see {@link #broken()}. */
        BROKEN,
        /** It does not link to the entry before it: answer {@link #unlinked} to say why. */
        UNLINKED
    }

    private final ChainHead head;
    private String expectedPrev = MessageChain.GENESIS;
    private long expectedPos = 1;
    private long intactUpTo;
    private long checked;
    private StoredEntry pending;
    private ChainBreak broken;

    /** A walk that must end at {@code head} (read in the same snapshot as the entries). */
    public ChainVerifier(ChainHead head) {
        this.head = head;
    }

    public Step next(StoredEntry e) {
        if (broken != null || pending != null) {
            throw new IllegalStateException("The walk stopped at seq " + (broken != null ? broken.seq() : pending.seq()));
        }
        if (!e.sealed() || e.chainPos() == null || !MessageChain.isHash(e.prevHash())
                || !MessageChain.isHash(e.entryHash())) {
            return brokenAt(e, ChainBreak.Reason.CHANGED);
        }
        if (e.chainPos() > head.chainPos()) {
            // Sealed past the head that the same snapshot shows: a forged entry, or a head moved back.
            return brokenAt(e, ChainBreak.Reason.CHANGED);
        }
        if (!e.prevHash().equals(expectedPrev)) {
            pending = e;
            return Step.UNLINKED;
        }
        if (!intact(e)) {
            return brokenAt(e, ChainBreak.Reason.CHANGED);
        }
        if (e.chainPos() != expectedPos) {
            return brokenAt(e, ChainBreak.Reason.REORDERED);
        }
        expectedPrev = e.entryHash();
        expectedPos++;
        intactUpTo = e.seq();
        checked++;
        return Step.LINKED;
    }

    /**
     * Why the entry {@link #next} answered {@link Step#UNLINKED} for breaks the chain: {@code linksToALaterEntry}
     * tells whether the hash it links to is that of an entry later in the walk.
     */
    public ChainBreak unlinked(boolean linksToALaterEntry) {
        if (pending == null) {
            throw new IllegalStateException("No unlinked entry to explain");
        }
        StoredEntry e = pending;
        pending = null;
        ChainBreak.Reason reason = linksToALaterEntry ? ChainBreak.Reason.REORDERED
                : intact(e) ? ChainBreak.Reason.MISSING : ChainBreak.Reason.CHANGED;
        brokenAt(e, reason);
        return broken;
    }

    /** The hash the next entry must link to (the last verified entry's, genesis at first). */
    public String expectedPrevHash() {
        return expectedPrev;
    }

    public ChainBreak broken() {
        return broken;
    }

    /**
     * The verdict once every sealed entry was given: the last must be the head, and the oldest unsealed entry
     * ({@code oldestUnsealed}, null if none) must not be older than {@code sealWithin} at {@code now}.
     */
    public ChainVerdict finish(StoredEntry oldestUnsealed, Instant now, Duration sealWithin) {
        if (pending != null) {
            throw new IllegalStateException("Say why seq " + pending.seq() + " does not link first");
        }
        if (broken == null) {
            long lastPos = expectedPos - 1;
            if (head.chainPos() > lastPos) {
                broken = new ChainBreak(head.seq(), ChainBreak.Reason.MISSING, intactUpTo);
            } else if (!head.entryHash().equals(expectedPrev)) {
                broken = new ChainBreak(head.seq(), ChainBreak.Reason.CHANGED, intactUpTo);
            } else if (oldestUnsealed != null
                    && oldestUnsealed.entry().recordedAt().plus(sealWithin).isBefore(now)) {
                broken = new ChainBreak(oldestUnsealed.seq(), ChainBreak.Reason.UNSEALED, intactUpTo);
            }
        }
        return new ChainVerdict(broken == null, checked, head.seq(), broken);
    }

    /** Verifies a whole chain held in memory (in chain order), against its head. */
    public static ChainVerdict verify(List<StoredEntry> chain, ChainHead head, StoredEntry oldestUnsealed,
                                      Instant now, Duration sealWithin) {
        Map<String, Integer> indexOfHash = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).entryHash() != null) {
                indexOfHash.putIfAbsent(chain.get(i).entryHash(), i);
            }
        }
        ChainVerifier verifier = new ChainVerifier(head);
        for (int i = 0; i < chain.size(); i++) {
            Step step = verifier.next(chain.get(i));
            if (step == Step.UNLINKED) {
                Integer linkedTo = indexOfHash.get(chain.get(i).prevHash());
                verifier.unlinked(linkedTo != null && linkedTo > i);
            }
            if (step != Step.LINKED) {
                break;
            }
        }
        return verifier.finish(oldestUnsealed, now, sealWithin);
    }

    private boolean intact(StoredEntry e) {
        return MessageChain.isHash(e.prevHash())
                && MessageChain.hash(e.prevHash(), e.seq(), e.entry()).equals(e.entryHash());
    }

    private Step brokenAt(StoredEntry e, ChainBreak.Reason reason) {
        broken = new ChainBreak(e.seq(), reason, intactUpTo);
        return Step.BROKEN;
    }
}
