package id.go.mpp.sinergi.complaint.app.open311;

import id.go.mpp.sinergi.complaint.app.intake.ComplaintIntake;
import id.go.mpp.sinergi.complaint.app.intake.Filing;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Role;
import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.complaint.domain.open311.ApiKeys;
import id.go.mpp.sinergi.complaint.domain.open311.Open311Refusal;
import id.go.mpp.sinergi.complaint.domain.open311.Open311Status;
import id.go.mpp.sinergi.complaint.app.publiclist.PublicComplaint;
import id.go.mpp.sinergi.complaint.domain.open311.PublicText;
import id.go.mpp.sinergi.complaint.domain.open311.RequestWindow;
import id.go.mpp.sinergi.complaint.domain.open311.ServiceDefinitions;
import id.go.mpp.sinergi.complaint.domain.open311.ServiceRequestIds;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintHistoryEntry;
import id.go.mpp.sinergi.complaint.store.calendar.Calendars;
import id.go.mpp.sinergi.complaint.store.catalogue.QueueCatalogueClient.CatalogueEntry;
import id.go.mpp.sinergi.complaint.store.open311.Open311Client;
import id.go.mpp.sinergi.complaint.store.open311.ServiceRequestRows;
import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Service requests over Open311 GeoReport v2: a registered client (api_key) files a complaint for a citizen, and
 * anyone reads the public ones. A request is a complaint of category PENGADUAN on channel OPEN311. Open311 shows
 * what the MPP's public list shows: never a confidential, rejected or archived complaint, never a reporter field.
 */
@ApplicationScoped
public class Open311Requests {

    /** W3C date-times to the second, in the MPP's own offset ({@code 2026-12-06T14:05:09+07:00}). */
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final List<String> NOTED = PublicText.NOTED_STEPS.stream().map(Enum::name).toList();

    private final Clock clock;
    private final ComplaintIntake intake;
    private final Open311Catalogue catalogue;
    private final ServiceRequestRows rows;
    private final Calendars calendars;

    public Open311Requests(Clock clock, ComplaintIntake intake, Open311Catalogue catalogue, ServiceRequestRows rows,
                           Calendars calendars) {
        this.clock = clock;
        this.intake = intake;
        this.catalogue = catalogue;
        this.rows = rows;
        this.calendars = calendars;
    }

    /** A POST requests as received (form fields; lat/long/address are taken but not kept). */
    public record NewRequest(String jurisdiction, String apiKey, String serviceCode, String description,
                             String mediaUrl, String firstName, String lastName, String email, String phone,
                             String lat, String lon, String anonymous, String confidential) {
    }

    /** The filters of GET requests, as received. */
    public record Search(String jurisdiction, String serviceRequestIds, String serviceCode, String startDate,
                         String endDate, String status) {
    }

    /**
     * Files the request: the api_key's client must be registered for the jurisdiction (403), the service must be
     * one of its catalogue (400; when the catalogue cannot be read, the complaint is taken and triage picks the
     * agency, as every channel does), then it is a complaint like any other.
     */
    public Uni<List<Open311Views.RequestReceipt>> file(NewRequest request, Locale locale) {
        boolean anonymous;
        boolean confidential;
        try {
            checkJurisdiction(request.jurisdiction());
            noNul(request);
            if (request.description() == null || request.description().isBlank()) {
                throw Open311Refusal.badRequest(LocalizedText.of("description wajib diisi: isi pengaduan",
                        "description is required: the text of the complaint"));
            }
            String code = request.serviceCode();
            if (code == null || code.isBlank()) {
                throw Open311Refusal.badRequest(LocalizedText.of("service_code wajib diisi",
                        "service_code is required"));
            }
            if (!code.matches(Slugs.CODE)) {
                throw unknownService(request.jurisdiction(), code);
            }
            checkCoordinate("lat", request.lat(), 90);
            checkCoordinate("long", request.lon(), 180);
            anonymous = ServiceDefinitions.yes(ServiceDefinitions.ANONYMOUS, request.anonymous());
            confidential = ServiceDefinitions.yes(ServiceDefinitions.CONFIDENTIAL, request.confidential());
            if (!ApiKeys.plausible(request.apiKey())) {
                throw badKey();
            }
        } catch (Open311Refusal refusal) {
            return Uni.createFrom().failure(refusal);
        }
        String mpp = request.jurisdiction();
        return Panache.withSession(() -> Open311Client.<Open311Client>findById(ApiKeys.hash(request.apiKey())))
                .invoke(client -> {
                    if (client == null) {
                        throw badKey();
                    }
                    if (!mpp.equals(client.mppCode)) {
                        throw Open311Refusal.forbidden(LocalizedText.of(
                                "api_key ini tidak terdaftar untuk jurisdiction_id %s",
                                "this api_key is not registered for jurisdiction_id %s").formatted(mpp));
                    }
                })
                .chain(client -> agencyOf(mpp, request.serviceCode()).chain(agency -> {
                    boolean general = ServiceDefinitions.GENERAL_SERVICE.equals(request.serviceCode());
                    Filing filing = new Filing(ComplaintChannel.OPEN311, ComplaintCategory.PENGADUAN,
                            request.description(), mpp, agency.orElse(null), general ? null : request.serviceCode(),
                            null, null, anonymous, confidential,
                            blank(request.mediaUrl()) ? List.of() : List.of(request.mediaUrl().strip()),
                            new Filing.ReporterDetails(null, name(request), request.phone(), request.email(), null));
                    Actor client311 = new Actor(Role.REPORTER, "open311:" + client.name, Optional.empty(),
                            Optional.of(mpp));
                    return intake.file(filing, client311);
                }))
                .map(receipt -> List.of(new Open311Views.RequestReceipt(receipt.complaint().trackingId(),
                        ServiceDefinitions.NOTICE.in(locale), null)));
    }

