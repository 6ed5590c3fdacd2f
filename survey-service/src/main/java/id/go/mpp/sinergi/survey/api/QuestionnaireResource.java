package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.survey.domain.questionnaire.LocalizedQuestionnaire;
import id.go.mpp.sinergi.survey.domain.questionnaire.Questionnaire;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The SKM questionnaire of PermenPANRB 14/2017 in the caller's language (Indonesian unless English is asked). */
@Path("/questionnaire")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class QuestionnaireResource {

    private final HttpHeaders headers;

    public QuestionnaireResource(HttpHeaders headers) {
        this.headers = headers;
    }

    @GET
    public LocalizedQuestionnaire get() {
        return Questionnaire.in(RequestLanguage.of(headers));
    }
}
