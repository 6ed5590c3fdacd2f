package id.go.mpp.sinergi.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One process of the local stack: how to start it, to tell that it is ready, and to stop it. */
abstract class Component {

    final String name;
    final Settings settings;

    Component(String name, Settings settings) {
        this.name = name;
        this.settings = settings;
    }

    /** Human name for progress lines, e.g. "PostgreSQL". */
    abstract String title();

    /** Ports it listens on (checked free before anything starts); the first one is shown by {@code status}. */
    abstract List<Settings.Port> ports();

    /** Text its command line must contain for a pid to still be this component (an absolute path of ours). */
    abstract String marker();

    /** Unpacks or initialises what it needs, then starts the process and returns at once. */
    abstract Process start() throws Exception;

    /** One readiness probe; must not block for long. */
    abstract boolean ready();

    /** Idempotent set-up once it is ready (databases, topics); runs on every {@code up}. */
    void afterReady() throws Exception {
    }

    /** Releases what {@link #ready()} or {@link #afterReady()} opened. */
    void close() {
    }

    /** Where it is reached, for {@code status}. */
    abstract String endpoint();

    Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    /** The signal that asks it to stop cleanly. */
    String stopSignal() {
        return "TERM";
    }

    Duration stopGrace() {
        return Duration.ofSeconds(30);
    }

    Path pidFile() {
        return settings.run.resolve(name + ".pid");
    }

    Path logFile() {
        return settings.logs.resolve(name + ".log");
    }

    /**
     * Starts {@code java <options> -jar <jar>} in the component's data directory: the options from environment variable
     * {@code optionsVariable} of the launcher, else {@code defaultOptions}.
     */
    Process startJar(Path jar, String optionsVariable, String defaultOptions, Map<String, String> env) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./sinergi up --rebuild");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Proc.javaExecutable().toString());
        for (String o : System.getenv().getOrDefault(optionsVariable, defaultOptions).trim().split("\\s+")) {
            if (!o.isEmpty()) {
                cmd.add(o);
            }
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        Path workDir = settings.data.resolve(name);
        Files.createDirectories(workDir);
        return Proc.spawn(cmd, env, workDir, logFile());
    }

    Proc.PidFileState state() {
        return Proc.read(pidFile());
    }
}
