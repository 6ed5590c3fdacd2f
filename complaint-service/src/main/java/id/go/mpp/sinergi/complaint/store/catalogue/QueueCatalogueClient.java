package id.go.mpp.sinergi.complaint.store.catalogue;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** queue-service's public catalogue API (no login): the services of an MPP with their agency. */
@RegisterRestClient(configKey = "queue-catalogue")
@Produces(MediaType.APPLICATION_JSON)
public interface QueueCatalogueClient {

    @GET
    @Path("/services")
    Uni<List<CatalogueEntry>> services(@QueryParam("mpp") String mpp);

    /** The fields of queue-service's service view that complaint-service uses. */
    record CatalogueEntry(String mppCode, String code, String agencyCode, String nameId, String nameEn,
                          Boolean active) {
    }
}
