package id.go.mpp.sinergi.gateway.edge;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request is counted against. It is the socket's peer, unless that peer is a trusted reverse proxy:
 * then {@code X-Forwarded-For} is read from the right, each trusted proxy skipped, and the first address no trusted
 * proxy vouches for is the client (whatever a client writes at the left of the header is ignored). An IPv6 client
 * is counted by its /64, which is what one subscriber line gets: counting single addresses would give a client as
 * many buckets as it likes.
 */
final class ClientAddress {

    /** The key of a request whose address cannot be read (e.g. a Unix-domain socket). */
    static final String UNKNOWN = "unknown";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    private final List<Range> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(Range::parse).toList();
    }

    /** The bucket key of a request from {@code peer} (the socket's address) carrying {@code forwardedFor}. */
    String keyOf(String peer, String forwardedFor) {
        Optional<InetAddress> socket = literal(peer);
        if (socket.isEmpty()) {
            return UNKNOWN;
        }
        InetAddress client = socket.get();
        if (forwardedFor != null && !trustedProxies.isEmpty() && trusted(client)) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops[i].strip());
                if (hop.isEmpty()) {
                    break; // unreadable: the last proxy that could be read is as near to the client as we know
                }
                client = hop.get();
                if (!trusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean trusted(InetAddress address) {
        for (Range range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    }

    /**
     * An IP address written as such (IPv4 dotted, IPv6 with or without brackets), never a host name: resolving one
     * would send a DNS query for every request. IPv4-mapped IPv6 addresses come back as IPv4.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 + 2) {
            return Optional.empty();
        }
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v6 = address.indexOf(':') >= 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean allowed = c >= '0' && c <= '9' || c == '.'
                    || v6 && (c == ':' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
            if (!allowed) {
                return Optional.empty();
            }
        }
        if (!v6 && !IPV4.matcher(address).matches()) {
            return Optional.empty(); // InetAddress reads "10.1" and "1" as addresses too
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range of them. */
    record Range(byte[] network, int prefixLength) {

        static Range parse(String text) {
            String trimmed = text.strip();
            int slash = trimmed.indexOf('/');
            String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
            InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "sinergi.gateway.rate-limit.trusted-proxies: not an IP address or CIDR range: " + text));
            byte[] bytes = parsed.getAddress();
            int bits = bytes.length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sinergi.gateway.rate-limit.trusted-proxies: bad prefix in " + text);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("sinergi.gateway.rate-limit.trusted-proxies: bad prefix in " + text);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefixLength / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }
    }
}