    /** GET requests: by ids, or the window, status and service given; newest first, at most 1,000. */
    public Uni<List<Open311Views.ServiceRequest>> search(Search search, Locale locale) {
        String mpp = search.jurisdiction();
        Instant now = Timestamps.now(clock);
        try {
            checkJurisdiction(mpp);
            if (search.serviceRequestIds() != null && !search.serviceRequestIds().isBlank()) {
                // The spec: ids override every other filter.
                List<String> ids = ServiceRequestIds.parse(search.serviceRequestIds());
                return shown(mpp, locale, zone -> rows.byIds(mpp, ids, Open311Status.SHOWN));
            }
            Set<ComplaintStatus> statuses = Open311Status.filter(search.status());
            String service = serviceFilter(search.serviceCode());
            return shown(mpp, locale, zone -> {
                RequestWindow window = RequestWindow.of(search.startDate(), search.endDate(), now, zone);
                return rows.recent(mpp, window.start(), window.endExclusive(), statuses, service,
                        RequestWindow.LIMIT);
            });
        } catch (Open311Refusal refusal) {
            return Uni.createFrom().failure(refusal);
        }
    }

    /**
     * GET requests/{id}: the one public request, as a list of one; 404 for unknown, confidential, rejected or
     * archived, or of another MPP.
     */
    public Uni<List<Open311Views.ServiceRequest>> one(String mpp, String trackingId, Locale locale) {
        try {
            checkJurisdiction(mpp);
        } catch (Open311Refusal refusal) {
            return Uni.createFrom().failure(refusal);
        }
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(requestNotFound(trackingId));
        }
        return shown(mpp, locale, zone -> rows.byIds(mpp, List.of(trackingId), Open311Status.SHOWN))
                .invoke(found -> {
                    if (found.isEmpty()) {
                        throw requestNotFound(trackingId);
                    }
                });
    }

    /**
     * GET tokens/{token}: ids are given at once, so a token is the tracking id; it answers for a request that
     * GET requests/{id} shows, 404 otherwise.
     */
    public Uni<List<Open311Views.TokenAnswer>> token(String mpp, String token) {
        try {
            checkJurisdiction(mpp);
        } catch (Open311Refusal refusal) {
            return Uni.createFrom().failure(refusal);
        }
        if (!TrackingIds.isWellFormed(token)) {
            return Uni.createFrom().failure(tokenNotFound(token));
        }
        return Panache.withSession(() -> rows.byIds(mpp, List.of(token), Open311Status.SHOWN)).map(found -> {
            if (found.isEmpty()) {
                throw tokenNotFound(token);
            }
            return List.of(new Open311Views.TokenAnswer(token, found.get(0).trackingId));
        });
    }

    /** The complaints {@code query} finds, as Open311 shows them (names from the catalogue when it answers). */
    private Uni<List<Open311Views.ServiceRequest>> shown(String mpp, Locale locale,
                                                        Function<ZoneId, Uni<List<Complaint>>> query) {
        return catalogue.namesOf(mpp).chain(names -> Panache.withSession(() -> calendars.zoneOf(mpp)
                .chain(zone -> query.apply(zone)
                        .chain(found -> rows.latestNotes(found.stream().map(c -> c.trackingId).toList(), NOTED)
                                .map(steps -> found.stream()
                                        .map(c -> view(c, steps.get(c.trackingId), names, zone, locale))
                                        .toList())))));
    }

    private static Open311Views.ServiceRequest view(Complaint c, ComplaintHistoryEntry noted,
                                                    Optional<Map<String, CatalogueEntry>> names, ZoneId zone,
                                                    Locale locale) {
        String code = c.serviceCode == null ? ServiceDefinitions.GENERAL_SERVICE : c.serviceCode;
        String name = c.serviceCode == null ? ServiceDefinitions.GENERAL_NAME.in(locale)
                : names.map(n -> n.get(c.serviceCode)).map(e -> Open311Catalogue.name(e).in(locale)).orElse(null);
        Open311Status status = Open311Status.of(c.status);
        Instant updated = status == Open311Status.CLOSED && c.closedAt != null ? c.closedAt : c.updatedAt;
        return new Open311Views.ServiceRequest(c.trackingId, status.code(),
                PublicText.statusNotes(c.status, c.assignedAgency, c.mergedInto,
                        noted == null ? null : noted.action, noted == null ? null : noted.note, locale),
                name, code, PublicComplaint.publicDescription(c), c.assignedAgency, ServiceDefinitions.NOTICE.in(locale),
                w3c(c.submittedAt, zone), w3c(updated, zone), w3c(c.dueAt, zone), firstMediaUrl(c.mediaUrls));
    }

    /** The agency of the service: none for the general service, or when the catalogue cannot be read. */
    private Uni<Optional<String>> agencyOf(String mpp, String serviceCode) {
        if (ServiceDefinitions.GENERAL_SERVICE.equals(serviceCode)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return catalogue.entry(mpp, serviceCode).map(found -> {
            if (found.isPresent() && found.get().isEmpty()) {
                throw unknownService(mpp, serviceCode);
            }
            return found.flatMap(list -> list.stream().findFirst()).map(CatalogueEntry::agencyCode);
        });
    }

    /** The service filter for the query: null for none, "" for the general service, else the code. */
    private static String serviceFilter(String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            return null;
        }
        String code = serviceCode.strip();
        if (ServiceDefinitions.GENERAL_SERVICE.equals(code)) {
            return "";
        }
        if (!code.matches(Slugs.CODE)) {
            throw Open311Refusal.badRequest(LocalizedText.of("service_code harus kode layanan, mis. paspor-baru",
                    "service_code must be a service code such as paspor-baru"));
        }
        return code;
    }

    private static void checkJurisdiction(String mpp) {
        if (mpp == null || !mpp.matches(Slugs.CODE)) {
            throw Open311Refusal.badRequest(LocalizedText.of("jurisdiction_id harus kode MPP, mis. kota-jambi",
                    "jurisdiction_id must be an MPP code such as kota-jambi"));
        }
    }

    private static void checkCoordinate(String field, String value, double max) {
        if (blank(value)) {
            return;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d) && Math.abs(d) <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Open311Refusal.badRequest(LocalizedText.of("%s harus angka WGS84 antara -%s dan %s",
                "%s must be a WGS84 number between -%s and %s").formatted(field, (int) max, (int) max));
    }

    /** PostgreSQL cannot store a NUL character: refused like any other bad value. */
    private static void noNul(NewRequest r) {
        boolean nul = Stream.of(r.serviceCode(), r.description(), r.mediaUrl(), r.firstName(), r.lastName(),
                r.email(), r.phone(), r.apiKey()).anyMatch(s -> s != null && s.indexOf('\0') >= 0);
        if (nul) {
            throw Open311Refusal.badRequest(LocalizedText.of("teks tidak boleh memuat karakter NUL",
                    "text may not contain a NUL character"));
        }
    }

    private static String name(NewRequest r) {
        String name = Stream.of(r.firstName(), r.lastName()).filter(s -> !blank(s)).map(String::strip)
                .reduce((a, b) -> a + " " + b).orElse(null);
        return name;
    }

    private static String firstMediaUrl(String[] urls) {
        if (urls == null || urls.length == 0 || urls[0] == null) {
            return null;
        }
        try {
            URI uri = new URI(urls[0]);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme())) ? urls[0] : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String w3c(Instant instant, ZoneId zone) {
        return instant == null ? null : W3C.format(instant.atZone(zone));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Open311Refusal badKey() {
        return Open311Refusal.forbidden(LocalizedText.of(
                "api_key tidak sah: POST requests memerlukan api_key klien yang terdaftar",
                "Invalid api_key: POST requests needs the api_key of a registered client"));
    }

    private static Open311Refusal unknownService(String mpp, String serviceCode) {
        return Open311Refusal.badRequest(LocalizedText.of("service_code %s tidak ada di jurisdiction_id %s",
                "service_code %s is not a service of jurisdiction_id %s").formatted(serviceCode, mpp));
    }

    private static Open311Refusal requestNotFound(String id) {
        return Open311Refusal.notFound(LocalizedText.of("service_request_id %s tidak ditemukan",
                "service_request_id %s not found").formatted(id));
    }

    private static Open311Refusal tokenNotFound(String token) {
        return Open311Refusal.notFound(LocalizedText.of("token %s tidak ditemukan", "token %s not found")
                .formatted(token));
    }
}
