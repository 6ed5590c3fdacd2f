package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.survey.app.InvitationView;
import id.go.mpp.sinergi.survey.app.SurveyResponses;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The survey of a ticket step by the code printed on the ticket (and shown when it completes): no account needed.
 * Unknown code 404, answered 409, expired 410.
 */
@Path("/survey-codes/{code}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SurveyCodeResource {

    /** Ten Crockford characters, as printed ({@code 7KQ2M-9XH4T}) or typed without the dash, any case. */
    static final String CODE = "[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}";

    private final SurveyResponses responses;

    public SurveyCodeResource(SurveyResponses responses) {
        this.responses = responses;
    }

    /** What the code is for (agency, service, counter, ticket, day), while it may be answered. */
    @GET
    public Uni<InvitationView> get(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return responses.byCode(code);
    }

    @POST
    @Path("/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> respond(@PathParam("code") @Pattern(regexp = CODE) String code,
                                 @Valid @NotNull SurveyRequests.ResponseRequest request) {
        return responses.answerByCode(code, SurveyRequests.answer(request))
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
