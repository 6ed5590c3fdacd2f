package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.SurveyServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The IKM survey (PermenPANRB 14/2017) on the public API: the questionnaire; answering with the survey code printed on
 * a ticket (no account) or from the app (the caller's invitations); the published figures of an MPP in JSON, CSV,
 * SVG and a printable report; and the MPP admin's rebuild ({@link IkmEmbargoApiResource}: the embargo).
 */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyApiResource {

    private final SurveyServiceClient survey;
    private final Forwarding forwarding;

    public SurveyApiResource(@RestClient SurveyServiceClient survey, Forwarding forwarding) {
        this.survey = survey;
        this.forwarding = forwarding;
    }

    @GET
    @Path("/survey/questionnaire")
    @PermitAll
    @Operation(summary = "The SKM questionnaire: nine unsur with their four answers, and the optional profile (id/en)")
    public Uni<Response> questionnaire() {
        return forwarding.relay(survey.questionnaire());
    }

    @GET
    @Path("/me/survey-invitations")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's IKM survey invitations (one per served ticket step)")
    public Uni<Response> mySurveyInvitations() {
        return forwarding.relay(survey.myInvitations());
    }

    @POST
    @Path("/survey-invitations/{id}/response")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "Answer the nine IKM unsur (1-4 each) for an invitation of the caller's, once",
            description = "Optional comment and respondent profile. A second answer is 409; after expiry 410.")
    public Uni<Response> respond(@PathParam("id") String id, String body) {
        return forwarding.relayAudited("survey.respond", "survey-invitations/" + id, survey.respond(id, body));
    }

    @GET
    @Path("/survey-codes/{code}")
    @PermitAll
    @Operation(summary = "What a ticket's survey code is for (agency, service, counter, day) while it may be answered",
            description = "Unknown code 404, answered 409, expired 410.")
    public Uni<Response> surveyCode(@PathParam("code") String code) {
        return forwarding.relay(survey.surveyCode(code));
    }

    @POST
    @Path("/survey-codes/{code}/response")
    @PermitAll
    @Operation(summary = "Answer the survey with the code printed on the ticket, without an account (201), once")
    public Uni<Response> respondByCode(@PathParam("code") String code, String body) {
        // The code is the respondent's secret: the audit names the action, not the code.
        return forwarding.relayAudited("survey.respond-by-code", "survey-codes", survey.respondByCode(code, body));
    }

    @GET
    @Path("/public/mpps/{mpp}/ikm")
    @PermitAll
    @Operation(summary = "The IKM of a unit for a period (MPP; agency; agency and service): the regulation's figures",
            description = "period: 2026, 2026-12, 2026-Q4, 2026-S2 or 2026-12-01..2026-12-06. NRR per unsur, unit "
                    + "value, converted IKM, mutu and kinerja, respondents, the served population and whether the "
                    + "sample suffices (Krejcie-Morgan), the profile breakdown.")
    public Uni<Response> ikm(@PathParam("mpp") String mpp, @BeanParam SurveyServiceClient.IkmQuery query) {
        return forwarding.relay(survey.ikm(mpp, query));
    }

    @GET
    @Path("/public/mpps/{mpp}/ikm/{file: units|trend|units\\.csv|chart\\.svg|trend\\.svg|report\\.html}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "image/svg+xml", MediaType.TEXT_HTML})
    @Operation(summary = "Published IKM files of an MPP: units (every unit of a period, JSON), units.csv, trend "
            + "(JSON), chart.svg (NRR per unsur), trend.svg (IKM over periods), report.html (printable SKM report)")
    public Uni<Response> ikmFile(@PathParam("mpp") String mpp, @PathParam("file") String file,
                                 @BeanParam SurveyServiceClient.IkmQuery query) {
        return forwarding.relay(survey.ikmFile(mpp, file, query));
    }

    @POST
    @Path("/ikm/rebuild")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Rebuild the IKM aggregates from the Kafka history (202; follow with GET)",
            description = "The result says how many rows changed: 0 when the figures were already right.")
    public Uni<Response> startRebuild() {
        return forwarding.relayAudited("ikm.rebuild", "ikm/rebuild", survey.startRebuild());
    }

    @GET
    @Path("/ikm/rebuild")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "The latest IKM rebuild: running, done (records, events/s, rows changed) or failed")
    public Uni<Response> latestRebuild() {
        return forwarding.relay(survey.latestRebuild());
    }
}
