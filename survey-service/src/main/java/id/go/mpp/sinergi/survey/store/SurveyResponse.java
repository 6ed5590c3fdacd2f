package id.go.mpp.sinergi.survey.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    /** The primary key that allows one response per invitation. */
    public static final String ONE_PER_INVITATION = "survey_response_pkey";

    @Id
    public UUID invitationId;
    public short[] answers;
    public Instant submittedAt;
    /** The respondent's comment as given (shown to staff only; the event carries it masked). */
    public String comment;
    /** The optional profile of the regulation's form, as choice codes. */
    public String sex;
    public String ageBand;
    public String education;
    public String occupation;
    /** {@code CODE} or {@code ACCOUNT}. */
    public String channel;
}
