package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.EmbeddedPostgresServer;
import id.go.mpp.sinergi.testing.FreePorts;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform for end-to-end tests: real PostgreSQL, Kafka and Keycloak, the four packaged services and the
 * stand-in agency systems (Dukcapil, SIMKIM, OSS, messaging provider) as separate processes, configured as
 * {@code ./sinergi up} configures them (SIMKIM moves an application on after 1 s instead of 30 s).
 */
final class Platform implements AutoCloseable {

    private static Platform shared;

    /** The platform shared by every end-to-end test class in this JVM, started on first use. */
    static synchronized Platform shared() {
        if (shared == null) {
            shared = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "e2e-platform-stop"));
        }
        return shared;
    }

    final EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
    final KeycloakServer keycloak = KeycloakServer.shared();
    final String kafka = KafkaTestResource.broker().bootstrapServers();
    private final List<ServiceProcess> services = new ArrayList<>();
    final ServiceProcess queue;
    final ServiceProcess complaint;
    final ServiceProcess survey;
    final ServiceProcess gateway;
    /** The stand-in agency systems; its url is their control port (faults, stats: agency-standins/README.md). */
    final ServiceProcess standIns;
    final int dukcapilPort = FreePorts.next();
    final int simkimPort = FreePorts.next();
    final int ossPort = FreePorts.next();
    final int messagingPort = FreePorts.next();

    /** The WhatsApp webhook's secrets in the test platform (Meta's app secret signs every delivery). */
    static final String WHATSAPP_VERIFY_TOKEN = "e2e-verify-token";
    static final String WHATSAPP_APP_SECRET = "e2e-app-secret";

    private Platform() {
        KafkaTestResource.broker().createTopics(Topics.ALL, 3);
        KafkaTestResource.broker().createTopics(Topics.DEAD_LETTER, 1);
        CompletableFuture<ServiceProcess> queueStart = CompletableFuture.supplyAsync(() -> start("queue-service", "queue", Map.of()));
        CompletableFuture<ServiceProcess> surveyStart = CompletableFuture.supplyAsync(() -> start("survey-service", "survey", Map.of()));
        int gatewayPort = FreePorts.next();
        String gatewayUrl = "http://127.0.0.1:" + gatewayPort;
        standIns = startStandIns(gatewayUrl);
        queue = queueStart.join();
        // complaint-service checks codes against queue-service's public catalogue; the WhatsApp webhook's secrets
        // have no default outside dev and test.
        complaint = start("complaint-service", "complaint", Map.of(
                "QUARKUS_REST_CLIENT_QUEUE_CATALOGUE_URL", queue.url(),
                "SINERGI_COMPLAINT_WHATSAPP_VERIFY_TOKEN", WHATSAPP_VERIFY_TOKEN,
                "SINERGI_COMPLAINT_WHATSAPP_APP_SECRET", WHATSAPP_APP_SECRET,
                "SINERGI_COMPLAINT_DEADLINE_SWEEP", "2s"));
        survey = surveyStart.join();
        gateway = start("agency-gateway", "gateway", Map.ofEntries(
                Map.entry("QUARKUS_REST_CLIENT_QUEUE_SERVICE_URL", queue.url()),
                Map.entry("QUARKUS_REST_CLIENT_COMPLAINT_SERVICE_URL", complaint.url()),
                Map.entry("QUARKUS_REST_CLIENT_SURVEY_SERVICE_URL", survey.url()),
                // every test calls from 127.0.0.1: the rate limit has its own tests in agency-gateway
                Map.entry("SINERGI_GATEWAY_RATE_LIMIT_ENABLED", "false"),
                Map.entry("SINERGI_IDENTITY_PSEUDONYM_KEY", "e2e-pseudonym-key"),
                // the agencies' systems, as deploy/local's QuarkusService points the gateway at the stand-ins
                Map.entry("SINERGI_ADAPTERS_DUKCAPIL_SETTINGS_URL",
                        "http://127.0.0.1:" + dukcapilPort + "/dukcapil/api/v1/verifikasi-elemen"),
                Map.entry("SINERGI_ADAPTERS_IMIGRASI_SETTINGS_URL", "http://127.0.0.1:" + simkimPort),
                Map.entry("SINERGI_ADAPTERS_IMIGRASI_SETTINGS_CALLBACK_URL", gatewayUrl + "/api/v1/agency-callbacks/imigrasi"),
                Map.entry("SINERGI_ADAPTERS_DPMPTSP_SETTINGS_URL", "http://127.0.0.1:" + ossPort),
                Map.entry("SINERGI_ADAPTERS_MESSAGING_SETTINGS_URL",
                        "http://127.0.0.1:" + messagingPort + "/messaging/v1/messages")), gatewayPort);
        openAroundTheClock();
    }

    /**
     * The tests run at any hour, the demo MPP keeps office hours: its admin opens it every day from
     * midnight to midnight, through the public API as an operator would.
     */
    private void openAroundTheClock() {
        String allDay = "{\"opens\": \"00:00\", \"closes\": \"00:00\"}";
        StringBuilder hours = new StringBuilder();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            hours.append(hours.length() == 0 ? "" : ", ").append('"').append(day).append("\": ").append(allDay);
        }
        io.restassured.RestAssured.given().baseUri(gateway.url())
                .auth().oauth2(id.go.mpp.sinergi.testing.DemoUsers.MPP_ADMIN.token())
                .contentType("application/json")
                .body("{\"name\": \"Mal Pelayanan Publik Kota Jambi\", \"timeZone\": \"WIB\", \"openingHours\": {"
                        + hours + "}, \"closedDays\": []}")
                .when().put("/api/v1/mpps/kota-jambi")
                .then().statusCode(200);
    }

    private ServiceProcess startStandIns(String gatewayUrl) {
        int control = FreePorts.next();
        ServiceProcess process = ServiceProcess.standIns(Map.of(
                "SINERGI_STANDINS_BIND", "127.0.0.1",
                "SINERGI_STANDINS_PORT", Integer.toString(control),
                "SINERGI_STANDINS_DUKCAPIL_PORT", Integer.toString(dukcapilPort),
                "SINERGI_STANDINS_SIMKIM_PORT", Integer.toString(simkimPort),
                "SINERGI_STANDINS_OSS_PORT", Integer.toString(ossPort),
                "SINERGI_STANDINS_MESSAGING_PORT", Integer.toString(messagingPort),
                "SINERGI_STANDINS_OSS_SUBSCRIBER_URL", gatewayUrl + "/api/v1/agency-callbacks/dpmptsp",
                "SINERGI_STANDINS_SIMKIM_PROCESSING_DELAY_MS", "1000",
                "SINERGI_STANDINS_SIMKIM_READY_DELAY_MS", "1000"), control);
        synchronized (services) {
            services.add(process);
        }
        return process.awaitReady(Duration.ofSeconds(60));
    }

    private ServiceProcess start(String module, String database, Map<String, String> extra) {
        return start(module, database, extra, FreePorts.next());
    }

    private ServiceProcess start(String module, String database, Map<String, String> extra, int port) {
        postgres.createDatabase(database);
        Map<String, String> env = new HashMap<>(extra);
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("SINERGI_DEMO_DATA_ENABLED", "true");
        ServiceProcess service = ServiceProcess.start(module, env, port);
        synchronized (services) {
            services.add(service);
        }
        return service.awaitReady(Duration.ofSeconds(90));
    }

    /** The gateway's audit records of a caller, oldest first, as "action status target". */
    List<String> auditActions(String callerId) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("gateway"),
                postgres.username(), postgres.password());
             PreparedStatement s = c.prepareStatement(
                     "select action || ' ' || status || ' ' || target from audit_record where caller_id = ? order by id")) {
            s.setString(1, callerId);
            try (ResultSet rs = s.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows;
            }
        }
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
    }

    /** Waits until consumer group {@code group} has committed every record {@code topic} holds now. */
    void awaitConsumed(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p,
                    p -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                return partitions.stream().allMatch(p -> {
                    long end = ends.get(p).offset();
                    OffsetAndMetadata offset = committed.get(p);
                    return end == 0 || (offset != null && offset.offset() >= end);
                });
            });
        }
    }
}
