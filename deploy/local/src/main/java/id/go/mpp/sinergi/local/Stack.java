package id.go.mpp.sinergi.local;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The whole local stack: {@code up}, {@code down} and {@code status}. */
final class Stack {

    private final Settings settings;
    private final Postgres postgres;
    private final Kafka kafka;
    private final Keycloak keycloak;
    private final StandInsProcess standIns;
    private final List<QuarkusService> backends;
    private final QuarkusService gateway;

    /** What the shutdown hook stops: during start-up what this run started, once attached everything. */
    private final List<Component> stopOnExit = new CopyOnWriteArrayList<>();
    private boolean stopping;

    Stack(Settings settings) {
        this.settings = settings;
        this.postgres = new Postgres(settings);
        this.kafka = new Kafka(settings);
        this.keycloak = new Keycloak(settings);
        this.standIns = new StandInsProcess(settings);
        this.backends = List.of(
                new QuarkusService("queue-service", Settings.Port.QUEUE, Settings.Port.QUEUE_MANAGEMENT, settings),
                new QuarkusService("complaint-service", Settings.Port.COMPLAINT, Settings.Port.COMPLAINT_MANAGEMENT,
                        settings),
                new QuarkusService("survey-service", Settings.Port.SURVEY, Settings.Port.SURVEY_MANAGEMENT, settings));
        this.gateway = new QuarkusService("agency-gateway", Settings.Port.GATEWAY, Settings.Port.GATEWAY_MANAGEMENT,
                settings);
    }

    /** Start order; {@code down} goes the other way. */
    List<Component> all() {
        List<Component> all = new ArrayList<>(List.of(postgres, kafka, keycloak, standIns));
        all.addAll(backends);
        all.add(gateway);
        return all;
    }

    private List<Component> wanted() {
        return all().stream().filter(c -> settings.runs(c.name)).toList();
    }

    // --- up --------------------------------------------------------------------------------------------------------

