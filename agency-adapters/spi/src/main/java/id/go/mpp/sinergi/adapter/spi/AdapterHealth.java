package id.go.mpp.sinergi.adapter.spi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** What a probe of an agency's system found. */
public record AdapterHealth(Status status, String detail) {

    public enum Status { UP, DOWN, UNKNOWN }

    public static AdapterHealth up(String detail) {
        return new AdapterHealth(Status.UP, detail);
    }

    public static AdapterHealth down(String detail) {
        return new AdapterHealth(Status.DOWN, detail);
    }

    public static AdapterHealth unknown(String detail) {
        return new AdapterHealth(Status.UNKNOWN, detail);
    }

    /**
     * Whether {@code url}'s host accepts a connection within a second: a probe for a system whose every call costs
     * something (a quota, a message), so that it is never called just to see whether it answers.
     */
    public static AdapterHealth reachable(URI url) {
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), 1000);
            return up("accepts connections at " + url.getHost() + ":" + port);
        } catch (IOException e) {
            return down(url.getHost() + ":" + port + ": " + e.getMessage());
        }
    }
}
