package id.go.mpp.sinergi.core.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns every error of a Sinergi REST API into RFC 9457 {@code application/problem+json} with messages in
 * the request's language. Bad input is always a 4xx naming the field; only a bug is a 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    /** A refusal the framework answers before any endpoint runs, told in the caller's language. */
    private record FrameworkRefusal(String code, LocalizedText title, LocalizedText detail) {
    }

    /**
     * The framework's own 4xx answers (no endpoint at the address, a method or a body format the endpoint does not
     * take, an answer format it cannot give): no Sinergi code throws these, so their messages are the framework's
     * English ones and are replaced here.
     */
    private static final Map<Integer, FrameworkRefusal> FRAMEWORK_REFUSALS = Map.of(
            404, new FrameworkRefusal("not-found", ProblemTitles.NOT_FOUND, LocalizedText.of(
                    "Tidak ada apa pun di alamat ini; periksa alamatnya di dokumentasi API.",
                    "There is nothing at this address; check it against the API documentation.")),
            405, new FrameworkRefusal("method-not-allowed",
                    LocalizedText.of("Metode tidak diizinkan", "Method not allowed"), LocalizedText.of(
                    "Alamat ini tidak menerima metode HTTP tersebut; lihat dokumentasi API.",
                    "This address does not take that HTTP method; see the API documentation.")),
            406, new FrameworkRefusal("not-acceptable",
                    LocalizedText.of("Format jawaban tidak tersedia", "Answer format not available"), LocalizedText.of(
                    "Alamat ini tidak dapat menjawab dalam format yang diminta header Accept.",
                    "This address cannot answer in the format the Accept header asks for.")),
            415, new FrameworkRefusal("unsupported-media-type",
                    LocalizedText.of("Format isi tidak didukung", "Unsupported body format"), LocalizedText.of(
                    "Alamat ini tidak menerima isi dalam format tersebut (Content-Type); lihat dokumentasi API.",
                    "This address does not take a body in that format (Content-Type); see the API documentation.")));

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.errors().stream()
                .map(error -> new Problem.FieldError(error.field(), error.message().in(locale)))
                .toList();
        return respond(new Problem(type(e.code()), e.title().in(locale), e.status(), e.detail().in(locale),
                path(uri), e.code(), errors), locale);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response violations(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        return constraintViolations(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValue) {
            return serverError(e, headers, uri);
        }
        Locale locale = locale(headers);
        // Messages were interpolated by Hibernate Validator in the request's locale (quarkus.locales).
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(type("validation"), ProblemTitles.VALIDATION.in(locale), 400,
                ProblemTitles.VALIDATION_DETAIL.in(locale), path(uri), "validation", errors), locale);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return jsonProblem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return jsonProblem(e, headers, uri);
    }

    /** No token, or one that did not verify: 401 problem, with the Bearer challenge. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(RequestLanguage.of(headers), path(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(RequestLanguage.of(headers), path(uri));
    }

    /** The 401 problem every refusal of authentication answers (also {@code core.http.EdgeRefusals}). */
    public static Problem unauthorizedProblem(Locale locale, String instance) {
        return new Problem(type("unauthorized"), ProblemTitles.UNAUTHORIZED.in(locale), 401,
                LocalizedText.of("Kirim token akses yang sah (Authorization: Bearer …) untuk permintaan ini.",
                        "Send a valid access token (Authorization: Bearer …) with this request.").in(locale),
                instance, "unauthorized", List.of());
    }

    private static Response unauthorized(Locale locale, String instance) {
        return Response.status(401).type(Problem.MEDIA_TYPE).language(locale).header("WWW-Authenticate", "Bearer")
                .entity(unauthorizedProblem(locale, instance)).build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return respond(new Problem(type("forbidden"), ProblemTitles.FORBIDDEN.in(locale), 403,
                LocalizedText.of("Peran Anda tidak diizinkan melakukan tindakan ini.",
                        "Your role may not perform this action.").in(locale), path(uri), "forbidden", List.of()), locale);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return serverError(e, headers, uri);
        }
        Locale locale = locale(headers);
        FrameworkRefusal refusal = FRAMEWORK_REFUSALS.get(status);
        if (refusal != null) {
            return respond(new Problem(type(refusal.code()), refusal.title().in(locale), status,
                    refusal.detail().in(locale), path(uri), refusal.code(), List.of()), locale);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String code = "http-" + status;
        return respond(new Problem(type(code), title, status, e.getMessage(), path(uri), code, List.of()));
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return serverError(e, headers, uri);
    }

    private Response jsonProblem(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = new ArrayList<>();
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        LocalizedText message;
        if (e instanceof InvalidFormatException invalid) {
            message = LocalizedText.of("nilai '%s' tidak valid untuk kolom ini", "value '%s' is not valid for this field")
                    .formatted(String.valueOf(invalid.getValue()));
        } else if (e instanceof MismatchedInputException) {
            message = LocalizedText.of("tipe atau bentuk nilai salah", "wrong type or shape of value");
        } else {
            message = LocalizedText.of("JSON tidak dapat dibaca: %s", "JSON cannot be read: %s")
                    .formatted(e.getOriginalMessage());
        }
        errors.add(new Problem.FieldError(field.isEmpty() ? "$" : field, message.in(locale)));
        return respond(new Problem(type("malformed-json"), ProblemTitles.MALFORMED.in(locale), 400,
                ProblemTitles.VALIDATION_DETAIL.in(locale), path(uri), "malformed-json", errors), locale);
    }

    private Response serverError(Throwable e, HttpHeaders headers, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
        Locale locale = locale(headers);
        return respond(new Problem(type("server-error"), ProblemTitles.SERVER.in(locale), 500,
                LocalizedText.of("Kode insiden %s. Silakan coba lagi nanti.", "Incident %s. Please try again later.")
                        .formatted(incident).in(locale), path(uri), "server-error", List.of()), locale);
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            return parameter != null ? parameter : "$";
        }
        return field.toString();
    }

    private static boolean hasKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static Locale locale(HttpHeaders headers) {
        return RequestLanguage.of(headers);
    }

    private static String type(String code) {
        return "urn:sinergi:problem:" + code;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The problem, with {@code Content-Language} naming the language its texts were written in. */
    private static Response respond(Problem problem, Locale language) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).language(language).entity(problem).build();
    }

    /** A problem whose texts are partly the framework's own (not translated): no {@code Content-Language}. */
    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
