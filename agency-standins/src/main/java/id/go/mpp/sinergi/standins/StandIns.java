package id.go.mpp.sinergi.standins;

import id.go.mpp.sinergi.standins.control.ControlHandler;
import id.go.mpp.sinergi.standins.dukcapil.DukcapilHandler;
import id.go.mpp.sinergi.standins.messaging.MessagingHandler;
import id.go.mpp.sinergi.standins.oss.OssHandler;
import id.go.mpp.sinergi.standins.simkim.SimkimHandler;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stand-in agency systems, each on its own port, plus the control port:
 *
 * <pre>
 * try (StandIns s = StandIns.start(StandInsConfig.builder().build())) {   // ephemeral ports
 *     String base = s.dukcapilUrl();   // http://127.0.0.1:NNNNN, then /dukcapil/api/v1/verifikasi-elemen
 *     s.setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE.withDown(true));   // connection refused
 * }
 * </pre>
 */
public final class StandIns implements AutoCloseable {

    public static final String DUKCAPIL = "dukcapil";
    public static final String SIMKIM = "simkim";
    public static final String OSS = "oss";
    public static final String MESSAGING = "messaging";
    public static final List<String> SYSTEMS = List.of(DUKCAPIL, SIMKIM, OSS, MESSAGING);

    private final StandInsConfig config;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Map<String, SystemServer> systems = new LinkedHashMap<>();
    private final SystemServer control;

    private StandIns(StandInsConfig config) {
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "standins-scheduler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        Callbacks callbacks = new Callbacks(http, scheduler, config.callbackAttempts(), config.callbackBackoff(),
                config.requestLog());

        Stats dukcapil = new Stats();
        Stats simkim = new Stats();
        Stats oss = new Stats();
        Stats messaging = new Stats();
        add(DUKCAPIL, config.dukcapilPort(), new DukcapilHandler(config, dukcapil), dukcapil, 0);
        add(SIMKIM, config.simkimPort(), new SimkimHandler(config, simkim, callbacks, scheduler), simkim, 1);
        add(OSS, config.ossPort(), new OssHandler(config, oss, callbacks), oss, 2);
        add(MESSAGING, config.messagingPort(), new MessagingHandler(config, messaging), messaging, 3);
        this.control = new SystemServer("control", config.bindHost(), config.controlPort(), new ControlHandler(this),
                new Faults(config.seed()), new Stats(), config.requestLog());
    }

    private void add(String name, int port, HttpServers.Handler handler, Stats stats, int index) {
        systems.put(name, new SystemServer(name, config.bindHost(), port, handler, new Faults(config.seed() + index),
                stats, config.requestLog()));
    }

    /** Opens every port; closes what it opened if one of them cannot be bound. */
    public static StandIns start(StandInsConfig config) {
        StandIns s = new StandIns(config);
        try {
            s.systems.values().forEach(SystemServer::open);
            s.control.open();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public StandInsConfig config() {
        return config;
    }

    public String controlUrl() {
        return control.url();
    }

    public String dukcapilUrl() {
        return system(DUKCAPIL).url();
    }

    public String simkimUrl() {
        return system(SIMKIM).url();
    }

    public String ossUrl() {
        return system(OSS).url();
    }

    public String messagingUrl() {
        return system(MESSAGING).url();
    }

    /** One system by name ({@link #SYSTEMS}); IllegalArgumentException for another name. */
    public SystemServer system(String name) {
        SystemServer s = systems.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown system '" + name + "' (one of " + SYSTEMS + ")");
        }
        return s;
    }

    public Collection<SystemServer> systems() {
        return systems.values();
    }

    /** The same as {@code PUT /control/{system}/faults}. */
    public void setFaults(String system, Faults.Settings settings) {
        system(system).setFaults(settings);
    }

    public Map<String, Long> stats(String system) {
        return system(system).stats().snapshot();
    }

    /** No faults (every socket open again) and all counters at 0; with {@code state} also the systems' data. */
    public void reset(boolean state) {
        for (SystemServer s : systems.values()) {
            s.setFaults(Faults.Settings.NONE);
            s.stats().reset();
            if (state) {
                s.handler().resetState();
            }
        }
    }

    public DukcapilHandler dukcapil() {
        return (DukcapilHandler) system(DUKCAPIL).handler();
    }

    public SimkimHandler simkim() {
        return (SimkimHandler) system(SIMKIM).handler();
    }

    public OssHandler oss() {
        return (OssHandler) system(OSS).handler();
    }

    public MessagingHandler messaging() {
        return (MessagingHandler) system(MESSAGING).handler();
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable c : List.<AutoCloseable>of(control::close, () -> systems.values()
                .forEach(SystemServer::close), scheduler::shutdownNow)) {
            try {
                c.close();
            } catch (Exception e) {
                failures.add(new RuntimeException(e));
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
