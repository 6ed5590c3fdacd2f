package id.go.mpp.sinergi.gateway.app.messagelog;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogQuery;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogScope;
import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;
import id.go.mpp.sinergi.gateway.store.messagelog.MessageLogRows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Reading the message log within the caller's scope ({@link MessageLogScope}): a search page, or one entry, where an
 * entry outside the scope is the same 404 as none.
 */
@ApplicationScoped
public class MessageLogSearch {

    private final MessageLogRows rows;

    public MessageLogSearch(MessageLogRows rows) {
        this.rows = rows;
    }

    public Uni<MessageLogPage> search(MessageLogScope scope, MessageLogQuery query) {
        return Panache.withSession(() -> rows.page(scope, query)).map(found -> {
            boolean more = found.size() > query.size();
            List<StoredEntry> shown = more ? found.subList(0, query.size()) : found;
            return new MessageLogPage(shown, more ? String.valueOf(shown.get(shown.size() - 1).seq()) : null);
        });
    }

    public Uni<StoredEntry> one(MessageLogScope scope, long seq) {
        if (scope.seesNothing()) {
            return Uni.createFrom().failure(notFound());
        }
        return Panache.withSession(() -> rows.one(seq)).chain(e -> e == null
                || !scope.includes(e.entry().mppCode(), e.entry().agencyCode())
                ? Uni.createFrom().failure(notFound()) : Uni.createFrom().item(e));
    }

    /** No entry with that seq, or not one the caller may see: the same answer. */
    public static ProblemException notFound() {
        return ProblemException.notFound("message-log-entry-not-found", LocalizedText.of(
                "Tidak ada entri log pesan dengan nomor itu yang dapat Anda lihat.",
                "There is no message log entry with that number that you may see."));
    }
}
