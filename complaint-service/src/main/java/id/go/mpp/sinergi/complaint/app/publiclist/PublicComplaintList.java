package id.go.mpp.sinergi.complaint.app.publiclist;

import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintLists;
import id.go.mpp.sinergi.complaint.store.publiclist.PublicComplaintsSql;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The public list of an MPP's complaints (no login): neither confidential nor archived/rejected, personal data
 * in the texts masked, newest first by cursor. An MPP code without complaints has an empty list.
 */
@ApplicationScoped
public class PublicComplaintList {

    private final PublicComplaintsSql sql;

    public PublicComplaintList(PublicComplaintsSql sql) {
        this.sql = sql;
    }

    /** The page after {@code cursor} (null or not one of ours: the first page), of {@code size} items at most. */
    @WithSession
    public Uni<PublicComplaintPage> page(String mppCode, String cursor, int size) {
        return sql.page(mppCode, ComplaintLists.Cursor.parse(cursor), size).map(found -> {
            boolean more = found.size() > size;
            List<Complaint> shown = more ? found.subList(0, size) : found;
            String next = more ? ComplaintLists.Cursor.after(shown.get(shown.size() - 1)) : null;
            return new PublicComplaintPage(mppCode, shown.stream().map(PublicComplaint::of).toList(), next);
        });
    }
}
