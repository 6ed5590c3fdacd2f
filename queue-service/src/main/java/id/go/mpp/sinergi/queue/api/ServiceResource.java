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

/** The public service catalogue of an MPP: requirements, fee, time and quota of each service. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    @GET
    @PermitAll
    @WithSession
    public Uni<List<CatalogueViews.ServiceView>> list(
            @QueryParam("mpp") @NotBlank @Pattern(regexp = TicketRequests.CODE) String mpp, HttpHeaders headers) {
        Locale locale = LocalizedText.choose(headers.getAcceptableLanguages());
        return CatalogueService.ofMpp(mpp).map(services -> services.stream()
                .filter(s -> s.active)
                .map(s -> CatalogueViews.ServiceView.of(s, locale))
                .toList());
    }
}
