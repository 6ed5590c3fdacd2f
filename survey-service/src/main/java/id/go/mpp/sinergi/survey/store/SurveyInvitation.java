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
import java.time.LocalDate;
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
    /** The citizen's account, null for a walk-in who answers with the ticket's survey code. */
    public String citizenId;
    /** {@code ReadableCodes.hash} of the ticket's survey code; null for a ticket printed without one. */
    public String codeHash;
    public String ticketNumber;
    public String counterCode;
    /** The MPP-local day of the service. */
    public LocalDate serviceDate;
    @Enumerated(EnumType.STRING)
    public InvitationStatus status;
    public Instant createdAt;
    public Instant expiresAt;
    @Version
    public long version;

    public static Uni<List<SurveyInvitation>> ofCitizen(String citizenId) {
        return list("citizenId = ?1 order by createdAt desc", citizenId);
    }

    public static Uni<SurveyInvitation> forTicket(UUID ticketId) {
        return find("ticketId", ticketId).firstResult();
    }

    /** The invitation of a survey code's hash, row-locked like {@link #forAnswer}. */
    public static Uni<SurveyInvitation> forCodeAnswer(String codeHash) {
        return find("codeHash", codeHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public static Uni<SurveyInvitation> forCode(String codeHash) {
        return find("codeHash", codeHash).firstResult();
    }

    /** The invitation, row-locked until the transaction ends: a concurrent answer waits and then sees this one's. */
    public static Uni<SurveyInvitation> forAnswer(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
