package id.go.mpp.sinergi.local;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Starting, finding and stopping the processes of the stack, and the pid files that remember them. */
final class Proc {

    private static final Path SETSID = firstExisting("/usr/bin/setsid", "/bin/setsid");

    private Proc() {
    }

    /**
     * Starts {@code command} in its own session (so Ctrl-C in the terminal reaches only the launcher, and the process
     * outlives it), with stdin from /dev/null and stdout + stderr appended to {@code log}.
     */
    static Process spawn(List<String> command, Map<String, String> env, Path workDir, Path log) throws IOException {
        List<String> full = new ArrayList<>();
        if (SETSID != null) {
            full.add(SETSID.toString()); // execs the command: the pid stays the same
        }
        full.addAll(command);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "\n==== " + Instant.now() + " starting: " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs a short command to its end, output appended to {@code log}; returns its exit code. */
    static int runToEnd(List<String> command, Map<String, String> env, Path workDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException("'" + String.join(" ", command) + "' did not finish within " + timeout.toSeconds()
                    + " s");
        }
        return p.exitValue();
    }

    // --- pid files -------------------------------------------------------------------------------------------------

    /** Records the process with the text its command line must contain to still be ours. */
    static void writePidFile(Path pidFile, ProcessHandle process, String marker) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(process.pid()));
        process.info().startInstant().ifPresent(t -> p.setProperty("started", Long.toString(t.toEpochMilli())));
        p.setProperty("marker", marker);
        Files.createDirectories(pidFile.getParent());
        try (Writer w = Files.newBufferedWriter(pidFile)) {
            p.store(w, "written by ./sinergi up");
        }
    }

    /** What a pid file says about its process. */
    record PidFileState(Optional<ProcessHandle> process, boolean stale, long pid) {
        static final PidFileState NONE = new PidFileState(Optional.empty(), false, -1);
    }

    /**
     * The process the pid file names, if it is still alive and still the one we started (same start time and a
     * command line containing the marker): a pid reused by an unrelated process is never reported as ours.
     */
    static PidFileState read(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return PidFileState.NONE;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(pidFile)) {
            p.load(r);
            long pid = Long.parseLong(p.getProperty("pid", "-1").trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (handle.isEmpty()) {
                return new PidFileState(Optional.empty(), true, pid);
            }
            ProcessHandle.Info info = handle.get().info();
            String started = p.getProperty("started");
            if (started != null && info.startInstant().isPresent()
                    && Math.abs(info.startInstant().get().toEpochMilli() - Long.parseLong(started)) > 2000) {
                return new PidFileState(Optional.empty(), true, pid);
            }
            String marker = p.getProperty("marker", "");
            String commandLine = info.commandLine().or(info::command).orElse(null);
            if (commandLine != null && !marker.isEmpty() && !commandLine.contains(marker)) {
                return new PidFileState(Optional.empty(), true, pid);
            }
            return new PidFileState(handle, false, pid);
        } catch (IOException | RuntimeException e) {
            return new PidFileState(Optional.empty(), true, -1);
        }
    }

    // --- stopping --------------------------------------------------------------------------------------------------

    /** Sends a signal by name (TERM, INT, QUIT, KILL) with the system's kill command. */
    static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            if ("KILL".equals(signal)) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops a process gracefully with {@code signal}, waits up to {@code grace}, then kills it and whatever it
     * started. Returns true when it ended by itself.
     */
    static boolean stop(ProcessHandle process, String signal, Duration grace) {
        List<ProcessHandle> children = process.descendants().toList();
        signal(process, signal);
        boolean clean = waitForExit(process, grace);
        if (!clean) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
        // e.g. the JVM that kc.sh runs in the background: it follows the script's signal, never outlive it
        for (ProcessHandle child : children) {
            if (child.isAlive() && !waitForExit(child, Duration.ofSeconds(clean ? 10 : 0))) {
                child.destroyForcibly();
            }
        }
        return clean;
    }

    static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    // --- misc ------------------------------------------------------------------------------------------------------

    /** The last lines of a log, from the last start of the process at most (see {@link #spawn}). */
    static String tail(Path log, int lines) {
        if (!Files.exists(log)) {
            return "(no log at " + log + ")";
        }
        Deque<String> last = new ArrayDeque<>();
        try (var reader = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("==== ") && line.contains(" starting: ")) {
                    last.clear();
                }
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            }
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
        return String.join("\n", last);
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path firstExisting(String... paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }
}
