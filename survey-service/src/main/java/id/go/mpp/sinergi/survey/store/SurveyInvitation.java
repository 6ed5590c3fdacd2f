package id.go.mpp.sinergi.survey.store;

import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID visitId;
    public UUID ticketId;
    public String mppCode;
    public String agencyCode;
    public String serviceCode;
    public String citizenId;
    @Enumerated(EnumType.STRING)
    public InvitationStatus status;
    public Instant createdAt;
    public Instant expiresAt;
    @Version
    public long version;

    public static Uni<List<SurveyInvitation>> ofCitizen(String citizenId) {
        return list("citizenId = ?1 order by createdAt desc", citizenId);
    }

    public static Uni<SurveyInvitation> forVisit(UUID visitId) {
        return find("visitId", visitId).firstResult();
    }

    /** The invitation, row-locked until the transaction ends: a concurrent answer waits and then sees this one's. */
    public static Uni<SurveyInvitation> forAnswer(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
