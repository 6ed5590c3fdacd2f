package id.go.mpp.sinergi.complaint.app.open311;

import id.go.mpp.sinergi.complaint.domain.open311.Open311Refusal;
import id.go.mpp.sinergi.complaint.domain.open311.ServiceDefinitions;
import id.go.mpp.sinergi.complaint.store.catalogue.PublicCatalogue;
import id.go.mpp.sinergi.complaint.store.catalogue.QueueCatalogueClient.CatalogueEntry;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Open311 service list of an MPP (one MPP per jurisdiction_id): its catalogue's active services, read through
 * queue-service's public catalogue API, plus the general complaint about the MPP. Every service takes the same
 * attributes ({@link ServiceDefinitions}). When the catalogue cannot be read the list is not guessed: 503.
 */
@ApplicationScoped
public class Open311Catalogue {

    /** When this API's shape last changed (discovery's changeset). */
    static final String CHANGESET = "2026-12-06T14:00:00+07:00";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final PublicCatalogue catalogue;
    private final String endpointUrl;
    private final String contact;
    private final String keyService;

    public Open311Catalogue(PublicCatalogue catalogue,
                            @ConfigProperty(name = "sinergi.open311.endpoint-url") String endpointUrl,
                            @ConfigProperty(name = "sinergi.open311.contact") String contact,
                            @ConfigProperty(name = "sinergi.open311.key-service") String keyService) {
        this.catalogue = catalogue;
        this.endpointUrl = endpointUrl;
        this.contact = contact;
        this.keyService = keyService;
    }

    public Open311Views.Discovery discovery() {
        return new Open311Views.Discovery(CHANGESET, contact, keyService, List.of(new Open311Views.Endpoint(
                SPECIFICATION, endpointUrl, CHANGESET, "production", List.of("text/xml", "application/json"))));
    }

    /** The MPP's services; 404 for an MPP whose catalogue has none, 503 when the catalogue cannot be read. */
    public Uni<List<Open311Views.Service>> services(String mpp, Locale locale) {
        return entries(mpp).map(entries -> {
            List<Open311Views.Service> services = new ArrayList<>();
            entries.values().forEach(e -> services.add(new Open311Views.Service(e.code(),
                    name(e).in(locale), ServiceDefinitions.serviceDescription(e.agencyCode()).in(locale), true,
                    "realtime", keywords(e), e.agencyCode())));
            services.add(new Open311Views.Service(ServiceDefinitions.GENERAL_SERVICE,
                    ServiceDefinitions.GENERAL_NAME.in(locale), ServiceDefinitions.GENERAL_DESCRIPTION.in(locale),
                    true, "realtime", "pengaduan, mpp, umum", "mpp"));
            return services;
        });
    }

    /** The definition of one service of the MPP; 404 for a code it does not have. */
    public Uni<Open311Views.ServiceDefinition> definition(String mpp, String serviceCode, Locale locale) {
        Uni<Boolean> known = ServiceDefinitions.GENERAL_SERVICE.equals(serviceCode)
                ? Uni.createFrom().item(true)
                : entries(mpp).map(entries -> entries.containsKey(serviceCode));
        return known.map(found -> {
            if (!found) {
                throw unknownService(mpp, serviceCode);
            }
            return new Open311Views.ServiceDefinition(serviceCode, ServiceDefinitions.ATTRIBUTES.stream()
                    .map(a -> new Open311Views.Attribute(a.variable(), a.code(), a.datatype(), a.required(),
                            a.datatypeDescription() == null ? null : a.datatypeDescription().in(locale), a.order(),
                            a.description().in(locale), a.values().isEmpty() ? null : a.values().stream()
                            .map(v -> new Open311Views.AttributeValue(v.key(), v.name().in(locale))).toList()))
                    .toList());
        });
    }

    /**
     * The service names of the MPP by code for request lists; empty when the catalogue cannot be read (a list of
     * requests is still worth giving without them).
     */
    Uni<Optional<Map<String, CatalogueEntry>>> namesOf(String mpp) {
        return catalogue.servicesOf(mpp).map(found -> found.map(Open311Catalogue::byCode));
    }

    /** The catalogue's entry of a code: empty list when the MPP has no such service, empty when unreachable. */
    Uni<Optional<List<CatalogueEntry>>> entry(String mpp, String serviceCode) {
        return catalogue.service(mpp, serviceCode)
                .map(found -> found.map(list -> list.stream().filter(Open311Catalogue::active).toList()));
    }

    static LocalizedText name(CatalogueEntry e) {
        String id = e.nameId() != null ? e.nameId() : e.code();
        return LocalizedText.of(id, e.nameEn() != null ? e.nameEn() : id);
    }

    static Open311Refusal unknownService(String mpp, String serviceCode) {
        return Open311Refusal.notFound(LocalizedText.of("service_code %s tidak ada di jurisdiction_id %s",
                "service_code %s is not a service of jurisdiction_id %s").formatted(serviceCode, mpp));
    }

    private Uni<Map<String, CatalogueEntry>> entries(String mpp) {
        return catalogue.servicesOf(mpp).map(found -> {
            if (found.isEmpty()) {
                throw Open311Refusal.unavailable(LocalizedText.of(
                        "Katalog layanan MPP sedang tidak dapat dibaca; coba lagi sebentar lagi",
                        "The MPP's service catalogue cannot be read just now; try again shortly"));
            }
            Map<String, CatalogueEntry> entries = byCode(found.get());
            if (entries.isEmpty()) {
                throw Open311Refusal.notFound(LocalizedText.of("jurisdiction_id %s tidak ditemukan (tidak ada layanan)",
                        "jurisdiction_id %s not found (it has no services)").formatted(mpp));
            }
            return entries;
        });
    }

    private static Map<String, CatalogueEntry> byCode(List<CatalogueEntry> list) {
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        // The general service's code is Open311's own: a catalogue service of that code is not offered here.
        list.stream().filter(Open311Catalogue::active).filter(e -> e.code() != null)
                .filter(e -> !ServiceDefinitions.GENERAL_SERVICE.equals(e.code()))
                .forEach(e -> entries.putIfAbsent(e.code(), e));
        return entries;
    }

    private static boolean active(CatalogueEntry e) {
        return !Boolean.FALSE.equals(e.active());
    }

    private static String keywords(CatalogueEntry e) {
        return e.agencyCode() == null ? "pengaduan, " + e.code()
                : String.join(", ", "pengaduan", e.agencyCode(), e.code());
    }
}
