package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.testing.FreePorts;
import id.go.mpp.sinergi.testing.RepoPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One packaged Sinergi service ({@code <module>/target/quarkus-app}) running as its own process: the public API on
 * {@link #url()}, health, metrics and the OpenAPI document on its management interface ({@link #managementUrl()}).
 * Or the stand-in agency systems ({@code agency-standins/target/agency-standins.jar}) as {@code ./sinergi up} runs
 * them: {@link #url()} is their control port.
 */
final class ServiceProcess {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private final String readyUrl;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path log, String readyUrl) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
        this.readyUrl = readyUrl;
    }

    static ServiceProcess start(String module, Map<String, String> env) {
        return start(module, env, FreePorts.next());
    }

    /** The service on a port chosen beforehand (when another process must know its address before it starts). */
    static ServiceProcess start(String module, Map<String, String> env, int port) {
        Path jar = RepoPaths.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        int managementPort = FreePorts.next();
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        all.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        return new ServiceProcess(module, port, managementPort, spawn(module, jar, "-XX:TieredStopAtLevel=1", all),
                logOf(module), "http://127.0.0.1:" + managementPort + "/q/health/ready");
    }

    /**
     * The stand-in agency systems as {@code ./sinergi up} starts them ({@code java -jar}), their ports and settings
     * in {@code env} ({@code SINERGI_STANDINS_*}, agency-standins/README.md); ready when the control port's health
     * answers.
     */
    static ServiceProcess standIns(Map<String, String> env, int controlPort) {
        Path jar = RepoPaths.root().resolve("agency-standins/target/agency-standins.jar");
        return new ServiceProcess("agency-standins", controlPort, controlPort,
                spawn("agency-standins", jar, "-Xms32m", env),
                logOf("agency-standins"), "http://127.0.0.1:" + controlPort + "/control/health");
    }

    private static Path logOf(String module) {
        return Path.of("target/e2e-logs").resolve(module + ".log");
    }

    private static Process spawn(String module, Path jar, String jvmOption, Map<String, String> env) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the modules first (./mvnw verify does)");
        }
        try {
            Files.createDirectories(logOf(module).getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", jvmOption, "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(logOf(module).toFile());
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health, metrics and OpenAPI ({@code /q/...}): not on the public port. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    ServiceProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(readyUrl)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
