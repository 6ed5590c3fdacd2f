package id.go.mpp.sinergi.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimkimTests {

    static final String AUTH = Client.basic("sinergi", "sinergi-dev");

    StandIns standIns;
    CallbackReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new CallbackReceiver();
        standIns = StandIns.start(StandInsConfig.builder()
                .simkimProcessingDelay(Duration.ZERO).simkimReadyDelay(Duration.ZERO) // moved by the tests
                .callbackAttempts(3).callbackBackoff(Duration.ofMillis(20)).build());
    }

    @AfterEach
    void stop() {
        standIns.close();
        receiver.close();
    }

    String ws(String path) {
        return standIns.simkimUrl() + "/simkim/ws" + path;
    }

    static String permohonan(String ref, String callbackUrl) {
        return "<permohonan><noReferensi>" + ref + "</noReferensi><kantor>KANIM KELAS I KHUSUS BATAM</kantor>"
                + "<jenisLayanan>PASPOR_BARU</jenisLayanan><namaPemohon>DEWI LESTARI</namaPemohon>"
                + "<tanggalLahir>1992-02-14</tanggalLahir>"
                + (callbackUrl == null ? "" : "<callbackUrl>" + callbackUrl + "</callbackUrl>") + "</permohonan>";
    }

    Client.Answer create(String xml) throws Exception {
        return Client.post(ws("/permohonan"), xml, "Content-Type", "application/xml", "Authorization", AUTH);
    }

    static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void anApplicationIsAcceptedWithItsNumber() throws Exception {
        Client.Answer a = create(permohonan("VISIT-1-STEP-2", null));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("application/xml");
        assertThat(tag(a.body(), "kode")).isEqualTo("00");
        assertThat(tag(a.body(), "status")).isEqualTo("DITERIMA");
        String no = tag(a.body(), "noPermohonan");
        assertThat(no).matches("PMH-\\d{8}-\\d{6}");

        Client.Answer status = Client.get(ws("/permohonan/" + no), "Authorization", AUTH);
        assertThat(status.status()).isEqualTo(200);
        assertThat(tag(status.body(), "noReferensi")).isEqualTo("VISIT-1-STEP-2");
        assertThat(tag(status.body(), "status")).isEqualTo("DITERIMA");
        assertThat(tag(status.body(), "jenisLayanan")).isEqualTo("PASPOR_BARU");
    }

    @Test
    void theSameReferenceAgainGivesTheSameApplication() throws Exception {
        String first = tag(create(permohonan("REF-42", null)).body(), "noPermohonan");
        Client.Answer again = create(permohonan("REF-42", null));
        String other = tag(create(permohonan("REF-43", null)).body(), "noPermohonan");

        assertThat(again.status()).isEqualTo(200);
        assertThat(tag(again.body(), "kode")).isEqualTo("00");
        assertThat(tag(again.body(), "noPermohonan")).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(standIns.stats(StandIns.SIMKIM))
                .containsEntry("applicationsCreated", 2L).containsEntry("duplicatesAvoided", 1L);
    }

    @Test
    void malformedOrIncompleteApplicationsAreRefusedWithKode40() throws Exception {
        for (String bad : new String[] {"<permohonan><noReferensi>x</noReferensi>", "not xml",
                permohonan("R", null).replace("<kantor>KANIM KELAS I KHUSUS BATAM</kantor>", ""),
                permohonan("R", null).replace("PASPOR_BARU", "VISA"),
                permohonan("R", null).replace("1992-02-14", "14-02-1992"),
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + permohonan("&e;", null)}) {
            Client.Answer a = create(bad);
            assertThat(a.status()).as(bad).isEqualTo(400);
            assertThat(tag(a.body(), "kode")).isEqualTo("40");
            assertThat(tag(a.body(), "pesan")).isNotBlank();
        }
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry("applicationsCreated", 0L);
    }

    @Test
    void basicAuthIsRequired() throws Exception {
        Client.Answer none = Client.post(ws("/permohonan"), permohonan("R1", null), "Content-Type", "application/xml");
        Client.Answer wrong = Client.post(ws("/permohonan"), permohonan("R1", null), "Content-Type", "application/xml",
                "Authorization", Client.basic("sinergi", "salah"));
        for (Client.Answer a : new Client.Answer[] {none, wrong}) {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(tag(a.body(), "kode")).isEqualTo("41");
        }
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry("applicationsCreated", 0L);
    }

    @Test
    void theApplicantsArrivalIsRecorded() throws Exception {
        String no = tag(create(permohonan("R-ARR", null)).body(), "noPermohonan");

        Client.Answer a = Client.post(ws("/kedatangan"), "<kedatangan><noPermohonan>" + no
                + "</noPermohonan><waktu>2026-11-23T09:15:00+07:00</waktu></kedatangan>",
                "Content-Type", "application/xml", "Authorization", AUTH);

        assertThat(a.status()).isEqualTo(200);
        assertThat(tag(a.body(), "kode")).isEqualTo("00");
        assertThat(tag(a.body(), "waktuKedatangan")).isEqualTo("2026-11-23T09:15:00+07:00");
        assertThat(tag(Client.get(ws("/permohonan/" + no), "Authorization", AUTH).body(), "waktuKedatangan"))
                .isEqualTo("2026-11-23T09:15:00+07:00");

        Client.Answer unknown = Client.post(ws("/kedatangan"),
                "<kedatangan><noPermohonan>PMH-20000101-999999</noPermohonan><waktu>2026-11-23T09:15:00+07:00</waktu>"
                        + "</kedatangan>", "Content-Type", "application/xml", "Authorization", AUTH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(tag(unknown.body(), "kode")).isEqualTo("44");
        assertThat(Client.get(ws("/permohonan/PMH-20000101-999999"), "Authorization", AUTH).status()).isEqualTo(404);
    }

    @Test
    void applicationsMoveOnByThemselvesAndSimkimCallsBackSigned() throws Exception {
        try (StandIns timed = StandIns.start(StandInsConfig.builder().simkimProcessingDelay(Duration.ofMillis(50))
                .simkimReadyDelay(Duration.ofMillis(50)).simkimCallbackSecret("s3cret").build())) {
            Client.Answer a = Client.post(timed.simkimUrl() + "/simkim/ws/permohonan",
                    permohonan("R-CB", receiver.url("/agency-callbacks/simkim")),
                    "Content-Type", "application/xml", "Authorization", AUTH);
            String no = tag(a.body(), "noPermohonan");

            CallbackReceiver.Received one = receiver.next();
            CallbackReceiver.Received two = receiver.next();
            // both were sent in this order; on a loaded machine they may arrive in the other
            boolean inOrder = "DIPROSES".equals(tag(one.body(), "status"));
            CallbackReceiver.Received processing = inOrder ? one : two;
            CallbackReceiver.Received ready = inOrder ? two : one;

            assertThat(tag(processing.body(), "status")).isEqualTo("DIPROSES");
            assertThat(ready.path()).isEqualTo("/agency-callbacks/simkim");
            assertThat(ready.headers().get("Content-Type")).startsWith("application/xml");
            assertThat(ready.body()).contains("<statusPermohonan>");
            assertThat(tag(ready.body(), "noPermohonan")).isEqualTo(no);
            assertThat(tag(ready.body(), "noReferensi")).isEqualTo("R-CB");
            assertThat(tag(ready.body(), "status")).isEqualTo("SIAP_DIAMBIL");
            assertThat(tag(ready.body(), "waktu")).isNotBlank();
            assertThat(ready.headers().get("X-Simkim-Signature"))
                    .isEqualTo(Callbacks.sign("s3cret", ready.body().getBytes(StandardCharsets.UTF_8)))
                    .matches("sha256=[0-9a-f]{64}");
            assertThat(tag(Client.get(timed.simkimUrl() + "/simkim/ws/permohonan/" + no, "Authorization", AUTH)
                    .body(), "status")).isEqualTo("SIAP_DIAMBIL");
            awaitStat(timed, "callbacksSent", 2);
        }
    }

    @Test
    void aControlCallChangesTheStatusNowAndFailedCallbacksAreRetried() throws Exception {
        String no = tag(create(permohonan("R-CTL", receiver.url("/cb"))).body(), "noPermohonan");
        receiver.failFirst(2);

        Client.Answer c = Client.post(standIns.controlUrl() + "/control/simkim/applications/" + no + "/status",
                "{\"status\":\"SIAP_DIAMBIL\"}");

        assertThat(c.status()).isEqualTo(200);
        assertThat(c.json().get("status").asText()).isEqualTo("SIAP_DIAMBIL");
        assertThat(receiver.next().answeredWith()).isEqualTo(500);
        assertThat(receiver.next().answeredWith()).isEqualTo(500);
        CallbackReceiver.Received third = receiver.next();
        assertThat(third.answeredWith()).isEqualTo(204);
        assertThat(tag(third.body(), "status")).isEqualTo("SIAP_DIAMBIL");
        awaitStat(standIns, "callbacksSent", 1);
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry("callbackAttemptsFailed", 2L)
                .containsEntry("callbacksFailed", 0L);

        assertThat(Client.post(standIns.controlUrl() + "/control/simkim/applications/PMH-0/status",
                "{\"status\":\"SIAP_DIAMBIL\"}").status()).isEqualTo(404);
        assertThat(Client.post(standIns.controlUrl() + "/control/simkim/applications/" + no + "/status",
                "{\"status\":\"HILANG\"}").status()).isEqualTo(400);
    }

    @Test
    void aCallbackThatKeepsFailingIsGivenUpAfterTheConfiguredAttempts() throws Exception {
        String no = tag(create(permohonan("R-FAIL", receiver.url("/cb"))).body(), "noPermohonan");
        receiver.failFirst(100);

        standIns.simkim().changeStatus(no, id.go.mpp.sinergi.standins.simkim.SimkimHandler.Status.DITOLAK);

        for (int i = 0; i < 3; i++) {
            assertThat(receiver.next().answeredWith()).isEqualTo(500);
        }
        awaitStat(standIns, "callbacksFailed", 1);
        assertThat(receiver.poll(200)).as("no fourth attempt").isNull();
        assertThat(standIns.stats(StandIns.SIMKIM)).containsEntry("callbacksSent", 0L);
    }

    static void awaitStat(StandIns s, String key, long value) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        while (s.stats(StandIns.SIMKIM).get(key) < value && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertThat(s.stats(StandIns.SIMKIM)).containsEntry(key, value);
    }
}
