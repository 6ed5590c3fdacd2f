package id.go.mpp.sinergi.complaint.store.publiclist;

import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintLists;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.List;

/**
 * The public list of an MPP: its complaints that are neither confidential nor archived/rejected (spam, merged
 * duplicates), newest first by keyset on index {@code complaint_mpp_recent} (mpp_code, submitted_at desc,
 * tracking_id desc): page 5,000 costs what page 1 does, and a complaint filed while someone pages shifts nothing.
 */
@ApplicationScoped
public class PublicComplaintsSql {

    private static final String PAGE = """
            select c.* from complaint c
            where c.mpp_code = :mpp
              and (c.submitted_at, c.tracking_id) < (:at, :id)
              and not c.confidential
              and c.status not in ('ARCHIVED', 'REJECTED')
            order by c.submitted_at desc, c.tracking_id desc
            limit :rows""";

    /** {@code size + 1} rows after {@code cursor} (the extra one says whether another page follows). */
    public Uni<List<Complaint>> page(String mppCode, ComplaintLists.Cursor cursor, int size) {
        return Panache.getSession().chain(s -> s.createNativeQuery(PAGE, Complaint.class)
                .setParameter("mpp", mppCode)
                .setParameter("at", cursor.at().atOffset(ZoneOffset.UTC))
                .setParameter("id", cursor.id())
                .setParameter("rows", size + 1)
                .getResultList());
    }
}
