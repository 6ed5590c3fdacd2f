package id.go.mpp.sinergi.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * N clients, each with its own keep-alive HTTP/1.1 connection and at most one request in flight, driven by ONE
 * thread over a selector (the way wrk drives its connections); {@code --http-client nio}. A client sends its next
 * request as soon as its answer is read, as the blocking {@link RawHttp} clients do. Latency is from the first byte
 * written to the last byte of the answer read. Measured: no cheaper than 200 blocking threads, and starved of CPU
 * when the stack under test has many runnable threads (Linux shares CPU per thread), so not the default.
 */
final class NioClients {

    /** What to send next; null when the client is done. */
    interface Requests {
        byte[] next(int client);
    }

    /** An answer and its latency. */
    interface Answers {
        void answered(int client, int status, String body, long sentNanos, long answeredNanos);

        void failed(int client, String error, long sentNanos, long answeredNanos);
    }

    private final InetSocketAddress address;

    NioClients(URI base) {
        this.address = new InetSocketAddress(base.getHost(), RawHttp.port(base));
    }

    /** Opens the connections (not timed), then runs until every client has no more requests. */
    void run(int clients, Requests requests, Answers answers, Runnable connected) throws IOException {
        try (Selector selector = Selector.open()) {
            Client[] all = new Client[clients];
            for (int c = 0; c < clients; c++) {
                all[c] = new Client(c);
                all[c].connect(selector);
            }
            connected.run();
            int active = 0;
            for (Client client : all) {
                if (client.sendNext(requests, selector)) {
                    active++;
                }
            }
            while (active > 0) {
                selector.select();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Client client = (Client) key.attachment();
                    try {
                        if (key.isValid() && key.isWritable()) {
                            client.write();
                        }
                        if (key.isValid() && key.isReadable() && client.read()) {
                            long now = System.nanoTime();
                            answers.answered(client.id, client.status, client.body, client.sentNanos, now);
                            if (!client.sendNext(requests, selector)) {
                                active--;
                            }
                        }
                    } catch (IOException e) {
                        // The server closed the connection (e.g. an idle keep-alive): one fresh try of the request.
                        if (client.retried) {
                            answers.failed(client.id, e.toString(), client.sentNanos, System.nanoTime());
                            client.close();
                            if (!client.sendNext(requests, selector)) {
                                active--;
                            }
                        } else {
                            client.retried = true;
                            client.close();
                            client.connect(selector);
                            client.resend(selector);
                        }
                    }
                }
            }
            for (Client client : all) {
                client.close();
            }
        }
    }

    private final class Client {
        final int id;
        SocketChannel channel;
        SelectionKey key;
        ByteBuffer out;
        byte[] request;
        long sentNanos;
        boolean retried;
        byte[] in = new byte[16 * 1024];
        int filled;
        int status;
        String body;

        Client(int id) {
            this.id = id;
        }

        void connect(Selector selector) throws IOException {
            channel = SocketChannel.open();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(address);
            channel.configureBlocking(false);
            key = channel.register(selector, 0, this);
            filled = 0;
        }

        boolean sendNext(Requests requests, Selector selector) throws IOException {
            request = requests.next(id);
            if (request == null) {
                return false;
            }
            if (channel == null) {
                connect(selector);
            }
            retried = false;
            sentNanos = System.nanoTime();
            resend(selector);
            return true;
        }

        void resend(Selector selector) throws IOException {
            out = ByteBuffer.wrap(request);
            filled = 0;
            write();
        }

        void write() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what arrived; true once a whole answer is in ({@link #status}, {@link #body}). */
        boolean read() throws IOException {
            while (true) {
                if (filled == in.length) {
                    in = Arrays.copyOf(in, in.length * 2);
                }
                int n = channel.read(ByteBuffer.wrap(in, filled, in.length - filled));
                if (n < 0) {
                    throw new IOException("connection closed before the whole answer");
                }
                filled += n;
                if (n == 0 || filled < in.length) {
                    break;
                }
            }
            return parse();
        }

        private boolean parse() throws IOException {
            int headEnd = indexOf(in, 0, filled, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            if (headEnd < 0) {
                return false;
            }
            String head = new String(in, 0, headEnd, StandardCharsets.US_ASCII);
            String[] lines = head.split("\r\n");
            int code = Integer.parseInt(lines[0].substring(9, 12));
            RawHttp.Framing framing = new RawHttp.Framing();
            for (int k = 1; k < lines.length; k++) {
                framing.read(lines[k]);
            }
            int length = framing.length;
            boolean chunked = framing.chunked;
            boolean close = framing.close;
            int start = headEnd + 4;
            String text;
            if (chunked) {
                StringBuilder all = new StringBuilder();
                int at = start;
                while (true) {
                    int lineEnd = indexOf(in, at, filled, new byte[]{'\r', '\n'});
                    if (lineEnd < 0) {
                        return false;
                    }
                    int size = Integer.parseInt(new String(in, at, lineEnd - at, StandardCharsets.US_ASCII)
                            .split(";")[0].trim(), 16);
                    if (size == 0) {
                        if (indexOf(in, lineEnd, filled, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) != lineEnd) {
                            return false; // trailers are not sent by the services; wait for the final CRLF
                        }
                        break;
                    }
                    if (lineEnd + 2 + size + 2 > filled) {
                        return false;
                    }
                    all.append(new String(in, lineEnd + 2, size, StandardCharsets.UTF_8));
                    at = lineEnd + 2 + size + 2;
                }
                text = all.toString();
            } else if (length >= 0) {
                if (filled < start + length) {
                    return false;
                }
                text = new String(in, start, length, StandardCharsets.UTF_8);
            } else {
                throw new IOException("an answer without Content-Length or chunked encoding");
            }
            status = code;
            body = text;
            filled = 0;
            if (close) {
                close(); // the next request connects again
            }
            return true;
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            channel = null;
        }
    }

    private static int indexOf(byte[] data, int from, int to, byte[] what) {
        outer:
        for (int i = from; i <= to - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (data[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
