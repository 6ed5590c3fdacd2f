package id.go.mpp.sinergi.complaint.api.open311;

import id.go.mpp.sinergi.complaint.app.open311.Open311Catalogue;
import id.go.mpp.sinergi.complaint.app.open311.Open311Requests;
import id.go.mpp.sinergi.complaint.app.open311.Open311Views;
import id.go.mpp.sinergi.complaint.domain.open311.Open311Refusal;
import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Open311 GeoReport v2 (spec frozen; XML mandatory, JSON too): one MPP per {@code jurisdiction_id} (default
 * {@code sinergi.open311.default-jurisdiction}). Reads are public; POST requests needs a registered client's
 * {@code api_key}. Every refusal of these paths is the spec's error list in the path's format, never problem+json:
 * the exception mappers below apply to this class only.
 */
@Path("/open311/v2")
@Tag(name = "Open311 GeoReport v2")
public class Open311Resource {

    private static final Logger LOG = Logger.getLogger(Open311Resource.class);
    private static final String FORMAT = "{format: json|xml}";

    private final Open311Catalogue catalogue;
    private final Open311Requests requests;
    private final ValidatorFactory validation;
    private final String defaultJurisdiction;

    public Open311Resource(Open311Catalogue catalogue, Open311Requests requests, ValidatorFactory validation,
                           @ConfigProperty(name = "sinergi.open311.default-jurisdiction") String defaultJurisdiction) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.validation = validation;
        this.defaultJurisdiction = defaultJurisdiction;
    }

    @GET
    @Path("/discovery." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 discovery: the endpoint, its formats and whom to ask for an api_key")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Response discovery(@PathParam("format") String format) {
        return Open311Answers.one(format, catalogue.discovery());
    }

    @GET
    @Path("/services." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 services of the MPP (jurisdiction_id): its catalogue's services and the general "
            + "complaint", description = "Read through queue-service's public catalogue: 503 while it cannot be "
            + "read, 404 for an MPP without services.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Uni<Response> services(@PathParam("format") String format,
                                  @QueryParam("jurisdiction_id") String jurisdiction, HttpHeaders headers) {
        String mpp = jurisdiction(jurisdiction);
        return checked(mpp).chain(() -> catalogue.services(mpp, locale(headers)))
                .map(services -> Open311Answers.services(format, services));
    }

    @GET
    @Path("/services/{service_code}." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 service definition: the attributes anonim and rahasia (SP4N-LAPOR!); no location")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Uni<Response> definition(@PathParam("format") String format,
                                    @PathParam("service_code") String serviceCode,
                                    @QueryParam("jurisdiction_id") String jurisdiction, HttpHeaders headers) {
        String mpp = jurisdiction(jurisdiction);
        if (serviceCode == null || !serviceCode.matches(Slugs.CODE)) {
            return Uni.createFrom().failure(Open311Refusal.notFound(LocalizedText.of(
                    "service_code tidak ditemukan", "service_code not found")));
        }
        return checked(mpp).chain(() -> catalogue.definition(mpp, serviceCode, locale(headers)))
                .map(definition -> Open311Answers.one(format, definition));
    }

    @POST
    @Path("/requests." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 POST requests: a registered client files a complaint (PENGADUAN) for a citizen",
            description = "Form fields of the spec; api_key (form or query) of a client registered for the "
                    + "jurisdiction, else 403. description is required (at most 4,000 characters); media_url http(s), "
                    + "at most 2,000; reporter details optional and never shown; no location needed. Answers the new "
                    + "service_request_id at once (no token).")
    @RequestBody(required = true, content = @Content(mediaType = ServiceRequestForm.MEDIA_TYPE,
            schema = @Schema(implementation = ServiceRequestForm.class)))
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Uni<Response> file(@PathParam("format") String format,
                              @QueryParam("jurisdiction_id") String jurisdictionInQuery,
                              @QueryParam("api_key") String apiKeyInQuery,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              byte[] body, HttpHeaders headers) {
        ServiceRequestForm form = ServiceRequestForm.read(contentType, body);
        Set<ConstraintViolation<ServiceRequestForm>> violations = validator(locale(headers)).validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Open311Requests.NewRequest request = new Open311Requests.NewRequest(
                jurisdiction(form.jurisdictionId() != null ? form.jurisdictionId() : jurisdictionInQuery),
                form.apiKey() != null ? form.apiKey() : apiKeyInQuery, form.serviceCode(), form.description(),
                form.mediaUrl(), form.firstName(), form.lastName(), form.email(), form.phone(), form.lat(),
                form.lon(), form.anonymous(), form.confidential());
        return requests.file(request, locale(headers)).map(receipts -> Open311Answers.requests(format, receipts));
    }

    @GET
    @Path("/requests." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 GET requests: the MPP's public complaints, newest first",
            description = "Filters: service_request_id (comma-separated, overrides the others), service_code, "
                    + "start_date/end_date (W3C, at most 90 days apart; default the last 90 days), status "
                    + "(open, closed). At most 1,000; to read further back, repeat with end_date = the oldest "
                    + "requested_datetime. Confidential complaints never appear.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Uni<Response> search(@PathParam("format") String format,
                                @QueryParam("jurisdiction_id") String jurisdiction,
                                @QueryParam("service_request_id") String serviceRequestIds,
                                @QueryParam("service_code") String serviceCode,
                                @QueryParam("start_date") String startDate,
                                @QueryParam("end_date") String endDate,
                                @QueryParam("status") String status,
                                HttpHeaders headers) {
        Open311Requests.Search search = new Open311Requests.Search(jurisdiction(jurisdiction), serviceRequestIds,
                serviceCode, startDate, endDate, status);
        return requests.search(search, locale(headers)).map(found -> Open311Answers.requests(format, found));
    }

    @GET
    @Path("/requests/{service_request_id}." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 GET requests/{id}: one public complaint (a list of one); confidential ones are 404")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Uni<Response> one(@PathParam("format") String format,
                             @PathParam("service_request_id") String serviceRequestId,
                             @QueryParam("jurisdiction_id") String jurisdiction, HttpHeaders headers) {
        return requests.one(jurisdiction(jurisdiction), serviceRequestId, locale(headers))
                .map(found -> Open311Answers.requests(format, found));
    }

    @GET
    @Path("/tokens/{token}." + FORMAT)
    @PermitAll
    @Operation(summary = "Open311 GET tokens/{token}: ids are given at once, so the token is the tracking id",
            description = "Answers [{token, service_request_id}] for a request GET requests/{id} shows, else 404.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "application/json"),
            @Content(mediaType = "text/xml")})
    public Uni<Response> token(@PathParam("format") String format, @PathParam("token") String token,
                               @QueryParam("jurisdiction_id") String jurisdiction) {
        return requests.token(jurisdiction(jurisdiction), token).map(found -> Open311Answers.requests(format, found));
    }

    // --- Refusals of these paths, in the spec's format (these mappers apply to this class only) ---

    @ServerExceptionMapper
    public Response refused(Open311Refusal e, UriInfo uri, HttpHeaders headers) {
        return Open311Answers.error(format(uri), e.status(), e.description().in(locale(headers)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Open311Views.Error> errors = e.getConstraintViolations().stream()
                .map(v -> new Open311Views.Error(400, field(v) + ": " + v.getMessage()))
                .sorted(Comparator.comparing(Open311Views.Error::description))
                .toList();
        return Open311Answers.errors(format(uri), 400, errors);
    }

    /** A refusal of a use case shared with the other channels (complaint intake): Open311's status for it. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = locale(headers);
        LocalizedText detail = e.errors().isEmpty() ? e.detail() : e.errors().get(0).message();
        Open311Refusal refusal = Open311Refusal.of(e.status(), detail);
        return Open311Answers.error(format(uri), refusal.status(), refusal.description().in(locale));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return notAuthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Open311Answers.error(format(uri), 403, "Forbidden");
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String description = switch (status) {
            case 404 -> "Not found: see /open311/v2/discovery.xml";
            case 405 -> "Method not allowed: see /open311/v2/discovery.xml";
            case 415 -> "POST requests takes application/x-www-form-urlencoded";
            default -> "Bad request: the request cannot be read";
        };
        return Open311Answers.error(format(uri), status == 404 ? 404 : 400, description);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri == null ? "?" : uri.getPath());
        return Open311Answers.error(format(uri), 500, "Server error, incident " + incident + "; try again later");
    }

    private Response notAuthenticated(UriInfo uri) {
        return Open311Answers.error(format(uri), 401,
                "The Authorization header's token is not valid; Open311 needs none (api_key for POST requests)");
    }

    private String jurisdiction(String given) {
        return given == null || given.isBlank() ? defaultJurisdiction : given.strip();
    }

    /** Refuses a malformed jurisdiction_id before any catalogue or database look-up. */
    private static Uni<Void> checked(String mpp) {
        if (!mpp.matches(Slugs.CODE)) {
            return Uni.createFrom().failure(Open311Refusal.badRequest(LocalizedText.of(
                    "jurisdiction_id harus kode MPP, mis. kota-jambi",
                    "jurisdiction_id must be an MPP code such as kota-jambi")));
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * A validator whose messages are in {@code locale}, the language {@link RequestLanguage} read (Indonesian or
     * English): Hibernate Validator's own reading of Accept-Language fails on some values ({@code -}).
     */
    private Validator validator(Locale locale) {
        MessageInterpolator messages = validation.getMessageInterpolator();
        return validation.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return messages.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return messages.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    private static Locale locale(HttpHeaders headers) {
        return RequestLanguage.of(headers);
    }

    private static String format(UriInfo uri) {
        return uri != null && uri.getPath().endsWith(".xml") ? "xml" : "json";
    }

    /** The spec's name of the form field a violation is about ({@code firstName} → {@code first_name}). */
    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "request" : ServiceRequestForm.fieldName(name);
    }
}
