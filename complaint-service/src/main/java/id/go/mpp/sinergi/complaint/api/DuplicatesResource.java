package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.duplicates.DuplicateSuggestions;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintSummary;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Likely duplicates of a complaint, for the MPP admin's triage (merge with POST …/archive and `mergedInto`). */
@Path("/complaints/{trackingId}/duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    private final DuplicateSuggestions suggestions;
    private final CallerActors callers;

    public DuplicatesResource(DuplicateSuggestions suggestions, CallerActors callers) {
        this.suggestions = suggestions;
        this.callers = callers;
    }

    @GET
    @Authenticated
    @Operation(summary = "Complaints that look like the same matter (the MPP admin of its MPP)", description = """
            At most 5, best first: complaints about the same visit, then those about the same agency (and \
            service, if named) filed within 3 days before or after with a similar text (trigram similarity at \
            least 0.4). Archived ones are never suggested. Someone who does not see the complaint gets 404; \
            someone who sees it but is not the MPP admin, 403.""")
    public Uni<List<ComplaintSummary>> duplicates(@PathParam("trackingId") @Size(max = 40) String trackingId) {
        return suggestions.review(callers.fromToken(), trackingId);
    }
}
