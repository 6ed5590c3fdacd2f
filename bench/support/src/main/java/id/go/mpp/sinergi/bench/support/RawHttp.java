package id.go.mpp.sinergi.bench.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One client's HTTP/1.1 connection (keep-alive) on a plain blocking socket: writes a request to the base address's
 * path plus the one given, reads the whole answer (Content-Length or chunked). The benchmarks' load generator: {@code
 * java.net.http.HttpClient} cost it about 0.5 ms of CPU per request on the 2-core machine, CPU the platform under test
 * then lacks, and this does the same exchange for a fraction of that. One per client thread.
 */
public final class RawHttp implements AutoCloseable {

    public record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private final String basePath;
    private final int readTimeoutMillis;
    private final int bufferBytes;
    private final boolean retryNewConnection;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /**
     * A connection to {@code base} (its path prefixes every request's) that waits up to 30 s for an answer, reads
     * through a 16 KiB buffer, and tries a request once more on a fresh connection after any I/O error (bench/quota-rush).
     */
    public RawHttp(URI base) {
        this(base, 30_000, 16 * 1024, true);
    }

    /**
     * @param readTimeoutMillis  how long to wait for an answer's bytes
     * @param bufferBytes        the read buffer
     * @param retryNewConnection after an I/O error on a connection opened for this request, try once more too (else
     *                           only a reused keep-alive connection is tried again: the server may have closed it idle)
     */
    public RawHttp(URI base, int readTimeoutMillis, int bufferBytes, boolean retryNewConnection) {
        this.host = base.getHost();
        this.port = port(base);
        this.hostHeader = hostHeader(base);
        this.basePath = base.getRawPath() == null ? "" : base.getRawPath();
        this.readTimeoutMillis = readTimeoutMillis;
        this.bufferBytes = bufferBytes;
        this.retryNewConnection = retryNewConnection;
    }

    /** {@code GET base + path} (path with its query, already encoded). */
    public Answer get(String path) throws IOException {
        return send(getRequest(hostHeader, basePath + path));
    }

    /** {@code GET base + path} with a bearer token (bench/agency). */
    public Answer get(String path, String bearer) throws IOException {
        return send(getRequest(hostHeader, basePath + path, bearer));
    }

    /** {@code POST base + path} with a JSON body and no token. */
    public Answer post(String path, String json) throws IOException {
        return send(postRequest(hostHeader, basePath + path, null, json));
    }

    /** {@code POST base + path} with a JSON body and a bearer token. */
    public Answer post(String path, String bearer, String json) throws IOException {
        return send(postRequest(hostHeader, basePath + path, bearer, json));
    }

    /** The port of an {@code http:} address, 80 when it names none (also for the other clients). */
    public static int port(URI base) {
        return base.getPort() > 0 ? base.getPort() : 80;
    }

    /** The {@code Host} header for an address. */
    public static String hostHeader(URI base) {
        return base.getHost() + ":" + port(base);
    }

    /** The bytes of {@code GET path} asking for JSON. */
    public static byte[] getRequest(String hostHeader, String path) {
        return getRequest(hostHeader, path, null);
    }

    /** The bytes of {@code GET path} asking for JSON, with a bearer token unless {@code bearer} is null. */
    public static byte[] getRequest(String hostHeader, String path, String bearer) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: application/json"
                + (bearer == null ? "" : "\r\nAuthorization: Bearer " + bearer) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The bytes of {@code POST path} with a JSON body and, unless {@code bearer} is null, a bearer token (also what
     * bench/quota-rush's native client sends).
     */
    public static byte[] postRequest(String hostHeader, String path, String bearer, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nContent-Type: application/json\r\nAccept: application/json"
                + (bearer == null ? "" : "\r\nAuthorization: Bearer " + bearer)
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** How an answer's body is framed, from its header lines. */
    private static final class Framing {
        int length = -1;
        boolean chunked;
        boolean close;

        void read(String header) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
    }

    private Answer send(byte[] request) throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange(request);
        } catch (IOException e) {
            close();
            if (fresh && !retryNewConnection) {
                throw e;
            }
            // The server may have closed an idle keep-alive connection: one fresh try.
            return exchange(request);
        }
    }

    private Answer exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(readTimeoutMillis);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), bufferBytes);
        }
        out.write(request);
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Framing framing = new Framing();
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            framing.read(header);
        }
        boolean close = framing.close;
        String body;
        if (framing.chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                all.write(in.readNBytes(size));
                line();
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers ignored
            }
            body = all.toString(StandardCharsets.UTF_8);
        } else if (framing.length >= 0) {
            body = new String(in.readNBytes(framing.length), StandardCharsets.UTF_8);
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            close = true;
        }
        if (close) {
            close();
        }
        return new Answer(status, body);
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int n = s.length();
                return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
            }
            s.append((char) c);
        }
        return s.length() == 0 ? null : s.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        out = null;
        in = null;
    }
}
