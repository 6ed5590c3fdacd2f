package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.survey.app.ikm.IkmReport;
import id.go.mpp.sinergi.survey.app.ikm.IkmReports;
import id.go.mpp.sinergi.survey.app.ikm.IkmTrendView;
import id.go.mpp.sinergi.survey.domain.period.PeriodKind;
import id.go.mpp.sinergi.survey.domain.ikm.IkmUnit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The published IKM of an MPP (no login): a unit (the MPP, {@code agency}, or {@code agency} + {@code service}) for a
 * period ({@code 2026}, {@code 2026-12}, {@code 2026-Q4}, {@code 2026-S2}, {@code 2026-12-01..2026-12-06}), every
 * unit of a period, and a unit's trend.
 */
@Path("/public/mpps/{mpp}/ikm")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class IkmResource {

    private final IkmReports reports;
    private final HttpHeaders headers;

    public IkmResource(IkmReports reports, HttpHeaders headers) {
        this.reports = reports;
        this.headers = headers;
    }

    @GET
    public Uni<IkmReport> unit(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                               @QueryParam("period") @NotBlank @Size(max = 40) String period,
                               @QueryParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                               @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        return reports.report(unit(mpp, agency, service), period, RequestLanguage.of(headers), true);
    }

    @GET
    @Path("/units")
    public Uni<List<IkmReport>> units(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                      @QueryParam("period") @NotBlank @Size(max = 40) String period) {
        return reports.units(mpp, period, RequestLanguage.of(headers), true);
    }

    @GET
    @Path("/trend")
    public Uni<IkmTrendView> trend(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                   @QueryParam("kind") @DefaultValue("MONTH") PeriodKind kind,
                                   @QueryParam("count") @DefaultValue("12") @Min(1) @Max(IkmReports.MAX_TREND)
                                   int count,
                                   @QueryParam("until") @Size(max = 40) String until,
                                   @QueryParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                                   @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        return reports.trend(unit(mpp, agency, service), kind, count, until, true);
    }

    /** A service is named within its agency. */
    static IkmUnit unit(String mpp, String agency, String service) {
        if (service != null && agency == null) {
            throw ProblemException.invalidField("agency", LocalizedText.of("wajib diisi bila layanan disebut",
                    "is required when a service is named"));
        }
        return new IkmUnit(mpp, agency, service);
    }
}
