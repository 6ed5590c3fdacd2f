package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.ComplaintLifecycle;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint, without its reporter (see {@link Reporter}). */
@Entity
public class Complaint extends PanacheEntityBase {

    /** The primary key that keeps tracking ids unique; a clash is drawn again (UniqueCodes). */
    public static final String TRACKING_ID_CONSTRAINT = "complaint_pkey";

    @Id
    public String trackingId;
    @Enumerated(EnumType.STRING)
    public ComplaintChannel channel;
    public UUID visitId;
    public UUID ticketId;
    public String ticketNumber;
    public String mppCode;
    /** The agency the report names (from the visit or the reporter), a suggestion for triage. */
    public String agencyCode;
    public String serviceCode;
    public String counterCode;
    /** The agency the MPP admin dispositioned it to: the only agency that sees it. */
    public String assignedAgency;
    public String assignedService;
    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;
    /** The reporter's own text, never edited (corrections are comments). */
    public String description;
    /** The text as the public sees it (masked by Masking.personalDataIn); null on rows filed before it was stored. */
    public String publicDescription;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] mediaUrls;
    public boolean anonymous;
    public boolean confidential;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus postponedFrom;
    public String mergedInto;
    /** The running stage's deadline; null when none runs (postponed, finished). */
    @Enumerated(EnumType.STRING)
    public ComplaintStage dueStage;
    public LocalDate dueDay;
    public Instant dueAt;
    /** The stage whose breach was already announced (once per stage run). */
    @Enumerated(EnumType.STRING)
    public ComplaintStage breachedStage;
    public Instant followUpDueAt;
    public Instant dispositionedAt;
    public Instant respondedAt;
    public Boolean respondedInTime;
    public Instant reopenUntil;
    public int reopenedCount;
    public String closure;
    public Instant closedAt;
    public Instant submittedAt;
    public Instant updatedAt;
    /** The IKM survey invitation whose response opened this follow-up (channel SURVEY): one per invitation. */
    public String surveyInvitationId;
    @Version
    public long version;

    /** Has a follow-up of this survey invitation been filed already? */
    public static Uni<Boolean> followsUpInvitation(String invitationId) {
        return count("surveyInvitationId", invitationId).map(found -> found > 0);
    }

    public ComplaintLifecycle.State state() {
        return new ComplaintLifecycle.State(status, postponedFrom, reopenUntil);
    }
}