    int up(Instant t0) throws Exception {
        if (all().stream().anyMatch(c -> c.state().process().isPresent())) {
            adoptRunningSettings();
        }
        List<Component> wanted = wanted();
        List<Component> notRunning = wanted.stream().filter(c -> c.state().process().isEmpty()).toList();
        if (notRunning.isEmpty()) {
            Out.line("Sinergi is already running (stop it with ./sinergi down):");
            return status();
        }

        List<String> problems = new ArrayList<>();
        for (Component c : notRunning) {
            problems.addAll(Ports.problems(settings, c.ports()));
            if (c instanceof QuarkusService s && !Files.isRegularFile(s.jar())) {
                problems.add(c.name + " is not built (" + settings.repo.relativize(s.jar())
                        + " is missing): run ./sinergi up --rebuild, or leave it out with --skip " + c.name);
            }
            if (c instanceof StandInsProcess s && !Files.isRegularFile(s.jar())) {
                problems.add(c.name + " is not built (" + settings.repo.relativize(s.jar())
                        + " is missing): run ./sinergi up --rebuild, or leave it out with --skip " + c.name);
            }
        }
        if (!problems.isEmpty()) {
            Out.error("sinergi: nothing was started:");
            problems.forEach(p -> Out.error("  - " + p));
            return 2;
        }

        settings.save();
        Thread hook = new Thread(this::stopOnExit, "sinergi-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        List<Component> started = new ArrayList<>();
        try {
            startOne(2, postgres, started);
            startOne(3, kafka, started);
            startOne(4, keycloak, started);
            startOne(5, standIns, started);
            startBackends(started);
            startOne(7, gateway, started);
        } catch (StartFailure f) {
            Out.done("FAILED");
            Out.error("sinergi: " + f.component.name + " " + f.getMessage());
            Out.error("---- last lines of " + f.component.logFile() + " ----");
            Out.error(Proc.tail(f.component.logFile(), 30));
            Out.error("----");
            Out.error("Stopping what this run started. Full log: ./sinergi logs " + f.component.name);
            stopOnExit.clear();
            stop(reversed(started), false);
            if (all().stream().noneMatch(c -> c.state().process().isPresent())) {
                settings.forgetSaved();
            }
            return 1;
        } finally {
            all().forEach(Component::close);
        }

        Out.step(8, "Ready");
        Out.done("Sinergi is up, total " + Out.seconds(Duration.between(t0, Instant.now())));
        printUrls();
        if (settings.detach) {
            Runtime.getRuntime().removeShutdownHook(hook);
            Out.line("");
            Out.line("Running in the background: ./sinergi status | ./sinergi logs <name> | ./sinergi down");
            return 0;
        }
        stopOnExit.clear();
        stopOnExit.addAll(all()); // Ctrl-C stops everything, also what an earlier "up -d" started
        attach(wanted);
        return 0;
    }

    /** A stack already (partly) runs: keep its ports and bind address, whatever the flags say now. */
    private void adoptRunningSettings() throws java.io.IOException {
        Settings saved = settings.copy();
        if (saved.loadSaved()) {
            List<String> differences = settings.describeDifferences(saved);
            if (!differences.isEmpty()) {
                Out.line("Note: Sinergi already runs with other settings; they stay until ./sinergi down:");
                differences.forEach(d -> Out.line("  " + d));
            }
            settings.ports.putAll(saved.ports);
            settings.bind = saved.bind;
        }
    }

    private void startOne(int step, Component c, List<Component> started) throws StartFailure {
        if (!settings.runs(c.name)) {
            Out.step(step, c.title());
            Out.done(c == standIns ? "skipped (--skip)" : "skipped (--skip / --infra-only)");
            return;
        }
        Out.step(step, c.title());
        Instant begin = Instant.now();
        Proc.PidFileState state = c.state();
        if (state.process().isPresent()) {
            awaitReady(c, null, state.process().get(), begin);
            setUp(c);
            Out.done("already running (pid " + state.pid() + ")");
            return;
        }
        Process p = launch(c, started);
        awaitReady(c, p, p.toHandle(), begin);
        setUp(c);
        Out.done("ready in " + Out.seconds(Duration.between(begin, Instant.now())));
    }

    /** queue-service, complaint-service and survey-service start together; the step ends when all are ready. */
    private void startBackends(List<Component> started) throws StartFailure {
        List<QuarkusService> wanted = backends.stream().filter(s -> settings.runs(s.name)).toList();
        Out.step(6, "Back-end services");
        if (wanted.isEmpty()) {
            Out.done("skipped (--skip / --infra-only)");
            return;
        }
        Instant begin = Instant.now();
        Map<QuarkusService, Optional<Process>> processes = new LinkedHashMap<>();
        for (QuarkusService s : wanted) {
            Optional<ProcessHandle> running = s.state().process();
            processes.put(s, running.isPresent() ? Optional.empty() : Optional.of(launch(s, started)));
        }
        Map<QuarkusService, String> readyIn = new LinkedHashMap<>();
        while (readyIn.size() < wanted.size()) {
            for (QuarkusService s : wanted) {
                if (readyIn.containsKey(s)) {
                    continue;
                }
                Optional<Process> p = processes.get(s);
                if (s.ready()) {
                    readyIn.put(s, p.isPresent() ? Out.seconds(Duration.between(begin, Instant.now())) : "running");
                } else {
                    checkAlive(s, p.orElse(null), p.map(Process::toHandle).or(() -> s.state().process()),
                            begin);
                }
            }
            sleep(400);
        }
        List<String> details = new ArrayList<>();
        readyIn.forEach((s, t) -> details.add(s.name + " " + t));
        Out.done("ready in " + Out.seconds(Duration.between(begin, Instant.now())) + " ("
                + String.join(", ", details) + ")");
    }

    private Process launch(Component c, List<Component> started) throws StartFailure {
        Proc.PidFileState state = c.state();
        try {
            if (state.stale()) {
                Files.deleteIfExists(c.pidFile());
            }
            Process p = c.start();
            started.add(c);
            stopOnExit.add(c);
            Proc.writePidFile(c.pidFile(), p.toHandle(), c.marker());
            return p;
        } catch (Exception e) {
            throw new StartFailure(c, "could not start: " + e.getMessage());
        }
    }

    private void awaitReady(Component c, Process p, ProcessHandle h, Instant begin) throws StartFailure {
        while (!c.ready()) {
            checkAlive(c, p, Optional.of(h), begin);
            sleep(300);
        }
    }

    private void checkAlive(Component c, Process p, Optional<ProcessHandle> h, Instant begin) throws StartFailure {
        if (h.isEmpty() || !h.get().isAlive()) {
            String code = "";
            if (p != null) {
                Proc.waitForExit(p.toHandle(), Duration.ofSeconds(2));
                code = p.isAlive() ? "" : " with exit code " + p.exitValue();
            }
            throw new StartFailure(c, "stopped" + code + " before it was ready");
        }
        if (Duration.between(begin, Instant.now()).compareTo(c.startTimeout()) > 0) {
            throw new StartFailure(c, "was not ready after " + Out.seconds(c.startTimeout()));
        }
    }

    private void setUp(Component c) throws StartFailure {
        try {
            c.afterReady();
        } catch (Exception e) {
            throw new StartFailure(c, "set-up failed: " + e.getMessage());
        }
    }

    private void printUrls() {
        String kc = keycloak.endpoint();
        Out.line("");
        row("Gateway (API)", settings.url(Settings.Port.GATEWAY), settings.runs(gateway.name));
        row("OpenAPI UI", gateway.managementEndpoint() + "/q/swagger-ui", settings.runs(gateway.name));
        for (QuarkusService s : backends) {
            row(s.name, s.endpoint() + "  (health, metrics, OpenAPI: " + s.managementEndpoint() + "/q/)",
                    settings.runs(s.name));
        }
        row("Agency stand-ins", standIns.endpoint() + "  (faults, stats; health: /control/health)",
                settings.runs(standIns.name));
        if (settings.runs(standIns.name)) {
            row("", standIns.systemUrls(), true);
        }
        row("Keycloak admin", kc + "/admin/  (user admin, password admin)", true);
        row("OIDC issuer", keycloak.realmUrl(), true);
        row("Kafka bootstrap", kafka.bootstrap(), true);
        row("PostgreSQL", settings.host() + ":" + settings.port(Settings.Port.POSTGRES)
                + "  databases queue, complaint, survey, gateway", true);
        Out.line("                     users queue_service, complaint_service, survey_service, agency_gateway"
                + " (password = user name); superuser postgres/postgres");
        Out.line("");
        Out.line("  Demo logins at MPP Kota Jambi (client sinergi-mobile):");
        Out.line("    warga             / warga-demo     citizen");
        Out.line("    petugas.imigrasi  / petugas-demo   officer, imigrasi");
        Out.line("    admin.imigrasi    / admin-demo     agency-admin, imigrasi");
        Out.line("    petugas.dukcapil  / petugas-demo   officer, dukcapil");
        Out.line("    admin.dukcapil    / admin-demo     agency-admin, dukcapil");
        Out.line("    admin.mpp         / admin-demo     mpp-admin");
        Out.line("  Agency clients (client credentials): agency-simkim / simkim-dev-secret,"
                + " agency-dukcapil / dukcapil-dev-secret, agency-oss / oss-dev-secret");
        Out.line("  Hall kiosk (client credentials, role kiosk): kiosk-kota-jambi / kiosk-dev-secret");
        Out.line("  Token: curl -s -d grant_type=password -d client_id=sinergi-mobile -d username=warga"
                + " -d password=warga-demo " + keycloak.realmUrl() + "/protocol/openid-connect/token");
    }

    private static void row(String name, String value, boolean running) {
        Out.line(String.format("  %-18s %s", name, running ? value : "(skipped)"));
    }

    /** Foreground mode: a one-line summary until Ctrl-C, which runs the shutdown hook. */
    private void attach(List<Component> wanted) {
        Instant since = Instant.now();
        Out.line("");
        String last = "";
        while (true) {
            StringBuilder line = new StringBuilder();
            int alive = 0;
            for (Component c : wanted) {
                boolean running = c.state().process().isPresent();
                alive += running ? 1 : 0;
                boolean healthy = running && (c instanceof QuarkusService || c instanceof Keycloak
                        || c instanceof StandInsProcess ? c.ready() : Ports.listening(settings.host(), settings.port(c.ports().get(0))));
                line.append(shortName(c)).append(' ').append(healthy ? Out.OK : Out.FAIL).append("  ");
            }
            String status = line.toString().trim();
            synchronized (this) {
                if (stopping) {
                    return;
                }
                if (alive == 0) {
                    Out.line((Out.TTY ? "\r\033[K" : "") + "Sinergi was stopped from elsewhere (./sinergi down).");
                    stopOnExit.clear();
                    return;
                }
                if (Out.TTY) {
                    System.out.print("\r\033[K" + "Sinergi up " + Out.seconds(Duration.between(since, Instant.now()))
                            + " | " + status + " | Ctrl-C stops everything");
                    System.out.flush();
                } else if (!status.equals(last)) {
                    Out.line(Instant.now() + " | " + status + " | Ctrl-C stops everything");
                }
            }
            last = status;
            sleep(5000);
        }
    }

    private static String shortName(Component c) {
        return c.name.replace("-service", "").replace("agency-", "");
    }

    private void stopOnExit() {
        synchronized (this) {
            stopping = true;
        }
        if (stopOnExit.isEmpty()) {
            return;
        }
        Out.line(Out.TTY ? "\r\033[K" : "");
        Out.line("Stopping Sinergi " + Out.ELLIPSIS);
        List<Component> toStop = reversed(new ArrayList<>(stopOnExit));
        stopOnExit.clear();
        stop(toStop, false);
        try {
            if (all().stream().noneMatch(c -> c.state().process().isPresent())) {
                settings.forgetSaved();
            }
        } catch (java.io.IOException e) {
            // left for the next up/down
        }
    }

    // --- down ------------------------------------------------------------------------------------------------------

    int down() throws Exception {
        settings.loadSaved();
        boolean any = all().stream().anyMatch(c -> c.state().process().isPresent());
        Out.line(any ? "Stopping Sinergi " + Out.ELLIPSIS : "Sinergi is not running.");
        stop(reversed(all()), true);
        settings.forgetSaved();
        return 0;
    }

    /**
     * Stops each component whose pid file is still ours and removes the pid files: the services all at once, then
     * Keycloak, Kafka and PostgreSQL in the given order.
     */
    private void stop(List<Component> components, boolean reportStale) {
        List<Thread> services = new ArrayList<>();
        for (Component c : components) {
            if (c instanceof QuarkusService) {
                services.add(new Thread(() -> stopOne(c, reportStale), "stop-" + c.name));
            }
        }
        services.forEach(Thread::start);
        for (Thread t : services) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Component c : components) {
            if (!(c instanceof QuarkusService)) {
                stopOne(c, reportStale);
            }
        }
    }

