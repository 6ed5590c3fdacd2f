package id.go.mpp.sinergi.bench.ikm;

import id.go.mpp.sinergi.bench.support.Machine;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Issue 19's measured targets with 1,000,000 responses over 2 years and 30 services: a unit-period report p99 < 10
 * ms, the whole MPP for a year p99 < 50 ms; a rebuild from the topic at ≥ 10,000 events/s, beside the broker's own
 * consume rate of the same topics in the same run, as a ratio. Prints figures and asserts nothing
 * (bench/ikm/README.md says how to read them).
 */
public final class IkmBench {

    private IkmBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, System.getenv());
        header(o);
        Seed.Result seed = null;
        List<Reports.Result> reports = null;
        Rebuild.Result rebuild = null;
        try (Connection db = DriverManager.getConnection(o.jdbc(), Options.DB_ROLE, Options.DB_ROLE);
             Kafka kafka = new Kafka(o.kafka())) {
            db.setAutoCommit(true);
            for (Options.Step step : o.steps) {
                switch (step) {
                    case SEED -> seed = Seed.run(o, db, kafka);
                    case REPORTS -> reports = Reports.run(o);
                    case REBUILD -> rebuild = Rebuild.run(o, db, kafka);
                }
            }
        }
        System.out.printf("%n== Targets (issue 19)%n");
        if (seed != null && seed.produced() > 0) {
            System.out.printf("  (no target) the live projection's catch-up: %,d responses in %.1f s, %,.0f/s%n",
                    seed.produced(), seed.catchUpSeconds(), seed.catchUpPerSecond());
        }
        if (reports != null) {
            for (Reports.Kind kind : List.of(Reports.Kind.UNIT, Reports.Kind.MPP)) {
                for (Reports.Result r : reports) {
                    if (r.endpoint().kind() == kind) {
                        System.out.printf("  %-14s %-36s %d client%s p99 %6.1f ms (target < %.0f ms)%n", r.target(),
                                r.endpoint().name(), r.clients(), r.clients() == 1 ? " " : "s",
                                r.latencies().percentileMillis(99), Reports.target(kind));
                    }
                }
                System.out.printf("  -> %s p99 < %.0f ms through the gateway: %s%n", kind == Reports.Kind.UNIT
                        ? "unit-period" : "whole MPP for a year", Reports.target(kind), Reports.verdict(reports, kind));
            }
        }
        if (rebuild != null) {
            long perSecond = rebuild.status().path("eventsPerSecond").asLong();
            System.out.printf("  rebuild >= %,d events/s: %,d events/s (%,d records in %.2f s) -> %s%n",
                    Rebuild.TARGET_PER_SECOND, perSecond, rebuild.status().path("recordsRead").asLong(),
                    rebuild.status().path("seconds").asDouble(), "DONE".equals(rebuild.status().path("state").asText())
                            && perSecond >= Rebuild.TARGET_PER_SECOND ? "met" : "NOT met");
            System.out.printf("  broker's own consume rate of the same topics: %,.0f records/s (survey topic alone:"
                    + " %,.0f/s)%n", rebuild.brokerBoth().perSecond(), rebuild.brokerSurvey().perSecond());
            System.out.printf("  ratio rebuild / broker: %.3f (%.1f %%)%n", rebuild.ratio(), 100 * rebuild.ratio());
            System.out.printf("  changedRows == 0: %s (changedRows %s)%n",
                    rebuild.status().path("changedRows").asLong(-1) == 0 ? "yes" : "NO",
                    rebuild.status().path("changedRows"));
        }
    }

    private static void header(Options o) throws Exception {
        Machine.printHeader("bench/ikm", o.repo);
        try (Connection db = DriverManager.getConnection(o.jdbc(), Options.DB_ROLE, Options.DB_ROLE);
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            System.out.printf("  PostgreSQL %s at %s; gateway %s; survey-service %s; Kafka %s%n", r.getString(1),
                    o.jdbc(), o.api(), o.survey(), o.kafka());
        }
        if (Files.exists(o.runDir().resolve("complaint-service.pid"))) {
            System.out.println("  NOTE: complaint-service is running: it consumes the same topic (survey follow-ups)"
                    + " and shares the CPUs; start the stack with --skip complaint-service");
        }
    }
}
