package id.go.mpp.sinergi.core.problem;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Endpoints that fail in each way a service endpoint can, for the problem+json mapping tests. */
@Path("/test/problems")
@PermitAll
public class ProblemDemoResource {

    public record Dimensions(@NotNull @Min(1) Integer lengthCm) {
    }

    public record ParcelRequest(@NotBlank @Size(max = 40) String owner, @NotNull @Min(1) Integer weightGrams,
                                @Valid List<@Valid @NotNull Dimensions> boxes) {
    }

    @POST
    @Path("/parcels")
    public Response create(@Valid @NotNull ParcelRequest request) {
        return Response.status(201).entity(request).build();
    }

    @GET
    @Path("/parcels/{id}")
    public Response find(@PathParam("id") String id) {
        throw ProblemException.notFound("parcel-not-found",
                LocalizedText.of("Paket %s tidak ditemukan", "Parcel %s not found").formatted(id));
    }

    @POST
    @Path("/parcels/{id}/deliver")
    public Response deliver(@PathParam("id") String id) {
        throw ProblemException.conflict("parcel-wrong-state",
                LocalizedText.of("Paket berstatus DELIVERED, tidak dapat dikirim lagi",
                        "Parcel is DELIVERED and cannot be delivered again"));
    }

    @GET
    @Path("/staff-only")
    @RolesAllowed("officer")
    public Response staffOnly() {
        return Response.ok().build();
    }

    @GET
    @Path("/bug")
    public Response bug() {
        throw new IllegalStateException("a bug with a secret 3571014501900001");
    }
}
