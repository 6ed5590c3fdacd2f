package id.go.mpp.sinergi.standins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.standins.dukcapil.Population;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DukcapilTests {

    static final String BUDI = "1571011708850001";
    static final String SITI = "1571054503900054";
    static final String ANDI_MOVED = "1571032904870155";
    static final String SUPARMI_DECEASED = "3510145010450208";

    /** 2026-11-23 23:59:30 WIB. */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T16:59:30Z"));
    static final List<String> LOG = new CopyOnWriteArrayList<>();
    static StandIns standIns;
    static String url;

    @BeforeAll
    static void start() {
        standIns = StandIns.start(config().requestLog(LOG::add).build());
        url = pathOf(standIns);
    }

    @AfterAll
    static void stop() {
        standIns.close();
    }

    @BeforeEach
    void fresh() {
        standIns.reset(true);
        CLOCK.set(Instant.parse("2026-11-23T16:59:30Z"));
        LOG.clear();
    }

    static StandInsConfig.Builder config() {
        return StandInsConfig.builder().clock(CLOCK).dukcapilAllowedIps(Set.of("10.20.30.40", "127.0.0.1"));
    }

    static String pathOf(StandIns s) {
        return s.dukcapilUrl() + "/dukcapil/api/v1/verifikasi-elemen";
    }

    static ObjectNode request(String nik) {
        ObjectNode r = Client.JSON.createObjectNode();
        r.put("user_id", "sinergi");
        r.put("password", "sinergi-dev");
        r.put("ip_user", "10.20.30.40");
        r.put("TRESHOLD", 90);
        r.put("NIK", nik);
        return r;
    }

    static JsonNode verify(ObjectNode body) throws Exception {
        return verify(url, body);
    }

    static JsonNode verify(String at, ObjectNode body) throws Exception {
        Client.Answer a = Client.post(at, body.toString(), "Content-Type", "application/json");
        assertThat(a.status()).as("Dukcapil answers failures with HTTP 200 too").isEqualTo(200);
        return a.json();
    }

    static JsonNode content(ObjectNode body) throws Exception {
        return content(url, body);
    }

    static JsonNode content(String at, ObjectNode body) throws Exception {
        JsonNode answer = verify(at, body);
        assertThat(answer.get("content")).hasSize(1);
        return answer.get("content").get(0);
    }

    @Test
    void elementsThatMatchAreSesuaiWithScoresForFuzzyOnes() throws Exception {
        ObjectNode r = request(BUDI);
        r.put("NAMA_LGKP", "budi  santoso");
        r.put("TMPT_LHR", "JAMBI");
        r.put("TGL_LHR", "17-08-1985");
        r.put("JENIS_KLMIN", "LAKI-LAKI");
        r.put("ALAMAT", "JL KAPTEN PATIMURA 12");
        r.put("NO_RT", "3");
        r.put("NO_RW", "002");
        r.put("KEL_NAME", "SIMPANG 3 SIPIN");
        r.put("KEC_NAME", "KOTA BARU");
        r.put("KAB_NAME", "KOTA JAMBI");
        r.put("PROP_NAME", "JAMBI");

        JsonNode answer = verify(r);

        assertThat(answer.get("lastPage").asBoolean()).isTrue();
        assertThat(answer.get("numberOfElements").asInt()).isEqualTo(1);
        assertThat(answer.get("totalElements").asInt()).isEqualTo(1);
        assertThat(answer.get("firstPage").asBoolean()).isTrue();
        assertThat(answer.get("number").asInt()).isZero();
        assertThat(answer.get("size").asInt()).isEqualTo(1);
        assertThat(answer.has("sort")).isTrue();
        JsonNode c = answer.get("content").get(0);
        assertThat(c.get("NIK").asText()).isEqualTo("Sesuai");
        assertThat(c.get("NAMA_LGKP").asText()).isEqualTo("Sesuai (100)");
        assertThat(c.get("TMPT_LHR").asText()).isEqualTo("Sesuai (100)");
        assertThat(c.get("TGL_LHR").asText()).isEqualTo("Sesuai");
        assertThat(c.get("JENIS_KLMIN").asText()).isEqualTo("Sesuai");
        assertThat(c.get("ALAMAT").asText()).isEqualTo("Sesuai (97)");
        assertThat(c.get("NO_RT").asText()).isEqualTo("Sesuai");
        assertThat(c.get("NO_RW").asText()).isEqualTo("Sesuai");
        assertThat(c.get("KEL_NAME").asText()).isEqualTo("Sesuai (92)");
        assertThat(c.get("KEC_NAME").asText()).isEqualTo("Sesuai (100)");
        assertThat(c.get("KAB_NAME").asText()).isEqualTo("Sesuai (100)");
        assertThat(c.get("PROP_NAME").asText()).isEqualTo("Sesuai (100)");
        assertThat(c.toString()).as("never the data itself").doesNotContain("SANTOSO", "PATTIMURA", "1985");
        assertThat(standIns.stats(StandIns.DUKCAPIL)).containsEntry("verificationsAnswered", 1L);
    }

    @Test
    void elementsThatDoNotMatchAreTidakSesuaiAndOnlyElementsSentAreAnswered() throws Exception {
        ObjectNode r = request(BUDI);
        r.put("NAMA_LGKP", "BUDI SANTOSA");
        r.put("TMPT_LHR", "PALEMBANG");
        r.put("TGL_LHR", "18-08-1985");
        r.put("JENIS_KLMIN", "PEREMPUAN");

        JsonNode c = content(r);

        assertThat(c.get("NAMA_LGKP").asText()).isEqualTo("Sesuai (97)");
        assertThat(c.get("TMPT_LHR").asText()).isEqualTo("Tidak Sesuai (64)");
        assertThat(c.get("TGL_LHR").asText()).isEqualTo("Tidak Sesuai");
        assertThat(c.get("JENIS_KLMIN").asText()).isEqualTo("Tidak Sesuai");
        assertThat(c.fieldNames()).toIterable()
                .containsExactly("NIK", "NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN");
    }

    @Test
    void theThresholdDecidesFuzzyElements() throws Exception {
        ObjectNode r = request(BUDI);
        r.put("NAMA_LGKP", "BUDI SANTOSA");
        r.put("TRESHOLD", "98");
        assertThat(content(r).get("NAMA_LGKP").asText()).isEqualTo("Tidak Sesuai (97)");
        r.put("TRESHOLD", 97);
        assertThat(content(r).get("NAMA_LGKP").asText()).isEqualTo("Sesuai (97)");
    }

    @Test
    void everyFailureHasItsResponseCode() throws Exception {
        assertCode(request(BUDI).put("password", "salah"), "01");
        assertCode(request(BUDI).put("user_id", "lain"), "01");
        assertCode(request(BUDI).put("ip_user", "192.0.2.9"), "02");
        assertCode((ObjectNode) request(BUDI).without("ip_user"), "02");
        assertCode(request(BUDI).put("TRESHOLD", 120), "03");
        assertCode(request("157101170885"), "11");
        assertCode(request("15710117088500AB"), "11");
        assertCode(request("1571011708850999"), "13");
        assertCode(request(ANDI_MOVED).put("NAMA_LGKP", "ANDI SAPUTRA"), "14");
        assertCode(request(SUPARMI_DECEASED).put("NAMA_LGKP", "SUPARMI"), "15");

        Client.Answer notJson = Client.post(url, "NIK=1571011708850001", "Content-Type", "text/plain");
        assertThat(notJson.status()).isEqualTo(200);
        assertThat(notJson.json().get("content").get(0).get("RESPONSE_CODE").asText()).isEqualTo("03");
    }

    static void assertCode(ObjectNode body, String code) throws Exception {
        assertCode(url, body, code);
    }

    static void assertCode(String at, ObjectNode body, String code) throws Exception {
        JsonNode c = content(at, body);
        assertThat(c.get("RESPONSE_CODE").asText()).as(body.toString()).isEqualTo(code);
        assertThat(c.get("RESPONSE").asText()).isNotBlank();
        assertThat(c.has("NIK")).isFalse();
    }

    @Test
    void theDailyQuotaRunsOutAndComesBackAtMidnightWib() throws Exception {
        try (StandIns small = StandIns.start(config().dukcapilDailyQuota(3).build())) {
            String at = pathOf(small);
            assertThat(content(at, request(SITI)).get("NIK").asText()).isEqualTo("Sesuai");
            assertCode(at, request("1571011708850999"), "13"); // every authenticated call counts
            assertThat(content(at, request(SITI)).get("NIK").asText()).isEqualTo("Sesuai");
            assertCode(at, request(SITI), "05");
            assertCode(at, request(SITI), "05");
            assertThat(small.stats(StandIns.DUKCAPIL)).containsEntry("quotaExhausted", 2L);

            CLOCK.advance(Duration.ofSeconds(29)); // 23:59:59 WIB: still the same day
            assertCode(at, request(SITI), "05");

            CLOCK.advance(Duration.ofSeconds(2)); // 00:00:01 WIB the next day (17:00:01 UTC)
            assertThat(content(at, request(SITI)).get("NIK").asText()).isEqualTo("Sesuai");
        }
    }

    @Test
    void refusedCredentialsAndIpsDoNotUseTheQuota() throws Exception {
        try (StandIns small = StandIns.start(config().dukcapilDailyQuota(1).build())) {
            String at = pathOf(small);
            for (int i = 0; i < 5; i++) {
                assertCode(at, request(SITI).put("ip_user", "192.0.2.9"), "02");
                assertCode(at, request(SITI).put("password", "x"), "01");
            }
            assertThat(content(at, request(SITI)).get("NIK").asText()).isEqualTo("Sesuai");
            assertCode(at, request(SITI), "05");
        }
    }

    @Test
    void theLogShowsOnlyTheFirstFourDigitsOfANik() throws Exception {
        content(request(BUDI).put("NAMA_LGKP", "BUDI SANTOSO"));
        assertCode(request(SUPARMI_DECEASED), "15");
        // a request's line is written once its answer is sent: the client may read the answer first
        awaitLogged("nik=1571************");
        awaitLogged("nik=3510************");
        assertThat(LOG).noneSatisfy(line -> assertThat(line).containsAnyOf(BUDI, SUPARMI_DECEASED, "SANTOSO"));
    }

    private static void awaitLogged(String text) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (LOG.stream().noneMatch(line -> line.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(LOG).anySatisfy(line -> assertThat(line).contains(text));
    }

    @Test
    void theSeededPopulationHasConsistentNiks() {
        List<Population.Person> people = List.copyOf(standIns.dukcapil().population().all());
        assertThat(people).hasSizeGreaterThanOrEqualTo(20);
        assertThat(people).extracting(Population.Person::status)
                .contains(Population.Status.TIDAK_AKTIF, Population.Status.MENINGGAL);
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        for (Population.Person p : people) {
            String nik = p.nik();
            assertThat(nik).matches("\\d{16}");
            assertThat(nik.substring(0, 2)).isIn("15", "21", "32", "35");
            assertThat(nik.substring(12)).isNotEqualTo("0000");
            LocalDate born = LocalDate.parse(p.elements().get("TGL_LHR"), dmy);
            int day = born.getDayOfMonth() + (p.elements().get("JENIS_KLMIN").equals("PEREMPUAN") ? 40 : 0);
            assertThat(nik.substring(6, 12)).as(nik)
                    .isEqualTo(String.format("%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100));
        }
        assertThat(people).extracting(Population.Person::nik).doesNotHaveDuplicates();
    }
}
