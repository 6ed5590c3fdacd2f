package id.go.mpp.sinergi.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stand-in agency systems (module agency-standins): Dukcapil, SIMKIM, OSS and a messaging provider, each on its
 * own port, plus a control port for faults and stats. One plain Java process:
 * {@code java -jar agency-standins/target/agency-standins.jar}, ready when {@code GET /control/health} answers 200.
 */
final class StandInsProcess extends Component {

    static final String NAME = "agency-standins";

    /** JVM options unless {@code SINERGI_STANDINS_JAVA_OPTS} replaces them: a small heap, the serial collector. */
    static final String DEFAULT_JAVA_OPTS = "-Xms32m -Xmx256m -XX:+UseSerialGC";

    StandInsProcess(Settings settings) {
        super(NAME, settings);
    }

    @Override
    String title() {
        return "Agency stand-ins (Dukcapil, SIMKIM, OSS, messaging)";
    }

    @Override
    List<Settings.Port> ports() {
        return List.of(Settings.Port.STANDINS, Settings.Port.STANDINS_DUKCAPIL, Settings.Port.STANDINS_SIMKIM,
                Settings.Port.STANDINS_OSS, Settings.Port.STANDINS_MESSAGING);
    }

    Path jar() {
        return settings.repo.resolve(NAME).resolve("target").resolve(NAME + ".jar");
    }

    @Override
    String marker() {
        return jar().toString();
    }

    @Override
    String endpoint() {
        return settings.url(Settings.Port.STANDINS) + "/control";
    }

    @Override
    Process start() throws Exception {
        return startJar(jar(), "SINERGI_STANDINS_JAVA_OPTS", DEFAULT_JAVA_OPTS, environment(System.getenv()));
    }

    /**
     * Bind address and ports from the stack's settings; OSS webhooks to the gateway unless
     * {@code SINERGI_STANDINS_OSS_SUBSCRIBER_URL} is set. Every other {@code SINERGI_STANDINS_*} variable (credentials,
     * quota, delays, seed …) passes through from the launcher's environment (agency-standins/README.md).
     */
    Map<String, String> environment(Map<String, String> launcherEnv) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SINERGI_STANDINS_BIND", settings.bind);
        for (Settings.Port p : ports()) {
            env.put(p.env, Integer.toString(settings.port(p)));
        }
        if (!launcherEnv.containsKey("SINERGI_STANDINS_OSS_SUBSCRIBER_URL")) {
            env.put("SINERGI_STANDINS_OSS_SUBSCRIBER_URL",
                    settings.url(Settings.Port.GATEWAY) + "/api/v1/agency-callbacks/dpmptsp");
        }
        return env;
    }

    /** Where each system is reached, for the summary {@code up} prints. */
    String systemUrls() {
        return "dukcapil " + settings.url(Settings.Port.STANDINS_DUKCAPIL)
                + "  simkim " + settings.url(Settings.Port.STANDINS_SIMKIM)
                + "  oss " + settings.url(Settings.Port.STANDINS_OSS)
                + "  messaging " + settings.url(Settings.Port.STANDINS_MESSAGING);
    }

    @Override
    boolean ready() {
        return Http.status(settings.url(Settings.Port.STANDINS) + "/control/health") == 200;
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    Duration stopGrace() {
        return Duration.ofSeconds(10);
    }
}
