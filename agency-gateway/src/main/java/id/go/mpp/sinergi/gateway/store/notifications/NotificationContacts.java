package id.go.mpp.sinergi.gateway.store.notifications;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/** The {@code notification_contact} table. Every method runs in the caller's transaction or session. */
@ApplicationScoped
public class NotificationContacts {

    private static final String UPSERT = """
            insert into notification_contact (subject_kind, subject_id, phone, channel, language, consent_at, given_by)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            on conflict (subject_kind, subject_id) do update
               set phone = excluded.phone, channel = excluded.channel, language = excluded.language,
                   consent_at = excluded.consent_at, given_by = excluded.given_by""";

    private static final String DELETE = "delete from notification_contact where subject_kind = ?1 and subject_id = ?2";

    /** The visit's own contact first, else the account's of the visit's citizen. */
    private static final String FOR_VISIT = """
            select phone, channel, language from notification_contact
            where (subject_kind = 'VISIT' and subject_id = ?1)
               or (subject_kind = 'ACCOUNT' and subject_id = (select citizen_id from visit_step
                                                              where visit_id = ?1 and citizen_id is not null limit 1))
            order by subject_kind desc
            limit 1""";

    private static final String FOR_ACCOUNT = """
            select phone, channel, language from notification_contact
            where subject_kind = 'ACCOUNT' and subject_id = ?1""";

    /** Where to send, and in which language. */
    public record Contact(String phone, String channel, String language) {
    }

    public Uni<Void> upsert(String kind, String subjectId, String phone, String channel, String language,
                            Instant consentAt, String givenBy) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, phone).setParameter(4, channel)
                .setParameter(5, language).setParameter(6, consentAt).setParameter(7, givenBy)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Boolean> delete(String kind, String subjectId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DELETE)
                .setParameter(1, kind).setParameter(2, subjectId).executeUpdate()).map(n -> n > 0);
    }

    public Uni<Optional<Contact>> forVisit(String visitId) {
        return one(FOR_VISIT, visitId);
    }

    public Uni<Optional<Contact>> forAccount(String accountId) {
        return one(FOR_ACCOUNT, accountId);
    }

    private Uni<Optional<Contact>> one(String sql, String id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class).setParameter(1, id)
                .getResultList())
                .map(rows -> rows.stream().findFirst()
                        .map(r -> new Contact((String) r[0], (String) r[1], (String) r[2])));
    }
}
