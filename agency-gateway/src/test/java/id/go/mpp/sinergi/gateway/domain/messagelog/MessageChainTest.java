package id.go.mpp.sinergi.gateway.domain.messagelog;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageChainTest {

    private static final Instant T0 = Instant.parse("2026-12-06T03:00:00.123456Z");
    private static final Instant NOW = T0.plusSeconds(60);
    private static final Duration SEAL_WITHIN = Duration.ofSeconds(10);

    @Test
    void theCanonicalFormIsTheSameForTheSameEntryWhateverTheOrderOfItsDetails() {
        Map<String, String> oneOrder = new LinkedHashMap<>();
        oneOrder.put("b", "2");
        oneOrder.put("a", "1");
        Map<String, String> otherOrder = new LinkedHashMap<>();
        otherOrder.put("a", "1");
        otherOrder.put("b", "2");

        assertThat(entry("x", oneOrder).canonical()).isEqualTo(entry("x", otherOrder).canonical());
    }

    @Test
    void fieldsThatRunIntoEachOtherDoNotShareACanonicalForm() {
        MessageLogEntry ab = new MessageLogEntry(T0, Direction.OUT, "ab", "c", null, null, "op", null, null, null, null);
        MessageLogEntry aBc = new MessageLogEntry(T0, Direction.OUT, "a", "bc", null, null, "op", null, null, null, null);
        MessageLogEntry nullActor = new MessageLogEntry(T0, Direction.OUT, "a", "b", null, null, "op", null, null, null,
                null);
        MessageLogEntry emptyActor = new MessageLogEntry(T0, Direction.OUT, "a", "b", "", null, "op", null, null, null,
                null);

        assertThat(ab.canonical()).isNotEqualTo(aBc.canonical());
        assertThat(nullActor.canonical()).isNotEqualTo(emptyActor.canonical());
        assertThat(entry("x", Map.of("k", "v=w")).canonical()).isNotEqualTo(entry("x", Map.of("k=v", "w")).canonical());
    }

    @Test
    void aMicrosecondLaterIsAnotherEntry() {
        MessageLogEntry now = new MessageLogEntry(T0, Direction.IN, null, null, null, null, "op", null, null, null, null);
        MessageLogEntry later = new MessageLogEntry(T0.plusNanos(1_000), Direction.IN, null, null, null, null, "op",
                null, null, null, null);

        assertThat(now.canonical()).isNotEqualTo(later.canonical());
    }

    @Test
    void eachLinkHashesThePreviousHashTheSeqAndTheEntry() {
        MessageLogEntry e = entry("a", Map.of());
        String first = MessageChain.hash(MessageChain.GENESIS, 1, e);

        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(MessageChain.hash(MessageChain.GENESIS, 2, e)).isNotEqualTo(first);
        assertThat(MessageChain.hash(first, 1, e)).isNotEqualTo(first);
        assertThat(MessageChain.hash(MessageChain.GENESIS, 1, entry("a", Map.of()))).isEqualTo(first);
    }

    @Test
    void sealingLinksEachEntryToTheOneBeforeFromTheHead() {
        List<StoredEntry> sealed = sealed(3);
        MessageChain.Sealing more = MessageChain.seal(head(sealed), List.of(unsealed(10, "later")));

        assertThat(sealed.get(0).prevHash()).isEqualTo(MessageChain.GENESIS);
        assertThat(sealed.get(1).prevHash()).isEqualTo(sealed.get(0).entryHash());
        assertThat(sealed.get(2).prevHash()).isEqualTo(sealed.get(1).entryHash());
        assertThat(sealed).extracting(StoredEntry::chainPos).containsExactly(1L, 2L, 3L);
        assertThat(more.seals().get(0).prevHash()).isEqualTo(sealed.get(2).entryHash());
        assertThat(more.head()).isEqualTo(new ChainHead(4, 10, more.seals().get(0).entryHash()));
    }

    @Test
    void anEntryIsSealedOnlyOnce() {
        List<StoredEntry> sealed = sealed(1);

        assertThatThrownBy(() -> MessageChain.seal(head(sealed), sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUntouchedChainVerifies() {
        List<StoredEntry> chain = sealed(5);

        ChainVerdict verdict = ChainVerifier.verify(chain, head(chain), null, NOW, SEAL_WITHIN);

        assertThat(verdict).isEqualTo(new ChainVerdict(true, 5, chain.get(4).seq(), null));
    }

    @Test
    void anEmptyLogVerifiesAgainstTheGenesisHead() {
        assertThat(ChainVerifier.verify(List.of(), ChainHead.GENESIS, null, NOW, SEAL_WITHIN))
                .isEqualTo(new ChainVerdict(true, 0, 0, null));
    }

    @Test
    void gapsInSeqFromRolledBackAppendsAreNoBreak() {
        List<StoredEntry> unsealed = List.of(unsealed(3, "a"), unsealed(7, "b"), unsealed(8, "c"));
        MessageChain.Sealing sealing = MessageChain.seal(ChainHead.GENESIS, unsealed);

        assertThat(ChainVerifier.verify(applied(unsealed, sealing), sealing.head(), null, NOW, SEAL_WITHIN).ok())
                .isTrue();
    }

    @Test
    void anEntryCommittedAfterLaterSeqsWereSealedIsSealedAfterThemAndVerifies() {
        MessageChain.Sealing first = MessageChain.seal(ChainHead.GENESIS, List.of(unsealed(1, "a"), unsealed(3, "c")));
        MessageChain.Sealing late = MessageChain.seal(first.head(), List.of(unsealed(2, "b")));
        List<StoredEntry> chain = new ArrayList<>(applied(List.of(unsealed(1, "a"), unsealed(3, "c")), first));
        chain.addAll(applied(List.of(unsealed(2, "b")), late));

        assertThat(ChainVerifier.verify(chain, late.head(), null, NOW, SEAL_WITHIN))
                .isEqualTo(new ChainVerdict(true, 3, 2, null));
    }

    @Test
    void aChangedPurposeBreaksTheChainAtThatEntry() {
        List<StoredEntry> chain = sealed(5);
        StoredEntry third = chain.get(2);
        chain.set(2, withEntry(third, new MessageLogEntry(third.entry().recordedAt(), third.entry().direction(),
                third.entry().mppCode(), third.entry().agencyCode(), third.entry().actor(), "another purpose",
                third.entry().operation(), third.entry().subjectId(), third.entry().outcome(),
                third.entry().payloadSha256(), third.entry().details())));

        ChainVerdict verdict = ChainVerifier.verify(chain, head(chain), null, NOW, SEAL_WITHIN);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.checked()).isEqualTo(2);
        assertThat(verdict.firstBroken()).isEqualTo(new ChainBreak(third.seq(), ChainBreak.Reason.CHANGED,
                chain.get(1).seq()));
    }

    @Test
    void aChangedDetailValueOrPayloadHashBreaksTheChain() {
        List<StoredEntry> details = sealed(3);
        StoredEntry e = details.get(1);
        details.set(1, withEntry(e, entryAt(e.entry(), Map.of("n", "other"), e.entry().payloadSha256())));
        List<StoredEntry> payload = sealed(3);
        StoredEntry p = payload.get(1);
        payload.set(1, withEntry(p, entryAt(p.entry(), p.entry().details(), MessageChain.sha256Of("another payload"))));

        assertThat(ChainVerifier.verify(details, head(details), null, NOW, SEAL_WITHIN).firstBroken().reason())
                .isEqualTo(ChainBreak.Reason.CHANGED);
        assertThat(ChainVerifier.verify(payload, head(payload), null, NOW, SEAL_WITHIN).firstBroken().reason())
                .isEqualTo(ChainBreak.Reason.CHANGED);
    }

    @Test
    void aRehashedChangedEntryStillBreaksTheLinkOfTheNextOne() {
        List<StoredEntry> chain = sealed(4);
        StoredEntry second = chain.get(1);
        MessageLogEntry changed = entryAt(second.entry(), Map.of("n", "forged"), null);
        String rehashed = MessageChain.hash(second.prevHash(), second.seq(), changed);
        chain.set(1, new StoredEntry(second.seq(), changed, second.chainPos(), second.prevHash(), rehashed));

        ChainVerdict verdict = ChainVerifier.verify(chain, head(chain), null, NOW, SEAL_WITHIN);

        assertThat(verdict.firstBroken().seq()).isEqualTo(chain.get(2).seq());
        assertThat(verdict.firstBroken().reason()).isEqualTo(ChainBreak.Reason.MISSING);
    }

    @Test
    void aChangedSeqBreaksTheChain() {
        List<StoredEntry> chain = sealed(3);
        StoredEntry second = chain.get(1);
        chain.set(1, new StoredEntry(99, second.entry(), second.chainPos(), second.prevHash(), second.entryHash()));

        assertThat(ChainVerifier.verify(chain, head(chain), null, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(99, ChainBreak.Reason.CHANGED, chain.get(0).seq()));
    }

    @Test
    void aChangedPreviousHashIsAChangeNotAGap() {
        List<StoredEntry> chain = sealed(3);
        StoredEntry second = chain.get(1);
        chain.set(1, new StoredEntry(second.seq(), second.entry(), second.chainPos(), "f".repeat(64),
                second.entryHash()));

        assertThat(ChainVerifier.verify(chain, head(chain), null, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(second.seq(), ChainBreak.Reason.CHANGED, chain.get(0).seq()));
    }

    @Test
    void aHashThatIsNotHexIsAChange() {
        List<StoredEntry> chain = sealed(2);
        StoredEntry first = chain.get(0);
        chain.set(0, new StoredEntry(first.seq(), first.entry(), first.chainPos(), first.prevHash(), "not a hash"));

        assertThat(ChainVerifier.verify(chain, head(chain), null, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(first.seq(), ChainBreak.Reason.CHANGED, 0));
    }

    @Test
    void aDeletedMiddleEntryIsMissingBeforeTheEntryAfterIt() {
        List<StoredEntry> chain = sealed(5);
        ChainHead head = head(chain);
        StoredEntry after = chain.get(3);
        chain.remove(2);

        ChainVerdict verdict = ChainVerifier.verify(chain, head, null, NOW, SEAL_WITHIN);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.firstBroken()).isEqualTo(new ChainBreak(after.seq(), ChainBreak.Reason.MISSING,
                chain.get(1).seq()));
    }

    @Test
    void deletedNewestEntriesAreMissingAccordingToTheHead() {
        List<StoredEntry> chain = sealed(5);
        ChainHead head = head(chain);
        chain.remove(4);
        chain.remove(3);

        ChainVerdict verdict = ChainVerifier.verify(chain, head, null, NOW, SEAL_WITHIN);

        assertThat(verdict.checked()).isEqualTo(3);
        assertThat(verdict.firstBroken()).isEqualTo(new ChainBreak(head.seq(), ChainBreak.Reason.MISSING,
                chain.get(2).seq()));
    }

    @Test
    void deletingEverythingIsMissingToo() {
        List<StoredEntry> chain = sealed(2);

        assertThat(ChainVerifier.verify(List.of(), head(chain), null, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(chain.get(1).seq(), ChainBreak.Reason.MISSING, 0));
    }

    @Test
    void aHeadThatDoesNotMatchTheLastEntryIsAChange() {
        List<StoredEntry> chain = sealed(3);
        ChainHead forged = new ChainHead(3, chain.get(2).seq(), "e".repeat(64));

        assertThat(ChainVerifier.verify(chain, forged, null, NOW, SEAL_WITHIN).firstBroken().reason())
                .isEqualTo(ChainBreak.Reason.CHANGED);
    }

    @Test
    void anEntrySealedPastTheHeadIsAChange() {
        List<StoredEntry> chain = sealed(3);
        ChainHead older = new ChainHead(2, chain.get(1).seq(), chain.get(1).entryHash());

        assertThat(ChainVerifier.verify(chain, older, null, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(chain.get(2).seq(), ChainBreak.Reason.CHANGED, chain.get(1).seq()));
    }

    @Test
    void swappedEntriesAreReordered() {
        List<StoredEntry> chain = sealed(5);
        ChainHead head = head(chain);
        Collections.swap(chain, 1, 2);

        ChainVerdict verdict = ChainVerifier.verify(chain, head, null, NOW, SEAL_WITHIN);

        assertThat(verdict.firstBroken()).isEqualTo(new ChainBreak(chain.get(1).seq(), ChainBreak.Reason.REORDERED,
                chain.get(0).seq()));
    }

    @Test
    void swappedChainPositionsAreReordered() {
        List<StoredEntry> chain = sealed(4);
        ChainHead head = head(chain);
        StoredEntry second = chain.get(1);
        StoredEntry third = chain.get(2);
        // What a walk in position order reads after the two positions were swapped in the table.
        chain.set(1, new StoredEntry(third.seq(), third.entry(), 2L, third.prevHash(), third.entryHash()));
        chain.set(2, new StoredEntry(second.seq(), second.entry(), 3L, second.prevHash(), second.entryHash()));

        assertThat(ChainVerifier.verify(chain, head, null, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(third.seq(), ChainBreak.Reason.REORDERED, chain.get(0).seq()));
    }

    @Test
    void aChangedChainPositionAloneIsReordered() {
        List<StoredEntry> chain = sealed(3);
        StoredEntry second = chain.get(1);
        chain.set(1, new StoredEntry(second.seq(), second.entry(), 7L, second.prevHash(), second.entryHash()));

        assertThat(ChainVerifier.verify(chain, new ChainHead(7, chain.get(2).seq(), chain.get(2).entryHash()), null,
                NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(second.seq(), ChainBreak.Reason.REORDERED, chain.get(0).seq()));
    }

    @Test
    void aCommittedEntryLeftUnsealedLongerThanAllowedIsReported() {
        List<StoredEntry> chain = sealed(2);
        StoredEntry stale = new StoredEntry(9, entryAt(NOW.minusSeconds(11)), null, null, null);
        StoredEntry fresh = new StoredEntry(9, entryAt(NOW.minusSeconds(9)), null, null, null);

        assertThat(ChainVerifier.verify(chain, head(chain), stale, NOW, SEAL_WITHIN).firstBroken())
                .isEqualTo(new ChainBreak(9, ChainBreak.Reason.UNSEALED, chain.get(1).seq()));
        assertThat(ChainVerifier.verify(chain, head(chain), fresh, NOW, SEAL_WITHIN).ok()).isTrue();
    }

    @Test
    void theFirstBreakIsReportedWhenThereAreSeveral() {
        List<StoredEntry> chain = sealed(6);
        ChainHead head = head(chain);
        StoredEntry second = chain.get(1);
        chain.set(1, withEntry(second, entryAt(second.entry(), Map.of("n", "x"), null)));
        chain.remove(4);

        assertThat(ChainVerifier.verify(chain, head, null, NOW, SEAL_WITHIN).firstBroken().seq())
                .isEqualTo(second.seq());
    }

    @Test
    void theSha256OfAPayloadIsHexOfItsUtf8Bytes() {
        assertThat(MessageChain.sha256Of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(MessageChain.sha256Of(null)).isNull();
    }

    @Test
    void scopesSeeTheirOwnEntriesOnly() {
        MessageLogScope mpp = MessageLogScope.of(true, false, "kota-jambi", null);
        MessageLogScope imigrasi = MessageLogScope.of(false, true, "kota-jambi", "imigrasi");
        MessageLogScope agencyWithoutClaim = MessageLogScope.of(false, true, "kota-jambi", null);

        assertThat(mpp.includes("kota-jambi", "dukcapil")).isTrue();
        assertThat(mpp.includes("kota-batam", "imigrasi")).isFalse();
        assertThat(imigrasi.includes("kota-jambi", "imigrasi")).isTrue();
        assertThat(imigrasi.includes("kota-jambi", "dukcapil")).isFalse();
        assertThat(agencyWithoutClaim.seesNothing()).isTrue();
        assertThat(MessageLogScope.of(false, false, "kota-jambi", "imigrasi").seesNothing()).isTrue();
        assertThat(MessageLogScope.of(true, true, "kota-jambi", "imigrasi")).isEqualTo(mpp);
    }

    private static MessageLogEntry entry(String purpose, Map<String, String> details) {
        return new MessageLogEntry(T0, Direction.OUT, "kota-jambi", "dukcapil", "agency-dukcapil", purpose,
                "verify-elements", "visit-1", "MATCHED", MessageChain.sha256Of("payload"), details);
    }

    private static MessageLogEntry entryAt(Instant at) {
        return new MessageLogEntry(at, Direction.READ, "kota-jambi", "imigrasi", "x", null, "read", null, null, null,
                null);
    }

    private static MessageLogEntry entryAt(MessageLogEntry e, Map<String, String> details, String payloadSha256) {
        return new MessageLogEntry(e.recordedAt(), e.direction(), e.mppCode(), e.agencyCode(), e.actor(), e.purpose(),
                e.operation(), e.subjectId(), e.outcome(), payloadSha256, details);
    }

    private static StoredEntry unsealed(long seq, String purpose) {
        return new StoredEntry(seq, entry(purpose, Map.of("n", Long.toString(seq))), null, null, null);
    }

    /** {@code n} entries with seqs 1, 3, 5, … (rolled-back appends leave gaps), sealed from genesis. */
    private static List<StoredEntry> sealed(int n) {
        List<StoredEntry> unsealed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            unsealed.add(unsealed(2L * i + 1, "purpose " + i));
        }
        return new ArrayList<>(applied(unsealed, MessageChain.seal(ChainHead.GENESIS, unsealed)));
    }

    private static List<StoredEntry> applied(List<StoredEntry> unsealed, MessageChain.Sealing sealing) {
        List<StoredEntry> sealed = new ArrayList<>();
        for (int i = 0; i < unsealed.size(); i++) {
            MessageChain.Seal seal = sealing.seals().get(i);
            sealed.add(new StoredEntry(unsealed.get(i).seq(), unsealed.get(i).entry(), seal.chainPos(),
                    seal.prevHash(), seal.entryHash()));
        }
        return sealed;
    }

    private static ChainHead head(List<StoredEntry> chain) {
        StoredEntry last = chain.get(chain.size() - 1);
        return new ChainHead(last.chainPos(), last.seq(), last.entryHash());
    }

    private static StoredEntry withEntry(StoredEntry e, MessageLogEntry entry) {
        return new StoredEntry(e.seq(), entry, e.chainPos(), e.prevHash(), e.entryHash());
    }
}
