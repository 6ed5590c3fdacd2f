package id.go.mpp.sinergi.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    private final ClientAddress noProxy = new ClientAddress(List.of());
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.5", "10.1.0.0/16", "fd00::/8"));

    @Test
    void withoutATrustedProxyTheSocketIsTheClientWhateverTheHeaderSays() {
        assertThat(noProxy.keyOf("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
        assertThat(behindProxies.keyOf("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheFirstAddressFromTheRightThatNoProxyVouchesForIsTheClient() {
        assertThat(behindProxies.keyOf("10.0.0.5", "203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(behindProxies.keyOf("10.0.0.5", "192.0.2.66, 203.0.113.1, 10.1.4.4")).isEqualTo("203.0.113.1");
        // What a client writes at the left is not read: it cannot pick its bucket.
        assertThat(behindProxies.keyOf("10.0.0.5", "1.2.3.4, 203.0.113.1"))
                .isEqualTo(behindProxies.keyOf("10.0.0.5", "5.6.7.8, 203.0.113.1"));
    }

    @Test
    void anUnreadableHopEndsTheWalkAtTheLastAddressThatCouldBeRead() {
        assertThat(behindProxies.keyOf("10.0.0.5", "unknown")).isEqualTo("10.0.0.5");
        assertThat(behindProxies.keyOf("10.0.0.5", "203.0.113.1, evil.example, 10.1.0.9")).isEqualTo("10.1.0.9");
        assertThat(behindProxies.keyOf("10.0.0.5", "")).isEqualTo("10.0.0.5");
        assertThat(behindProxies.keyOf("10.0.0.5", "10.1")).isEqualTo("10.0.0.5");
    }

    @Test
    void everyProxyInTheChainIsSkippedWhenAllAreTrusted() {
        assertThat(behindProxies.keyOf("10.0.0.5", "10.1.2.3, 10.1.9.9")).isEqualTo("10.1.2.3");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(noProxy.keyOf("2001:db8:1:2:aaaa::1", null))
                .isEqualTo(noProxy.keyOf("2001:db8:1:2:bbbb::9", null))
                .isEqualTo("20010db800010002::/64");
        assertThat(noProxy.keyOf("2001:db8:1:3::1", null)).isNotEqualTo(noProxy.keyOf("2001:db8:1:2::1", null));
        assertThat(behindProxies.keyOf("fd12::1", "[2001:db8::5]")).isEqualTo("20010db800000000::/64");
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Address() {
        assertThat(noProxy.keyOf("::ffff:198.51.100.7", null)).isEqualTo("198.51.100.7");
    }

    @Test
    void anUnreadableSocketAddressSharesOneBucket() {
        assertThat(noProxy.keyOf(null, null)).isEqualTo(ClientAddress.UNKNOWN);
    }

    @Test
    void aHostNameIsNeverResolved() {
        assertThat(ClientAddress.literal("localhost")).isEmpty();
        assertThat(ClientAddress.literal("example.com")).isEmpty();
        assertThat(ClientAddress.literal("198.51.100.7:8080")).isEmpty();
    }

    @Test
    void aMisconfiguredProxyStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeMatchesByItsPrefixBits() {
        ClientAddress odd = new ClientAddress(List.of("192.0.2.128/25"));
        assertThat(odd.keyOf("192.0.2.200", "203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(odd.keyOf("192.0.2.100", "203.0.113.1")).isEqualTo("192.0.2.100");
    }
}
