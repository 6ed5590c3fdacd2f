package id.go.mpp.sinergi.testing.gates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: hostile requests need bytes no ordinary client sends
 * (invalid UTF-8 bodies, a Content-Type that lies, a path with {@code ../} left as is).
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** One request: method, request target (path and query, already encoded), headers and body bytes. */
    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /** The answer; {@code status} is -1 when the server closed the connection without one. */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText(int max) {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > max ? text.substring(0, max) + "…" : text;
        }
    }

    static Answer send(String host, int port, Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            IOException writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                StringBuilder head = new StringBuilder();
                head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
                head.append("Host: ").append(host).append(':').append(port).append("\r\n");
                head.append("Connection: close\r\n");
                for (Map.Entry<String, String> header : request.headers()) {
                    head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
                }
                if (request.body() != null) {
                    head.append("Content-Length: ").append(request.body().length).append("\r\n");
                }
                head.append("\r\n");
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer (e.g. 413) and close before it read everything: read what it said.
                writeFailure = e;
            }
            Answer answer = read(socket.getInputStream());
            if (answer.status() < 0 && writeFailure != null) {
                return new Answer(-1, Map.of(), new byte[0], "write failed: " + writeFailure);
            }
            return answer;
        } catch (IOException e) {
            return new Answer(-1, Map.of(), new byte[0], e.toString());
        }
    }

    private static Answer read(InputStream in) {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        try {
            int last4 = 0;
            int b;
            boolean complete = false;
            while (!complete && (b = in.read()) >= 0) {
                headBytes.write(b);
                last4 = (last4 << 8) | b;
                complete = last4 == 0x0d0a0d0a;
            }
            if (!complete) {
                return new Answer(-1, Map.of(), headBytes.toByteArray(), "connection closed before an answer");
            }
            String[] lines = headBytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status = Integer.parseInt(statusLine[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(), (a, c) -> a + ", " + c);
                }
            }
            String type = headers.getOrDefault("content-type", "");
            if (type.startsWith("text/event-stream")) {
                return new Answer(status, headers, new byte[0], null);
            }
            byte[] body;
            if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(in);
            } else {
                body = in.readAllBytes();
            }
            return new Answer(status, headers, body, null);
        } catch (SocketTimeoutException e) {
            return new Answer(-1, Map.of(), headBytes.toByteArray(), "no answer within " + TIMEOUT_MILLIS + " ms");
        } catch (IOException | RuntimeException e) {
            return new Answer(-1, Map.of(), headBytes.toByteArray(), "unreadable answer: " + e);
        }
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        List<Byte> bytes = new ArrayList<>();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                bytes.add((byte) b);
            }
        }
        byte[] array = new byte[bytes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = bytes.get(i);
        }
        return new String(array, StandardCharsets.ISO_8859_1);
    }
}
