package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.survey.api.ikm.IkmCharts;
import id.go.mpp.sinergi.survey.api.ikm.IkmCsv;
import id.go.mpp.sinergi.survey.api.ikm.SkmReportPage;
import id.go.mpp.sinergi.survey.app.ikm.IkmReports;
import id.go.mpp.sinergi.survey.domain.period.PeriodKind;
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
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * The published IKM in other formats than JSON (no login), from the same use case as {@link IkmResource}: every unit
 * of a period as CSV, a unit's NRR per unsur and its trend as SVG, and the printable SKM report of a unit as HTML.
 * A unit the MPP admin hides shows no figures in any of them.
 */
@Path("/public/mpps/{mpp}/ikm")
@PermitAll
public class IkmPublicationResource {

    /** The page and the charts hold no script and load nothing: a browser may run and fetch nothing for them. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final IkmReports reports;
    private final HttpHeaders headers;

    public IkmPublicationResource(IkmReports reports, HttpHeaders headers) {
        this.reports = reports;
        this.headers = headers;
    }

    @GET
    @Path("/units.csv")
    @Produces("text/csv")
    public Uni<Response> unitsCsv(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                  @QueryParam("period") @NotBlank @Size(max = 40) String period) {
        Locale locale = RequestLanguage.of(headers);
        return reports.units(mpp, period, locale, true).map(units -> answer(IkmCsv.of(units), IkmCsv.MEDIA_TYPE,
                locale).header("Content-Disposition", "attachment; filename=\""
                + IkmCsv.fileName(mpp, units.get(0).period().key()) + "\"").build());
    }

    @GET
    @Path("/chart.svg")
    @Produces(IkmCharts.MEDIA_TYPE)
    public Uni<Response> chart(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                               @QueryParam("period") @NotBlank @Size(max = 40) String period,
                               @QueryParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                               @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        Locale locale = RequestLanguage.of(headers);
        return reports.report(IkmResource.unit(mpp, agency, service), period, locale, true)
                .map(report -> inert(answer(IkmCharts.unit(report, locale), IkmCharts.MEDIA_TYPE, locale)));
    }

    @GET
    @Path("/trend.svg")
    @Produces(IkmCharts.MEDIA_TYPE)
    public Uni<Response> trendChart(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                    @QueryParam("kind") @DefaultValue("MONTH") PeriodKind kind,
                                    @QueryParam("count") @DefaultValue("12") @Min(1) @Max(IkmReports.MAX_TREND)
                                    int count,
                                    @QueryParam("until") @Size(max = 40) String until,
                                    @QueryParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                                    @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        Locale locale = RequestLanguage.of(headers);
        return reports.trend(IkmResource.unit(mpp, agency, service), kind, count, until, true)
                .map(trend -> inert(answer(IkmCharts.trend(trend, locale), IkmCharts.MEDIA_TYPE, locale)));
    }

    @GET
    @Path("/report.html")
    @Produces("text/html")
    public Uni<Response> report(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                @QueryParam("period") @NotBlank @Size(max = 40) String period,
                                @QueryParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                                @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        Locale locale = RequestLanguage.of(headers);
        return reports.report(IkmResource.unit(mpp, agency, service), period, locale, true)
                .map(report -> inert(answer(SkmReportPage.render(report, locale), SkmReportPage.MEDIA_TYPE, locale)));
    }

    /** The body in the request's language; caches keep one copy per language. */
    private static Response.ResponseBuilder answer(String body, String type, Locale locale) {
        return Response.ok(body, type).language(locale).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static Response inert(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).build();
    }
}
