package id.go.mpp.sinergi.survey.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
    @Column(name = "visit_id")
    public UUID visitId;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "mpp_code")
    public String mppCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "citizen_id")
    public String citizenId;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Version
    public long version;

    public static Uni<List<SurveyInvitation>> ofCitizen(String citizenId) {
        return list("citizenId = ?1 order by createdAt desc", citizenId);
    }

    public static Uni<SurveyInvitation> forVisit(UUID visitId) {
        return find("visitId", visitId).firstResult();
    }
}
