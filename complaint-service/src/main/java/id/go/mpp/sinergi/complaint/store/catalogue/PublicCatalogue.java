package id.go.mpp.sinergi.complaint.store.catalogue;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The services and agencies of an MPP, read through queue-service's public catalogue API and kept for a few
 * minutes. When the catalogue cannot be reached the answer is "unknown" ({@link Optional#empty()}): a complaint is
 * then taken without checking its codes, since losing a complaint is worse than triaging a wrong code.
 */
@ApplicationScoped
public class PublicCatalogue {

    private static final Logger LOG = Logger.getLogger(PublicCatalogue.class);

    private final AsyncLoadingCache<String, List<QueueCatalogueClient.CatalogueEntry>> services;

    public PublicCatalogue(@RestClient QueueCatalogueClient client) {
        this.services = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(5))
                .maximumSize(1_000)
                .buildAsync((mpp, executor) -> client.services(mpp).subscribeAsCompletionStage());
    }

    /** The MPP's services, or empty when the catalogue could not be read just now. */
    public Uni<Optional<List<QueueCatalogueClient.CatalogueEntry>>> servicesOf(String mppCode) {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().completionStage(() -> services.get(mppCode))
                // A request that waited for another's load resumes on its own context, not on the loader's
                // (whose Hibernate session it would otherwise use: "Session is closed", "Illegal pop()").
                .emitOn(task -> {
                    if (caller == null) {
                        task.run();
                    } else {
                        caller.runOnContext(ignored -> task.run());
                    }
                })
                .map(Optional::of)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Catalogue of %s unreachable (%s): codes are taken unchecked", mppCode, e.toString());
                    services.synchronous().invalidate(mppCode);
                    return Optional.empty();
                });
    }

    /** Is the agency known at the MPP? Empty when the catalogue is unreachable. */
    public Uni<Optional<Boolean>> hasAgency(String mppCode, String agencyCode) {
        return servicesOf(mppCode).map(found -> found.map(list -> list.stream()
                .anyMatch(s -> agencyCode.equals(s.agencyCode()))));
    }

    /** The service of that code at the MPP (empty list when unknown); empty when the catalogue is unreachable. */
    public Uni<Optional<List<QueueCatalogueClient.CatalogueEntry>>> service(String mppCode, String serviceCode) {
        return servicesOf(mppCode).map(found -> found.map(list -> list.stream()
                .filter(s -> serviceCode.equals(s.code())).toList()));
    }
}
