package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLog;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageChain;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import id.go.mpp.sinergi.gateway.store.messagelog.MessageLogChain;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EmbeddedPostgresServer;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The message log: entries appended in the transaction of an exchange are masked and sealed into the hash chain;
 * verification finds a changed, deleted or newest-deleted entry (tampered as the database superuser with triggers
 * off, as an attacker with table rights would), and no rolled-back append; the MPP admin searches the MPP's entries,
 * an agency reads only its own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
class MessageLogResourceTests {

    private static final String LOG = "/api/v1/message-log";
    private static final String NIK = "3171014508900003";
    private static final String PHONE = "0812-3456-7890";

    @Inject
    MessageLog messageLog;

    @Test
    void anEntryAppendedInATransactionIsSealedAndTheLogVerifies() {
        String subject = subject();
        append(record(Direction.OUT, "dukcapil", subject, "verify-elements"));

        List<Long> seqs = sealedSeqs(subject, 1);

        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).when().get(LOG + "/" + seqs.get(0))
                .then().statusCode(200)
                .body("seq", equalTo(seqs.get(0).intValue()))
                .body("direction", equalTo("OUT"))
                .body("agencyCode", equalTo("dukcapil"))
                .body("operation", equalTo("verify-elements"))
                .body("sealed", equalTo(true));
        JsonPath verdict = verify();
        assertThat(verdict.getBoolean("ok")).as(verdict.prettify()).isTrue();
        assertThat(verdict.getLong("checked")).isPositive();
        assertThat(verdict.getLong("sealedUpTo")).isGreaterThanOrEqualTo(seqs.get(0));
        assertThat(verdict.<Object>get("firstBroken")).isNull();
    }

    @Test
    void nikPhoneAndEmailAreStoredMaskedAndThePayloadOnlyAsItsHash() throws SQLException {
        String subject = subject();
        String payload = "{\"NIK\": \"" + NIK + "\", \"NAMA_LGKP\": \"BUDI SANTOSO\"}";
        append(new MessageLogRecord(Direction.OUT, "kota-jambi", "dukcapil", "agency-dukcapil",
                "verifikasi NIK " + NIK + " untuk kunjungan", "verify-elements", subject, "MATCHED", payload,
                Map.of("nik", NIK, "phone", PHONE, "contact", "budi.santoso@example.com atau " + PHONE)));
        long seq = sealedSeqs(subject, 1).get(0);

        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).when().get(LOG + "/" + seq)
                .then().statusCode(200)
                .body("purpose", equalTo("verifikasi NIK " + Masking.nik(NIK) + " untuk kunjungan"))
                .body("details.nik", equalTo(Masking.nik(NIK)))
                .body("details.phone", equalTo(Masking.phone(PHONE)))
                .body("details.contact", equalTo("***@*** atau " + Masking.phone(PHONE)))
                .body("payloadSha256", equalTo(MessageChain.sha256Of(payload)));
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet row = s.executeQuery("select row_to_json(m)::text from message_log m where seq = " + seq)) {
            row.next();
            String stored = row.getString(1);
            assertThat(stored).doesNotContain(NIK, "081234567890", "3456-7890", "budi.santoso", "BUDI");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws SQLException {
        String subject = subject();
        append(record(Direction.IN, "imigrasi", subject, "passport-status"));
        long seq = sealedSeqs(subject, 1).get(0);

        try (Connection db = database(); Statement s = db.createStatement()) {
            assertThatThrownBy(() -> s.execute("update message_log set purpose = 'x' where seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from message_log where seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("update message_log set entry_hash = repeat('0', 64) where seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from message_log_head"))
                    .hasMessageContaining("forward");
        }
    }

    @Test
    void aChangedEntryIsReportedAtItsSeq() throws SQLException {
        String subject = subject();
        append(record(Direction.OUT, "dukcapil", subject, "verify-elements"),
                record(Direction.OUT, "dukcapil", subject, "verify-elements"),
                record(Direction.OUT, "dukcapil", subject, "verify-elements"));
        long middle = sealedSeqs(subject, 3).get(1);

        try (Connection paused = pauseTheSealer()) {
            asAttacker("update message_log set purpose = 'diubah' where seq = " + middle);
            try {
                JsonPath verdict = verify();
                assertThat(verdict.getBoolean("ok")).isFalse();
                assertThat(verdict.getLong("firstBroken.seq")).isEqualTo(middle);
                assertThat(verdict.getString("firstBroken.reason")).isEqualTo("changed");
            } finally {
                asAttacker("update message_log set purpose = 'pemeriksaan identitas untuk kunjungan' where seq = " + middle);
            }
            assertThat(verify().getBoolean("ok")).isTrue();
        }
    }

    @Test
    void aDeletedMiddleEntryIsReportedMissing() throws SQLException {
        String subject = subject();
        append(record(Direction.OUT, "dukcapil", subject, "verify-elements"),
                record(Direction.OUT, "dukcapil", subject, "verify-elements"),
                record(Direction.OUT, "dukcapil", subject, "verify-elements"));
        List<Long> seqs = sealedSeqs(subject, 3);
        long middle = seqs.get(1);

        try (Connection paused = pauseTheSealer()) {
            String deleted = deleteAsAttacker(middle);
            try {
                JsonPath verdict = verify();
                assertThat(verdict.getBoolean("ok")).isFalse();
                assertThat(verdict.getString("firstBroken.reason")).isEqualTo("missing");
                // The break shows at the entry sealed after the deleted one: the next of ours, or one appended between.
                assertThat(verdict.getLong("firstBroken.seq")).isGreaterThan(middle).isLessThanOrEqualTo(seqs.get(2));
            } finally {
                restoreAsAttacker(deleted);
            }
            assertThat(verify().getBoolean("ok")).isTrue();
        }
    }

    @Test
    void deletingTheNewestEntryIsReportedThroughTheHead() throws SQLException {
        String subject = subject();
        append(record(Direction.READ, "imigrasi", subject, "identity-verification.read"));
        sealedSeqs(subject, 1);

        try (Connection paused = pauseTheSealer()) {
            long newest = head();
            String deleted = deleteAsAttacker(newest);
            try {
                JsonPath verdict = verify();
                assertThat(verdict.getBoolean("ok")).isFalse();
                assertThat(verdict.getLong("firstBroken.seq")).isEqualTo(newest);
                assertThat(verdict.getString("firstBroken.reason")).isEqualTo("missing");
                assertThat(verdict.getLong("sealedUpTo")).isEqualTo(newest);
            } finally {
                restoreAsAttacker(deleted);
            }
            assertThat(verify().getBoolean("ok")).isTrue();
        }
    }

    @Test
    void aRolledBackAppendLeavesNoEntryAndNoFalseAlarm() {
        String subject = subject();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                messageLog.append(record(Direction.OUT, "dukcapil", subject, "verify-elements"))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the exchange failed"))))))
                .hasMessageContaining("the exchange failed");
        String after = subject();
        append(record(Direction.OUT, "dukcapil", after, "verify-elements"));
        sealedSeqs(after, 1);

        search(DemoUsers.MPP_ADMIN.token(), "subject=" + subject).then().statusCode(200).body("items", hasSize(0));
        JsonPath verdict = verify();
        assertThat(verdict.getBoolean("ok")).as(verdict.prettify()).isTrue();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                messageLog.append(record(Direction.OUT, "dukcapil", subject(), "verify-elements")))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAgencySeesOnlyTheEntriesOfItsOwnExchanges() {
        String subject = subject();
        append(record(Direction.OUT, "imigrasi", subject, "passport-application"),
                record(Direction.OUT, "dukcapil", subject, "verify-elements"));
        List<Long> seqs = sealedSeqs(subject, 2);
        long imigrasi = seqs.get(0);
        long dukcapil = seqs.get(1);
        String simkim = KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret");
        String otherMppAdmin = KeycloakServer.shared().userTokens("admin-batam-" + UUID.randomUUID().toString()
                .substring(0, 8), 1, "mpp-admin", Map.of("mpp", "kota-batam")).get(0);

        for (String imigrasiToken : List.of(DemoUsers.IMIGRASI_ADMIN.token(), simkim)) {
            search(imigrasiToken, "subject=" + subject).then().statusCode(200)
                    .body("items.agencyCode", containsInAnyOrder("imigrasi"));
            search(imigrasiToken, "subject=" + subject + "&agency=dukcapil").then().statusCode(200)
                    .body("items", hasSize(0));
            given().auth().oauth2(imigrasiToken).when().get(LOG + "/" + imigrasi).then().statusCode(200);
            given().auth().oauth2(imigrasiToken).header("Accept-Language", "en").when().get(LOG + "/" + dukcapil)
                    .then().spec(problem(404)).body("code", equalTo("message-log-entry-not-found"));
        }
        search(DemoUsers.DUKCAPIL_ADMIN.token(), "subject=" + subject).then().statusCode(200)
                .body("items.seq", containsInAnyOrder((int) dukcapil));
        search(DemoUsers.MPP_ADMIN.token(), "subject=" + subject).then().statusCode(200)
                .body("items.seq", containsInAnyOrder((int) imigrasi, (int) dukcapil));
        search(otherMppAdmin, "subject=" + subject).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(otherMppAdmin).when().get(LOG + "/" + imigrasi).then().spec(problem(404));
    }

    @Test
    void onlyAdminsAndAgencySystemsReadTheLogAndOnlyTheMppAdminVerifiesIt() {
        String simkim = KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret");
        for (DemoUsers user : List.of(DemoUsers.CITIZEN, DemoUsers.IMIGRASI_OFFICER)) {
            search(user.token(), "").then().spec(problem(403));
            given().auth().oauth2(user.token()).when().get(LOG + "/1").then().spec(problem(403));
        }
        for (String token : List.of(DemoUsers.CITIZEN.token(), DemoUsers.IMIGRASI_ADMIN.token(), simkim)) {
            given().auth().oauth2(token).when().post(LOG + "/verify").then().spec(problem(403));
        }
        given().when().get(LOG).then().spec(problem(401));
        given().when().get(LOG + "/1").then().spec(problem(401));
        given().when().post(LOG + "/verify").then().spec(problem(401));
    }

    @Test
    void badFiltersAre400NamingEachField() {
        search(DemoUsers.MPP_ADMIN.token(), "direction=SIDEWAYS&size=500&from=yesterday&agency=Imigrasi!&cursor=abc")
                .then().spec(problem(400))
                .body("code", equalTo("validation"))
                .body("errors.field", containsInAnyOrder("direction", "size", "from", "agency", "cursor"));
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).header("Accept-Language", "en")
                .queryParam("from", "2026-12-06T10:00:00+07:00").queryParam("to", "2026-12-06T09:00:00+07:00")
                .when().get(LOG)
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must be after from"));
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).when().get(LOG + "/not-a-seq").then().spec(problem(404));
    }

    @Test
    void pagesGoNewestFirstWithACursorToTheNext() {
        String subject = subject();
        append(record(Direction.OUT, "dukcapil", subject, "verify-elements"),
                record(Direction.IN, "dukcapil", subject, "verify-elements"),
                record(Direction.READ, "imigrasi", subject, "identity-verification.read"));
        List<Long> seqs = sealedSeqs(subject, 3);

        JsonPath first = search(DemoUsers.MPP_ADMIN.token(), "subject=" + subject + "&size=2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("items.seq", Long.class)).containsExactly(seqs.get(2), seqs.get(1));
        JsonPath second = search(DemoUsers.MPP_ADMIN.token(),
                "subject=" + subject + "&size=2&cursor=" + first.getString("next")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(second.getList("items.seq", Long.class)).containsExactly(seqs.get(0));
        assertThat(second.getString("next")).isNull();
        search(DemoUsers.MPP_ADMIN.token(), "subject=" + subject + "&direction=READ&operation=identity-verification.read"
                + "&from=2020-01-01T00:00:00Z").then().statusCode(200)
                .body("items.seq", containsInAnyOrder(seqs.get(2).intValue()))
                .body("next", nullValue());
    }

    // --- helpers ---

    private static String subject() {
        return "visit-" + UUID.randomUUID();
    }

    private static MessageLogRecord record(Direction direction, String agency, String subject, String operation) {
        return new MessageLogRecord(direction, "kota-jambi", agency, "agency-" + agency,
                "pemeriksaan identitas untuk kunjungan", operation, subject, "OK", "{\"n\": 1}", Map.of("attempts", "1"));
    }

    /** Appends the records in one transaction, as the gateway's use cases do. */
    private void append(MessageLogRecord... records) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom().items(records)
                    .onItem().transformToUniAndConcatenate(messageLog::append).collect().last()));
        } catch (Throwable e) {
            throw new AssertionError("Appending failed", e);
        }
    }

    /** The seqs of the subject's entries, oldest first, once all {@code count} of them are sealed. */
    private static List<Long> sealedSeqs(String subject, int count) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonPath page = search(DemoUsers.MPP_ADMIN.token(), "subject=" + subject).then().statusCode(200)
                    .extract().jsonPath();
            List<Boolean> sealed = page.getList("items.sealed", Boolean.class);
            if (sealed.size() != count || sealed.contains(false)) {
                return null;
            }
            List<Long> seqs = new ArrayList<>(page.getList("items.seq", Long.class));
            Collections.reverse(seqs);
            return seqs;
        }, seqs -> seqs != null);
    }

    private static io.restassured.response.Response search(String token, String query) {
        return given().auth().oauth2(token).when().get(LOG + (query.isEmpty() ? "" : "?" + query));
    }

    private static JsonPath verify() {
        return given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).header("Accept-Language", "en")
                .when().post(LOG + "/verify").then().statusCode(200).extract().jsonPath();
    }

    private static Connection database() throws SQLException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        return DriverManager.getConnection(server.jdbcUrl("gateway"), server.username(), server.password());
    }

    /** Holds the sealer's lock on a connection of its own until it is closed: nothing is sealed meanwhile. */
    private static Connection pauseTheSealer() throws SQLException {
        Connection connection = database();
        try (Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_lock(" + MessageLogChain.SEALER_LOCK + ")");
        }
        return connection;
    }

    private static long head() throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet row = s.executeQuery("select seq from message_log_head")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** As a superuser with triggers off (session_replication_role), the way past the append-only triggers. */
    private static void asAttacker(String sql) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute(sql);
        }
    }

    /** Deletes the entry and answers it as JSON, to put it back after the test. */
    private static String deleteAsAttacker(long seq) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.execute("set session_replication_role = replica");
            try (ResultSet row = s.executeQuery("delete from message_log m where seq = " + seq
                    + " returning row_to_json(m)::text")) {
                assertThat(row.next()).as("entry %d to delete", seq).isTrue();
                return row.getString(1);
            }
        }
    }

    private static void restoreAsAttacker(String row) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.execute("set session_replication_role = replica");
            try (PreparedStatement insert = db.prepareStatement("insert into message_log overriding system value "
                    + "select * from json_populate_record(null::message_log, cast(? as json))")) {
                insert.setString(1, row);
                insert.executeUpdate();
            }
        }
    }
}
