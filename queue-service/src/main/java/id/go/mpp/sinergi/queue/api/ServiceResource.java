package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** The public service catalogue of an MPP (transparency: anyone may read it). */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    public record ServiceView(String mppCode, String code, String agencyCode, String name, String nameId,
                              String nameEn, String ticketPrefix) {
    }

    @GET
    @PermitAll
    @WithSession
    public Uni<List<ServiceView>> list(@QueryParam("mpp") @NotBlank @Pattern(regexp = TicketRequests.CODE) String mpp,
                                       HttpHeaders headers) {
        Locale locale = LocalizedText.choose(headers.getAcceptableLanguages());
        return CatalogueService.ofMpp(mpp).map(services -> services.stream()
                .map(s -> new ServiceView(s.mppCode, s.code, s.agencyCode,
                        LocalizedText.of(s.nameId, s.nameEn).in(locale), s.nameId, s.nameEn, s.ticketPrefix))
                .toList());
    }
}