    private void stopOne(Component c, boolean reportStale) {
        Proc.PidFileState state = c.state();
        if (state.process().isPresent()) {
            Instant begin = Instant.now();
            boolean clean = Proc.stop(state.process().get(), c.stopSignal(), c.stopGrace());
            String took = Out.seconds(Duration.between(begin, Instant.now()));
            Out.line(String.format("  %-18s %s", c.name, clean ? "stopped in " + took
                    : "did not stop within " + Out.seconds(c.stopGrace()) + ": killed"));
        } else if (state.stale() && reportStale) {
            Out.line(String.format("  %-18s %s", c.name, "was not running (stale pid file removed)"));
        }
        try {
            Files.deleteIfExists(c.pidFile());
        } catch (java.io.IOException e) {
            Out.error("cannot remove " + c.pidFile() + ": " + e.getMessage());
        }
    }

    // --- status ----------------------------------------------------------------------------------------------------

    int status() throws Exception {
        settings.loadSaved();
        String format = "%-18s %-12s %-8s %-6s %s%n";
        System.out.printf(format, "COMPONENT", "STATE", "PID", "PORT", "ENDPOINT / LOG");
        int running = 0;
        int ready = 0;
        int expected = 0;
        for (Component c : all()) {
            String port = Integer.toString(settings.port(c.ports().get(0)));
            if (!settings.runs(c.name)) {
                System.out.printf(format, c.name, "skipped", "-", port, "");
                continue;
            }
            expected++;
            Proc.PidFileState state = c.state();
            if (state.process().isPresent()) {
                running++;
                boolean ok = c.ready();
                ready += ok ? 1 : 0;
                String up = state.process().get().info().startInstant()
                        .map(t -> " (up " + Out.seconds(Duration.between(t, Instant.now())) + ")").orElse("");
                System.out.printf(format, c.name, ok ? "ready" : "NOT READY", state.pid(), port,
                        c.endpoint() + up);
            } else {
                System.out.printf(format, c.name, state.stale() ? "stopped*" : "stopped", "-", port,
                        settings.home.relativize(c.logFile()).toString());
            }
        }
        all().forEach(Component::close);
        if (running == 0) {
            Out.line("Sinergi is not running (start it with ./sinergi up).");
            return 3;
        }
        return ready == expected ? 0 : 1;
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    static final class StartFailure extends Exception {
        final Component component;

        StartFailure(Component component, String message) {
            super(message);
            this.component = component;
        }
    }
}
