package id.go.mpp.sinergi.adapter.simkim;

import id.go.mpp.sinergi.adapter.spi.testing.CallbackReceiver;
import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyReply.Outcome;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.InboundCall;
import id.go.mpp.sinergi.adapter.spi.InboundReply;
import id.go.mpp.sinergi.adapter.spi.IncomingEvent;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.agency.AgencyApplicationCreated;
import id.go.mpp.sinergi.events.agency.AgencyApplicationStatusChanged;
import id.go.mpp.sinergi.events.agency.AgencyCheckCompleted;
import id.go.mpp.sinergi.events.queue.TicketCheckedIn;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.standins.Faults;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.standins.StandInsConfig;
import id.go.mpp.sinergi.standins.simkim.SimkimHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SIMKIM adapter against the SIMKIM stand-in (XML, HTTP Basic, signed callbacks), in-JVM. */
class SimkimAdapterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:15:00Z");
    private static StandIns standIns;
    private static CallbackReceiver receiver;

    @BeforeAll
    static void start() throws IOException {
        receiver = new CallbackReceiver("imigrasi");
        // no automatic status steps: only the control calls below make SIMKIM call back
        standIns = StandIns.start(StandInsConfig.builder().simkimProcessingDelay(Duration.ZERO)
                .simkimReadyDelay(Duration.ZERO).callbackAttempts(1).build());
    }

    @AfterAll
    static void stop() {
        standIns.close();
        receiver.close();
    }

    @BeforeEach
    void freshStandIn() {
        standIns.reset(true);
    }

    private static SimkimAdapter adapter(String password) {
        Map<String, String> settings = new HashMap<>(Map.of("url", standIns.simkimUrl(), "user", "sinergi",
                "password", password, "office", "KANIM JAMBI", "callback-secret", "simkim-callback-dev",
                "callback-url", receiver.url(), "mpp-code", "kota-jambi"));
        SimkimAdapter adapter = new SimkimAdapter();
        adapter.start(new AdapterContext(settings, Clock.systemUTC(), Duration.ofSeconds(2)));
        receiver.handTo(adapter);
        return adapter;
    }

    private static SimkimAdapter adapter() {
        return adapter("sinergi-dev");
    }

    private static IncomingEvent completed(String visitId, String ticketId, String agency, String service,
                                           String outcome) {
        TicketCompleted event = new TicketCompleted(visitId, ticketId, "IMI-A-012", "kota-jambi", agency, service,
                "IMI-1", null, outcome, NOW, 600, 900, null, LocalDate.parse("2026-11-23"));
        return new IncomingEvent(UUID.randomUUID().toString(), EventCatalog.typeOf(TicketCompleted.class), event);
    }

    private static IncomingEvent served(String visitId, String ticketId) {
        return completed(visitId, ticketId, "imigrasi", "paspor-baru", "SERVED");
    }

    private static IncomingEvent checkedIn(String bookingCode) {
        TicketCheckedIn event = new TicketCheckedIn("visit-9", "ticket-9", "IMI-A-020", "booking-9", bookingCode,
                "kota-jambi", "imigrasi", "paspor-baru", null, NOW, NOW.plusSeconds(60), false);
        return new IncomingEvent(UUID.randomUUID().toString(), EventCatalog.typeOf(TicketCheckedIn.class), event);
    }

    private static AgencyRequest onlyRequest(SimkimAdapter adapter, IncomingEvent event) {
        List<AgencyRequest> requests = adapter.requestsFor(event);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static <T extends SinergiEvent> T event(AgencyReply reply, Class<T> type) {
        assertThat(reply.events()).hasSize(1);
        return type.cast(reply.events().get(0));
    }

    private String createApplication(SimkimAdapter adapter, String visitId) throws Exception {
        AgencyReply reply = adapter.send(onlyRequest(adapter, served(visitId, UUID.randomUUID().toString())));
        return event(reply, AgencyApplicationCreated.class).applicationNumber();
    }

    @Test
    void theAdapterIsFoundByServiceLoaderAsImmigrationsSimkim() {
        assertThat(ServiceLoader.load(id.go.mpp.sinergi.adapter.spi.AgencyAdapter.class).stream()
                .map(ServiceLoader.Provider::get).map(a -> a.descriptor().agencyCode())).contains("imigrasi");
        assertThat(new SimkimAdapter().descriptor().operations())
                .containsExactlyInAnyOrder(SimkimAdapter.CREATE_APPLICATION, SimkimAdapter.REPORT_ARRIVAL);
    }

    @Test
    void aServedPassportStepCreatesAnApplicationWhoseNumberComesBackForTheVisit() throws Exception {
        SimkimAdapter adapter = adapter();
        String visitId = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        AgencyRequest request = onlyRequest(adapter, served(visitId, ticketId));

        assertThat(request.operation()).isEqualTo(SimkimAdapter.CREATE_APPLICATION);
        assertThat(request.subjectId()).isEqualTo(visitId);
        assertThat(request.payload()).containsEntry("kantor", "KANIM JAMBI").containsEntry("jenisLayanan", "PASPOR_BARU")
                .containsEntry("ticketId", ticketId).containsEntry("callbackUrl", receiver.url())
                .doesNotContainKeys("namaPemohon", "tanggalLahir");

        AgencyReply reply = adapter.send(request);

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        AgencyApplicationCreated created = event(reply, AgencyApplicationCreated.class);
        assertThat(created.applicationNumber()).matches("PMH-\\d{8}-\\d{6}");
        assertThat(created.status()).isEqualTo("DITERIMA");
        assertThat(created.visitId()).isEqualTo(visitId);
        assertThat(created.ticketId()).isEqualTo(ticketId);
        assertThat(created.system()).isEqualTo("SIMKIM");
        assertThat(reply.attributes()).containsEntry("applicationNumber", created.applicationNumber());
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry(SimkimHandler.APPLICATIONS_CREATED, 1L);
    }

    @Test
    void aRedeliveredServedStepKeepsItsKeyAndSimkimGivesTheSameNumberWithoutASecondApplication() throws Exception {
        SimkimAdapter adapter = adapter();
        String visitId = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        AgencyRequest first = onlyRequest(adapter, served(visitId, ticketId));
        AgencyRequest redelivered = onlyRequest(adapter, served(visitId, ticketId));
        assertThat(redelivered.idempotencyKey()).isEqualTo(first.idempotencyKey());

        String number = event(adapter.send(first), AgencyApplicationCreated.class).applicationNumber();
        AgencyReply again = adapter.send(redelivered);

        assertThat(again.outcome()).isEqualTo(Outcome.DONE);
        assertThat(event(again, AgencyApplicationCreated.class).applicationNumber()).isEqualTo(number);
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry(SimkimHandler.APPLICATIONS_CREATED, 1L)
                .containsEntry(SimkimHandler.DUPLICATES_AVOIDED, 1L);
    }

    @Test
    void theKeyFitsSimkimsSixtyFourCharactersAndNamesTheVisit() {
        String visitId = UUID.randomUUID().toString();
        String key = SimkimAdapter.applicationKey(visitId, UUID.randomUUID().toString());

        assertThat(key).hasSizeLessThanOrEqualTo(64).startsWith("simkim:" + visitId + ":");
        assertThat(SimkimAdapter.visitOf(key)).isEqualTo(visitId);
        assertThat(SimkimAdapter.applicationKey(visitId, "another-ticket")).isNotEqualTo(key);
        assertThat(SimkimAdapter.visitOf("VISIT-1")).isNull();
    }

    @Test
    void aReplacementServiceIsAppliedForAsPenggantian() throws Exception {
        SimkimAdapter adapter = adapter();
        AgencyRequest request = onlyRequest(adapter, completed("visit-2", "ticket-2", "imigrasi", "penggantian-paspor",
                "SERVED"));

        assertThat(request.payload()).containsEntry("jenisLayanan", "PENGGANTIAN");
        assertThat(adapter.send(request).outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void aStepAtAnotherAgencyAServiceThatIsNoPassportOrAStepNotServedMakesNoRequest() {
        SimkimAdapter adapter = adapter();

        assertThat(adapter.requestsFor(completed("v", "t", "dukcapil", "paspor-baru", "SERVED"))).isEmpty();
        assertThat(adapter.requestsFor(completed("v", "t", "imigrasi", "izin-tinggal", "SERVED"))).isEmpty();
        assertThat(adapter.requestsFor(completed("v", "t", "imigrasi", "paspor-baru", "NOT_SERVED"))).isEmpty();
    }

    @Test
    void aServedPassportStepThatMovesOnToDpmptspIsAnApplicationToo() {
        IncomingEvent moved = new IncomingEvent("e-1", "id.go.mpp.queue.ticket-transferred.v1",
                new id.go.mpp.sinergi.events.queue.TicketTransferred("v-1", "t-1", "IMI-A-001", "imigrasi",
                        "paspor-baru", "IMI-1", "t-2", "DPM-A-001", "dpmptsp", "nib-baru", "kota-jambi", null,
                        "officer", null, java.time.Instant.now(), java.time.Instant.now(), null, null));
        List<AgencyRequest> requests = adapter().requestsFor(moved);
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.operation()).isEqualTo(SimkimAdapter.CREATE_APPLICATION);
            assertThat(request.idempotencyKey()).isEqualTo(SimkimAdapter.applicationKey("v-1", "t-1"));
            assertThat(request.payload()).containsEntry("jenisLayanan", "PASPOR_BARU");
        });
        IncomingEvent withinImmigration = new IncomingEvent("e-2", "id.go.mpp.queue.ticket-transferred.v1",
                new id.go.mpp.sinergi.events.queue.TicketTransferred("v-1", "t-1", "IMI-A-001", "imigrasi",
                        "paspor-baru", "IMI-1", "t-2", "IMI-B-001", "imigrasi", "penggantian-paspor", "kota-jambi",
                        null, "officer", null, java.time.Instant.now(), java.time.Instant.now(), null, null));
        assertThat(adapter().requestsFor(withinImmigration)).isEmpty();
    }

    @Test
    void theServicesThatArePassportsAreASetting() {
        SimkimAdapter adapter = new SimkimAdapter();
        adapter.start(new AdapterContext(Map.of("url", standIns.simkimUrl(), "user", "u", "password", "p",
                "office", "KANIM BATAM", "callback-secret", "s", "passport-services", "paspor-elektronik"),
                Clock.systemUTC(), Duration.ofSeconds(2)));

        assertThat(adapter.requestsFor(completed("v", "t", "imigrasi", "paspor-baru", "SERVED"))).isEmpty();
        assertThat(onlyRequest(adapter, completed("v", "t", "imigrasi", "paspor-elektronik", "SERVED")).payload())
                .containsEntry("kantor", "KANIM BATAM").containsEntry("jenisLayanan", "PASPOR_BARU")
                .doesNotContainKey("callbackUrl");
    }

    @Test
    void aBookingCheckInWithoutASimkimApplicationReportsNoArrival() {
        assertThat(adapter().requestsFor(checkedIn("BK-7KQ2MXPA"))).isEmpty();
        assertThat(adapter().requestsFor(checkedIn(null))).isEmpty();
    }

    @Test
    void aCheckInBookedForAnApplicationSimkimHasReportsTheArrivalOnce() throws Exception {
        SimkimAdapter adapter = adapter();
        String number = createApplication(adapter, UUID.randomUUID().toString());
        AgencyRequest request = onlyRequest(adapter, checkedIn(number));
        assertThat(request.operation()).isEqualTo(SimkimAdapter.REPORT_ARRIVAL);
        assertThat(request.payload()).containsEntry("applicationNumber", number);

        AgencyReply reply = adapter.send(request);
        adapter.send(request);

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        AgencyCheckCompleted checked = event(reply, AgencyCheckCompleted.class);
        assertThat(checked.operation()).isEqualTo(SimkimAdapter.REPORT_ARRIVAL);
        assertThat(checked.visitId()).isEqualTo("visit-9");
        assertThat(checked.outcome()).isEqualTo("DONE");
        assertThat(checked.attributes()).containsEntry("applicationNumber", number);
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry(SimkimHandler.ARRIVALS_RECORDED, 1L);
    }

    @Test
    void anArrivalForAnApplicationSimkimDoesNotKnowIsRefused() throws Exception {
        SimkimAdapter adapter = adapter();
        AgencyReply reply = adapter.send(onlyRequest(adapter, checkedIn("PMH-20261123-999999")));

        assertThat(reply.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reply.code()).isEqualTo("44");
        assertThat(event(reply, AgencyCheckCompleted.class).outcome()).isEqualTo("REFUSED");
    }

    @Test
    void aWrongPasswordGoesStraightToTheAdminAndTheProbeSaysSo() throws Exception {
        SimkimAdapter adapter = adapter("wrong");

        assertThat(adapter.send(onlyRequest(adapter, served("v", "t"))).outcome()).isEqualTo(Outcome.GIVE_UP);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.DOWN);
    }

    @Test
    void anApplicationSimkimFindsMalformedGoesStraightToTheAdmin() throws Exception {
        AgencyRequest wrong = new AgencyRequest(SimkimAdapter.CREATE_APPLICATION, "simkim:v:0123456789abcdef", "v",
                "kota-jambi", "test", Map.of("kantor", "KANIM JAMBI", "jenisLayanan", "PASPOR_LAMA"));

        AgencyReply reply = adapter().send(wrong);

        assertThat(reply.outcome()).isEqualTo(Outcome.GIVE_UP);
        assertThat(reply.code()).isEqualTo("40");
    }

    @Test
    void serverErrorsCutOffAnswersAndADownSystemAreFailuresToRetry() {
        SimkimAdapter adapter = adapter();
        AgencyRequest request = onlyRequest(adapter, served("visit-3", "ticket-3"));

        standIns.setFaults(StandIns.SIMKIM, Faults.Settings.NONE.withErrorRate(1.0, 503));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class).hasMessageContaining("503");
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.DOWN);

        standIns.setFaults(StandIns.SIMKIM, Faults.Settings.NONE.withMalformedRate(1.0));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class);

        standIns.setFaults(StandIns.SIMKIM, Faults.Settings.NONE.withDown(true));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.DOWN);

        standIns.setFaults(StandIns.SIMKIM, Faults.Settings.NONE);
        assertThat(adapter.probe().status()).isEqualTo(AdapterHealth.Status.UP);
    }

    @Test
    void aCutOffAnswerRetriedWithItsKeyEndsWithTheApplicationSimkimAlreadyMade() throws Exception {
        SimkimAdapter adapter = adapter();
        AgencyRequest request = onlyRequest(adapter, served("visit-4", "ticket-4"));

        standIns.setFaults(StandIns.SIMKIM, Faults.Settings.NONE.withMalformedRate(1.0));
        assertThatThrownBy(() -> adapter.send(request)).isInstanceOf(IOException.class);
        standIns.setFaults(StandIns.SIMKIM, Faults.Settings.NONE);

        assertThat(adapter.send(request).outcome()).isEqualTo(Outcome.DONE);
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry(SimkimHandler.APPLICATIONS_CREATED, 1L)
                .containsEntry(SimkimHandler.DUPLICATES_AVOIDED, 1L);
    }

    @Test
    void simkimsSignedCallbackThatThePassportIsReadyBecomesAnEventOfTheVisit() throws Exception {
        SimkimAdapter adapter = adapter();
        String visitId = UUID.randomUUID().toString();
        String number = createApplication(adapter, visitId);

        changeStatus(number, "DIPROSES");
        CallbackReceiver.Received processing = receiver.next();
        changeStatus(number, "SIAP_DIAMBIL");
        CallbackReceiver.Received ready = receiver.next();

        assertThat(processing.reply().accepted()).isTrue();
        assertThat(((AgencyApplicationStatusChanged) processing.reply().events().get(0)).ready()).isFalse();
        InboundReply reply = ready.reply();
        assertThat(reply.accepted()).isTrue();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("<kode>00</kode>");
        assertThat(reply.subjectId()).isEqualTo(number);
        assertThat(reply.operation()).isEqualTo(SimkimAdapter.STATUS_CALLBACK);
        AgencyApplicationStatusChanged changed = (AgencyApplicationStatusChanged) reply.events().get(0);
        assertThat(changed.visitId()).isEqualTo(visitId);
        assertThat(changed.applicationNumber()).isEqualTo(number);
        assertThat(changed.status()).isEqualTo("SIAP_DIAMBIL");
        assertThat(changed.ready()).isTrue();
        assertThat(changed.mppCode()).isEqualTo("kota-jambi");
        assertThat(changed.changedAt()).isNotNull();
    }

    @Test
    void aTamperedOrUnsignedCallbackIsRefusedAndASignedOneThatIsNoXmlIsMalformed() throws Exception {
        SimkimAdapter adapter = adapter();
        String number = createApplication(adapter, UUID.randomUUID().toString());
        changeStatus(number, "SIAP_DIAMBIL");
        InboundCall genuine = receiver.next().call();
        String body = new String(genuine.body(), StandardCharsets.UTF_8);

        InboundCall tampered = new InboundCall(genuine.headers(),
                body.replace("SIAP_DIAMBIL", "DITOLAK").getBytes(StandardCharsets.UTF_8), null);
        InboundCall unsigned = new InboundCall(Map.of(), genuine.body(), null);
        byte[] notXml = "<statusPermohonan><noPermohonan>".getBytes(StandardCharsets.UTF_8);
        InboundCall malformed = new InboundCall(Map.of("x-simkim-signature", List.of(sign(notXml))), notXml, null);

        assertThat(adapter.receive(tampered).status()).isEqualTo(401);
        assertThat(adapter.receive(tampered).events()).isEmpty();
        assertThat(adapter.receive(unsigned).status()).isEqualTo(401);
        assertThat(adapter.receive(malformed).status()).isEqualTo(400);
        assertThat(adapter.receive(genuine).accepted()).isTrue();
    }

    @Test
    void aCallbackForAnApplicationTheGatewayDidNotMakeHasNoVisit() {
        byte[] body = ("<statusPermohonan><noPermohonan>PMH-20261123-000077</noPermohonan><noReferensi>VISIT-1"
                + "</noReferensi><status>DIPROSES</status><waktu>2026-11-23T09:45:00+07:00</waktu></statusPermohonan>")
                .getBytes(StandardCharsets.UTF_8);

        InboundReply reply = adapter().receive(new InboundCall(Map.of("x-simkim-signature", List.of(sign(body))),
                body, null));

        AgencyApplicationStatusChanged changed = (AgencyApplicationStatusChanged) reply.events().get(0);
        assertThat(changed.visitId()).isNull();
        assertThat(changed.aggregateId()).isEqualTo("PMH-20261123-000077");
        assertThat(changed.changedAt()).isEqualTo(Instant.parse("2026-11-23T02:45:00Z"));
    }

    private static String sign(byte[] body) {
        return id.go.mpp.sinergi.adapter.spi.HmacSignatures.header("simkim-callback-dev", body);
    }

    private static void changeStatus(String number, String status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(standIns.controlUrl() + "/control/simkim/applications/" + number + "/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
