package id.go.mpp.sinergi.adapter.simkim;

import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterDescriptor;
import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.HmacSignatures;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.InboundCall;
import id.go.mpp.sinergi.adapter.spi.InboundReply;
import id.go.mpp.sinergi.adapter.spi.IncomingEvent;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.agency.AgencyApplicationCreated;
import id.go.mpp.sinergi.events.agency.AgencyApplicationStatusChanged;
import id.go.mpp.sinergi.events.agency.AgencyCheckCompleted;
import id.go.mpp.sinergi.events.queue.TicketCheckedIn;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketTransferred;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SIMKIM, the immigration system, for the passport counters: a served passport step creates the application in
 * SIMKIM ({@value #CREATE_APPLICATION}), a checked-in appointment for an application SIMKIM already has reports the
 * applicant's arrival ({@value #REPORT_ARRIVAL}), and SIMKIM's signed status callbacks become
 * {@code application-status-changed} events. XML over HTTP with HTTP Basic; SIMKIM is idempotent on
 * {@code noReferensi}, which is the request's idempotency key.
 *
 * <p>Settings: {@code url} (SIMKIM's base URL), {@code user}, {@code password}, {@code office} (the {@code kantor},
 * e.g. {@code KANIM JAMBI}), {@code callback-secret}, {@code callback-url} (where SIMKIM calls back; none = no
 * callbacks), {@code passport-services}, {@code replacement-services}, {@code mpp-code} (put on callback events),
 * {@code application-number-pattern}.
 */
public class SimkimAdapter implements AgencyAdapter {

    public static final String AGENCY = "imigrasi";
    public static final String SYSTEM = "SIMKIM";
    public static final String CREATE_APPLICATION = "create-application";
    public static final String REPORT_ARRIVAL = "report-arrival";
    /** The operation of SIMKIM's status callbacks in the message log. */
    public static final String STATUS_CALLBACK = "status-callback";

    static final String DEFAULT_PASSPORT_SERVICES = "paspor-baru,penggantian-paspor";
    static final String DEFAULT_REPLACEMENT_SERVICES = "penggantian-paspor";
    /** The stand-in's numbers ({@code PMH-20261123-000001}); a real office's format goes in the setting. */
    static final String DEFAULT_APPLICATION_NUMBER_PATTERN = "PMH-\\d{8}-\\d{6}";

    /**
     * SIMKIM requires the applicant's name and birth date, which no event carries (no personal data in events): the
     * officer completes them in SIMKIM at the counter. Until then the application says so.
     */
    static final String NAME_AT_COUNTER = "DILENGKAPI DI LOKET";
    static final String BIRTH_DATE_AT_COUNTER = "1900-01-01";

    private static final String KEY_PREFIX = "simkim:";
    /** {@code simkim:<visitId>:<16 hex of the ticket id's SHA-256>}: SIMKIM keeps at most 64 characters. */
    private static final Pattern APPLICATION_KEY = Pattern.compile("^simkim:(.+):[0-9a-f]{16}$");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter SIMKIM_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final String ACCEPTED_CALLBACK = SimkimXml.write("hasil", "kode", "00");

    private HttpClient http;
    private URI base;
    private String authorization;
    private String office;
    private String callbackUrl;
    private String callbackSecret;
    private String mppCode;
    private Set<String> passportServices;
    private Set<String> replacementServices;
    private Pattern applicationNumber;
    private Duration timeout;
    private Clock clock;

    @Override
    public AdapterDescriptor descriptor() {
        return new AdapterDescriptor(AGENCY, SYSTEM,
                Set.of(EventCatalog.typeOf(TicketCompleted.class), EventCatalog.typeOf(TicketTransferred.class),
                        EventCatalog.typeOf(TicketCheckedIn.class)),
                Set.of(CREATE_APPLICATION, REPORT_ARRIVAL));
    }

    @Override
    public void start(AdapterContext context) {
        String url = context.required("url");
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (context.required("user") + ":" + context.required("password")).getBytes(StandardCharsets.UTF_8));
        this.office = context.required("office");
        this.callbackSecret = context.required("callback-secret");
        this.callbackUrl = context.setting("callback-url").orElse(null);
        this.mppCode = context.setting("mpp-code").orElse(null);
        this.passportServices = list(context.setting("passport-services").orElse(DEFAULT_PASSPORT_SERVICES));
        this.replacementServices = list(context.setting("replacement-services").orElse(DEFAULT_REPLACEMENT_SERVICES));
        this.applicationNumber = Pattern.compile(context.setting("application-number-pattern")
                .orElse(DEFAULT_APPLICATION_NUMBER_PATTERN));
        this.clock = context.clock();
        this.timeout = context.timeout().minusMillis(Math.min(200, context.timeout().toMillis() / 5));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(Math.min(1000, timeout.toMillis())))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    private static Set<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<AgencyRequest> requestsFor(IncomingEvent event) {
        if (event.data() instanceof TicketCompleted completed && AGENCY.equals(completed.agencyCode())
                && passportServices.contains(completed.serviceCode()) && "SERVED".equals(completed.outcome())) {
            return List.of(application(completed.visitId(), completed.ticketId(), completed.ticketNumber(),
                    completed.mppCode(), completed.serviceCode()));
        }
        // a passport step that was served and moved on to another agency (e.g. DPMPTSP) is an application too
        if (event.data() instanceof TicketTransferred moved && AGENCY.equals(moved.fromAgencyCode())
                && passportServices.contains(moved.fromServiceCode()) && !AGENCY.equals(moved.toAgencyCode())) {
            return List.of(application(moved.visitId(), moved.fromTicketId(), moved.fromTicketNumber(),
                    moved.mppCode(), moved.fromServiceCode()));
        }
        if (event.data() instanceof TicketCheckedIn checkedIn && AGENCY.equals(checkedIn.agencyCode())
                && passportServices.contains(checkedIn.serviceCode()) && checkedIn.bookingCode() != null
                && applicationNumber.matcher(checkedIn.bookingCode()).matches()) {
            return List.of(arrival(checkedIn));
        }
        return List.of();
    }

    /** The key is the same for every delivery of the served step's event, so SIMKIM makes one application. */
    static String applicationKey(String visitId, String ticketId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ticketId.getBytes(StandardCharsets.UTF_8));
            return KEY_PREFIX + visitId + ":" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AgencyRequest application(String visitId, String ticketId, String ticketNumber, String mppCode,
                                      String serviceCode) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("visitId", visitId);
        payload.put("ticketId", ticketId);
        payload.put("ticketNumber", ticketNumber);
        payload.put("mppCode", mppCode);
        payload.put("serviceCode", serviceCode);
        payload.put("kantor", office);
        payload.put("jenisLayanan", replacementServices.contains(serviceCode) ? "PENGGANTIAN" : "PASPOR_BARU");
        if (callbackUrl != null) {
            payload.put("callbackUrl", callbackUrl);
        }
        return new AgencyRequest(CREATE_APPLICATION, applicationKey(visitId, ticketId), visitId, mppCode,
                "passport application for a served passport step", payload);
    }

    /** A booking made for an application SIMKIM already has (its number as the booking code). */
    private AgencyRequest arrival(TicketCheckedIn checkedIn) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("visitId", checkedIn.visitId());
        payload.put("ticketId", checkedIn.ticketId());
        payload.put("mppCode", checkedIn.mppCode());
        payload.put("serviceCode", checkedIn.serviceCode());
        payload.put("applicationNumber", checkedIn.bookingCode());
        if (checkedIn.checkedInAt() != null) {
            payload.put("checkedInAt", checkedIn.checkedInAt().toString());
        }
        return new AgencyRequest(REPORT_ARRIVAL, "simkim-arrival:" + checkedIn.ticketId(), checkedIn.visitId(),
                checkedIn.mppCode(), "tell immigration that a booked passport applicant arrived", payload);
    }

    @Override
    public AgencyReply send(AgencyRequest request) throws IOException, InterruptedException {
        return switch (request.operation()) {
            case CREATE_APPLICATION -> createApplication(request);
            case REPORT_ARRIVAL -> reportArrival(request);
            default -> AgencyReply.giveUp(null, "SIMKIM offers no operation " + request.operation());
        };
    }

    private AgencyReply createApplication(AgencyRequest request) throws IOException, InterruptedException {
        Map<String, String> payload = request.payload();
        // The gateway may one day carry the applicant's data (with consent); until then the counter completes it.
        String body = SimkimXml.write("permohonan",
                "noReferensi", request.idempotencyKey(),
                "kantor", payload.get("kantor"),
                "jenisLayanan", payload.get("jenisLayanan"),
                "namaPemohon", payload.getOrDefault("namaPemohon", nameAtCounter(payload.get("ticketNumber"))),
                "tanggalLahir", payload.getOrDefault("tanggalLahir", BIRTH_DATE_AT_COUNTER),
                "callbackUrl", payload.get("callbackUrl"));
        Answer answer = post("permohonan", body);
        if (!answer.ok()) {
            return answer.failure(false);
        }
        String number = answer.doc().get("noPermohonan");
        if (number == null) {
            throw new IOException("SIMKIM's answer has no noPermohonan");
        }
        String status = answer.doc().fields().getOrDefault("status", "DITERIMA");
        AgencyApplicationCreated created = new AgencyApplicationCreated(payload.get("visitId"), payload.get("ticketId"),
                request.mppCode(), AGENCY, payload.get("serviceCode"), SYSTEM, number, status, clock.instant());
        return AgencyReply.done("00", Map.of("applicationNumber", number, "status", status), List.of(created));
    }

    /** The placeholder name names the ticket, so the officer finds the application at the counter. */
    static String nameAtCounter(String ticketNumber) {
        return ticketNumber == null ? NAME_AT_COUNTER : NAME_AT_COUNTER + " (TIKET " + ticketNumber + ")";
    }

    private AgencyReply reportArrival(AgencyRequest request) throws IOException, InterruptedException {
        Map<String, String> payload = request.payload();
        String at = payload.get("checkedInAt") == null ? null
                : SIMKIM_TIME.format(Instant.parse(payload.get("checkedInAt")).atZone(WIB));
        Answer answer = post("kedatangan", SimkimXml.write("kedatangan",
                "noPermohonan", payload.get("applicationNumber"), "waktu", at));
        if (!answer.ok() && answer.status() != 404) {
            return answer.failure(true);
        }
        String code = answer.ok() ? "00" : answer.doc().fields().getOrDefault("kode", "44");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("applicationNumber", payload.get("applicationNumber"));
        if (answer.doc().get("status") != null) {
            attributes.put("status", answer.doc().get("status"));
        }
        String outcome = answer.ok() ? "DONE" : "REFUSED";
        AgencyCheckCompleted checked = new AgencyCheckCompleted(request.subjectId(), request.idempotencyKey(),
                request.mppCode(), AGENCY, REPORT_ARRIVAL, outcome, code, attributes, clock.instant());
        return answer.ok()
                ? AgencyReply.done(code, attributes, List.of(checked))
                : AgencyReply.refused(code, "SIMKIM has no application " + payload.get("applicationNumber"),
                        attributes, List.of(checked));
    }

    /** What SIMKIM answered: its HTTP status and the {@code <hasil>} document. */
    private record Answer(int status, SimkimXml.Doc doc) {

        boolean ok() {
            return status == 200 && "00".equals(doc.get("kode"));
        }

        /** A SIMKIM answer other than success: our request or our setup is wrong, or SIMKIM failed (thrown). */
        AgencyReply failure(boolean arrival) throws IOException {
            String kode = doc.get("kode");
            String pesan = doc.fields().getOrDefault("pesan", "");
            if (status == 401 || status == 403) {
                return AgencyReply.giveUp(kode, "SIMKIM refused the adapter's credentials: fix the settings, then "
                        + "retry");
            }
            if (status == 400 || "40".equals(kode)) {
                return AgencyReply.giveUp(kode, "SIMKIM found the " + (arrival ? "arrival" : "application")
                        + " malformed: " + pesan);
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return AgencyReply.giveUp(kode, "SIMKIM answered HTTP " + status + " " + pesan);
            }
            throw new IOException("SIMKIM answered HTTP " + status + " kode " + kode);
        }
    }

    private Answer post(String path, String xml) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("simkim/ws/" + path))
                        .timeout(timeout).header("Authorization", authorization)
                        .header("Content-Type", "application/xml; charset=UTF-8").header("Accept", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 500) {
            throw new IOException("SIMKIM answered HTTP " + response.statusCode());
        }
        SimkimXml.Doc doc;
        try {
            doc = SimkimXml.read(response.body());
        } catch (IOException unreadable) {
            // 401 comes with SIMKIM's own document; anything else unreadable is a cut-off or foreign answer: retried
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                return new Answer(response.statusCode(), new SimkimXml.Doc("hasil", Map.of()));
            }
            throw new IOException("SIMKIM's answer (HTTP " + response.statusCode() + ") is unreadable", unreadable);
        }
        return new Answer(response.statusCode(), doc);
    }

    /**
     * SIMKIM's status callback, {@code <statusPermohonan>} signed with {@code X-Simkim-Signature}: the visit comes
     * from the {@code noReferensi} the application was made with.
     */
    @Override
    public InboundReply receive(InboundCall call) {
        if (!HmacSignatures.matches(callbackSecret, call.header("X-Simkim-Signature"), call.body())) {
            return InboundReply.refused(401, "X-Simkim-Signature missing or wrong");
        }
        SimkimXml.Doc doc;
        try {
            doc = SimkimXml.read(call.body());
        } catch (IOException e) {
            return InboundReply.refused(400, "not an XML document");
        }
        String number = doc.get("noPermohonan");
        String status = doc.get("status");
        if (!doc.root().equals("statusPermohonan") || number == null || status == null) {
            return InboundReply.refused(400, "expected <statusPermohonan> with <noPermohonan> and <status>");
        }
        AgencyApplicationStatusChanged changed = new AgencyApplicationStatusChanged(visitOf(doc.get("noReferensi")),
                mppCode, AGENCY, SYSTEM, number, status, "SIAP_DIAMBIL".equals(status), timeOf(doc.get("waktu")));
        return InboundReply.accepted("application/xml", ACCEPTED_CALLBACK, number, STATUS_CALLBACK,
                changed.mppCode(), List.of(changed));
    }

    /** The visit an application was made for, or null for one this adapter did not make. */
    static String visitOf(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher matcher = APPLICATION_KEY.matcher(reference);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private Instant timeOf(String waktu) {
        try {
            return waktu == null ? clock.instant() : OffsetDateTime.parse(waktu).toInstant();
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    /** Asks for an application that cannot exist: SIMKIM answering 404 with its own document is up. */
    @Override
    public AdapterHealth probe() {
        URI uri = base.resolve("simkim/ws/permohonan/" + URLEncoder.encode("sinergi-probe", StandardCharsets.UTF_8));
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.discarding());
            return switch (response.statusCode()) {
                case 200, 404 -> AdapterHealth.up("SIMKIM answers at " + base.getAuthority());
                case 401, 403 -> AdapterHealth.down("SIMKIM answers but refuses the adapter's credentials");
                default -> AdapterHealth.down("SIMKIM answered HTTP " + response.statusCode());
            };
        } catch (IOException e) {
            return AdapterHealth.down(base.getAuthority() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AdapterHealth.unknown("interrupted");
        }
    }
}
