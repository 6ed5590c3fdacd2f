package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.identity.IdentityVerifications;
import id.go.mpp.sinergi.gateway.app.identity.IdentityVerifications.VerificationView;
import id.go.mpp.sinergi.gateway.app.identity.VerifyIdentity;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import id.go.mpp.sinergi.gateway.domain.identity.Nik;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Identity verification at Dukcapil for a visit, with the visitor's consent, once per visit: the other agencies of
 * the visit read the outcome instead of asking again.
 */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityVerificationApiResource {

    private static final Set<String> SEXES = Set.of("LAKI-LAKI", "PEREMPUAN");

    private final IdentityVerifications verifications;
    private final SecurityIdentity identity;

    public IdentityVerificationApiResource(IdentityVerifications verifications, SecurityIdentity identity) {
        this.verifications = verifications;
        this.identity = identity;
    }

    /** What the visitor gives; {@code consent} must be {@code true}. */
    public record VerifyRequest(String nik, String fullName, String birthDate, String birthPlace, String sex,
                                Boolean consent) {
    }

    @POST
    @Path("/visits/{visitId}/identity-verifications")
    @RolesAllowed({Caller.CITIZEN, PublicApiResource.KIOSK, Caller.OFFICER})
    @Operation(summary = "Verify the visitor's identity at Dukcapil for this visit, with their consent (once per visit)",
            description = "The NIK's structure is checked first (400). 202: the request is on its way (status PENDING "
                    + "while Dukcapil is slow or down); 200: the visit already has a verification (pending or verified), "
                    + "which is not asked again. Never echoes the NIK. Not the caller's visit: 404.")
    public Uni<Response> verify(@PathParam("visitId") String visitId, VerifyRequest body) {
        VerifyIdentity command = validated(body);
        visitId = Callers.visitId(visitId);
        Who who = Callers.who(Caller.of(identity));
        String requestedBy = Callers.requestedBy(who);
        return verifications.request(who, requestedBy, visitId, command)
                .map(requested -> Response.status(requested.started() ? 202 : 200)
                        .entity(requested.verification()).build());
    }

    @GET
    @Path("/visits/{visitId}/identity-verification")
    @RolesAllowed({Caller.CITIZEN, PublicApiResource.KIOSK, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM,
            Caller.MPP_ADMIN})
    @Operation(summary = "The visit's identity verification: status, per-element outcome, consent scope",
            description = "For the agencies of the visit's steps (an agency's read is written to the message log), the "
                    + "visitor, the kiosk and the MPP admin. Anyone else: 404.")
    public Uni<VerificationView> latest(@PathParam("visitId") String visitId) {
        visitId = Callers.visitId(visitId);
        return verifications.latest(Callers.who(Caller.of(identity)), visitId);
    }

    private static VerifyIdentity validated(VerifyRequest body) {
        List<ProblemException.FieldErrorText> errors = new ArrayList<>();
        if (body == null) {
            throw ProblemException.invalidField("body", LocalizedText.of("wajib diisi", "is required"));
        }
        LocalDate birthDate = null;
        if (body.birthDate() == null || body.birthDate().isBlank()) {
            errors.add(error("birthDate", "wajib diisi (yyyy-mm-dd)", "is required (yyyy-mm-dd)"));
        } else {
            try {
                birthDate = LocalDate.parse(body.birthDate());
            } catch (DateTimeParseException e) {
                errors.add(error("birthDate", "bukan tanggal (yyyy-mm-dd)", "is not a date (yyyy-mm-dd)"));
            }
        }
        if (body.nik() == null || body.nik().isBlank()) {
            errors.add(error("nik", "wajib diisi", "is required"));
        } else {
            for (Nik.Violation violation : Nik.check(body.nik(), birthDate)) {
                errors.add(nikError(violation));
            }
        }
        if (body.fullName() == null || body.fullName().isBlank()) {
            errors.add(error("fullName", "wajib diisi", "is required"));
        } else if (body.fullName().length() > 100) {
            errors.add(error("fullName", "paling banyak 100 karakter", "at most 100 characters"));
        }
        if (body.birthPlace() != null && body.birthPlace().length() > 100) {
            errors.add(error("birthPlace", "paling banyak 100 karakter", "at most 100 characters"));
        }
        if (body.sex() != null && !SEXES.contains(body.sex())) {
            errors.add(error("sex", "LAKI-LAKI atau PEREMPUAN", "LAKI-LAKI or PEREMPUAN"));
        }
        if (!Boolean.TRUE.equals(body.consent())) {
            errors.add(error("consent", "pengunjung harus menyetujui pemeriksaan data ke Dukcapil untuk kunjungan ini",
                    "the visitor must consent to the check at Dukcapil for this visit"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", ProblemTitles.VALIDATION, ProblemTitles.VALIDATION_DETAIL,
                    errors);
        }
        return new VerifyIdentity(body.nik(), body.fullName().trim(), birthDate,
                body.birthPlace() == null || body.birthPlace().isBlank() ? null : body.birthPlace().trim(), body.sex());
    }

    private static ProblemException.FieldErrorText nikError(Nik.Violation violation) {
        return switch (violation) {
            case NOT_SIXTEEN_DIGITS -> error("nik", "NIK harus 16 angka", "a NIK has 16 digits");
            case UNKNOWN_PROVINCE -> error("nik", "dua angka pertama bukan kode provinsi",
                    "the first two digits are no province's code");
            case NO_REGION -> error("nik", "kode kabupaten/kota atau kecamatan tidak boleh 00",
                    "the regency or district code cannot be 00");
            case NOT_A_BIRTH_DATE -> error("nik", "angka ke-7 sampai ke-12 bukan tanggal lahir",
                    "digits 7 to 12 are not a birth date");
            case ZERO_SERIAL -> error("nik", "nomor urut 0000 tidak pernah diterbitkan", "serial 0000 is never issued");
            case BIRTH_DATE_DIFFERS -> error("birthDate", "tidak sama dengan tanggal lahir pada NIK",
                    "is not the birth date in the NIK");
        };
    }

    private static ProblemException.FieldErrorText error(String field, String id, String en) {
        return new ProblemException.FieldErrorText(field, LocalizedText.of(id, en));
    }
}
