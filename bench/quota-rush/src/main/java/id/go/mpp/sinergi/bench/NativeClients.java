package id.go.mpp.sinergi.bench;

import id.go.mpp.sinergi.bench.support.RawHttp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rush's clients as the native program {@code bench/quota-rush/native/rushc.c} (built by {@code run} into
 * {@code target/rushc}): the same keep-alive connections and closed loop as {@link RawHttp} — one request in flight
 * per connection, the next sent as soon as the answer is read — driven by one epoll loop per core in C. On the 2-core
 * machine {@link RawHttp}'s 200 threads cost the load generator ≈ 0.1 ms of CPU per request (54–64 % of a core at
 * 5,300–7,100 requests/s), CPU the platform under test then lacks since the clients share its cores; the program
 * ≈ 0.05 ms, four fifths of it the kernel's loopback TCP in its one write and one read per request. It gets every
 * attempt's request bytes in a file and writes every answer to another; this class reads them back.
 */
final class NativeClients {

    /** Where {@code run} put the binary. */
    static final String BINARY_PROPERTY = "sinergi.bench.rushc";

    record Answer(int status, long sentNanos, long answeredNanos, String body) {
    }

    record Result(long startNanos, long endNanos, Answer[] answers) {
    }

    private final URI base;
    private final int threads;

    NativeClients(URI base, int threads) {
        this.base = base;
        this.threads = threads;
    }

    /** Whether {@code run} could build the program. */
    static boolean available() {
        String path = System.getProperty(BINARY_PROPERTY);
        return path != null && Files.isExecutable(Path.of(path));
    }

    static Path binary() {
        if (!available()) {
            throw new IllegalStateException("--http-client native needs the program bench/quota-rush/run builds with gcc"
                    + " (system property " + BINARY_PROPERTY + " = " + System.getProperty(BINARY_PROPERTY) + ")");
        }
        return Path.of(System.getProperty(BINARY_PROPERTY));
    }

    /**
     * Sends {@code requests[i]} as attempt i over {@code connections} connections. {@code atStart} runs when every
     * connection is open, just before the first request; {@code atEnd} right after the last answer, before the
     * answers are read back (so what they measure is the rush alone, this JVM idle).
     */
    Result run(List<byte[]> requests, int connections, Runnable atStart, Runnable atEnd) throws IOException,
            InterruptedException {
        Path dir = Files.createTempDirectory("rushc-");
        Path in = dir.resolve("requests");
        Path out = dir.resolve("results");
        try {
            try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
                for (byte[] request : requests) {
                    file.write((request.length + "\n").getBytes(StandardCharsets.US_ASCII));
                    file.write(request);
                }
            }
            Process process = new ProcessBuilder(binary().toString(), base.getHost(),
                    String.valueOf(RawHttp.port(base)), String.valueOf(connections),
                    String.valueOf(threads), in.toString(), out.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.US_ASCII));
                 BufferedWriter tell = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(),
                         StandardCharsets.US_ASCII))) {
                expect(said, "connected", process);
                atStart.run();
                tell.write("go\n");
                tell.flush();
                expect(said, "finished", process);
                atEnd.run();
                expect(said, "done", process);
            }
            // closing its standard input lets it exit
            if (process.waitFor() != 0) {
                throw new IOException("rushc exited with " + process.exitValue());
            }
            return read(out, requests.size());
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }

    private static void expect(BufferedReader said, String word, Process process) throws IOException {
        String line = said.readLine();
        if (!word.equals(line)) {
            process.destroy();
            throw new IOException("rushc said " + line + " instead of " + word + " (its errors are above)");
        }
    }

    private static Result read(Path results, int attempts) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(results),
                1 << 16))) {
            String[] head = line(in).split(" ");
            Answer[] answers = new Answer[attempts];
            for (int k = 0; k < attempts; k++) {
                String[] f = line(in).split(" ");
                int i = Integer.parseInt(f[0]);
                byte[] body = new byte[Integer.parseInt(f[4])];
                in.readFully(body);
                in.readByte(); // the newline after the body
                answers[i] = new Answer(Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                        new String(body, StandardCharsets.UTF_8));
            }
            return new Result(Long.parseLong(head[1]), Long.parseLong(head[3]), answers);
        }
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder s = new StringBuilder(48);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("rushc's results end early");
            }
            s.append((char) c);
        }
        return s.toString();
    }
}
