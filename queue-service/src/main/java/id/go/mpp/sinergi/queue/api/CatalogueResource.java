package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.app.Actors;
import id.go.mpp.sinergi.queue.app.catalogue.CatalogueAdmin;
import id.go.mpp.sinergi.queue.app.catalogue.CatalogueCommands;
import id.go.mpp.sinergi.queue.app.catalogue.CatalogueQueries;
import id.go.mpp.sinergi.queue.app.catalogue.CatalogueViews;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The catalogue of an MPP: its hours and agencies, the services with their requirements, fee, time and daily quotas
 * (public, for transparency), and the counters (staff). The mpp-admin manages the MPP; an agency-admin manages its
 * own agency's services and counters.
 */
@Path("/mpps/{mpp}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final CatalogueQueries queries;
    private final CatalogueAdmin admin;
    private final SecurityIdentity identity;

    public CatalogueResource(CatalogueQueries queries, CatalogueAdmin admin, SecurityIdentity identity) {
        this.queries = queries;
        this.admin = admin;
        this.identity = identity;
    }

    @GET
    @PermitAll
    public Uni<CatalogueViews.MppView> mpp(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp) {
        return queries.mpp(mpp);
    }

    @PUT
    @RolesAllowed(Caller.MPP_ADMIN)
    public Uni<CatalogueViews.MppView> updateMpp(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                                 @Valid @NotNull CatalogueCommands.UpdateMpp request) {
        return admin.updateMpp(Actors.of(Caller.of(identity)), mpp, request);
    }

    @PUT
    @Path("/agencies/{agency}")
    @RolesAllowed(Caller.MPP_ADMIN)
    public Uni<CatalogueViews.AgencyView> updateAgency(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                                       @PathParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                                                       @Valid @NotNull CatalogueCommands.UpdateAgency request) {
        return admin.updateAgency(Actors.of(Caller.of(identity)), mpp, agency, request);
    }

    @GET
    @Path("/services/{code}")
    @PermitAll
    public Uni<CatalogueViews.ServiceView> service(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                                   @PathParam("code") @Pattern(regexp = Slugs.CODE) String code,
                                                   HttpHeaders headers) {
        return queries.service(mpp, code, RequestLanguage.of(headers));
    }

    @PUT
    @Path("/services/{code}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN})
    public Uni<CatalogueViews.ServiceView> updateService(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                                         @PathParam("code") @Pattern(regexp = Slugs.CODE) String code,
                                                         @Valid @NotNull CatalogueCommands.UpdateService request,
                                                         HttpHeaders headers) {
        return admin.updateService(Actors.of(Caller.of(identity)), mpp, code, request,
                RequestLanguage.of(headers));
    }

    /** Counters the caller may see: all of the MPP for its admin, the own agency's for its staff and system. */
    @GET
    @Path("/counters")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.AGENCY_SYSTEM})
    public Uni<List<CatalogueViews.CounterView>> counters(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp) {
        return queries.counters(Actors.of(Caller.of(identity)), mpp);
    }

    @PUT
    @Path("/counters/{code}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN})
    public Uni<CatalogueViews.CounterView> updateCounter(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                                         @PathParam("code") @Pattern(regexp = Slugs.COUNTER) String code,
                                                         @Valid @NotNull CatalogueCommands.UpdateCounter request) {
        return admin.updateCounter(Actors.of(Caller.of(identity)), mpp, code, request);
    }
}
