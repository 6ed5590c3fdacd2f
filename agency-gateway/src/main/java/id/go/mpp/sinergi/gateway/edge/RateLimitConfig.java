package id.go.mpp.sinergi.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The public port's rate limit ({@link RateLimiting}): a token bucket per client address and one per client (the
 * token's {@code azp} and {@code sub}). A bucket holds {@code *-burst} requests and refills {@code *-per-minute}
 * of them evenly over each minute.
 *
 * <p>The address limit is the higher one: an MPP's desks, kiosks and the mall's Wi-Fi usually reach the gateway
 * from one public address, while one app or user has no business with more than 10 requests a second.
 */
@ConfigMapping(prefix = "sinergi.gateway.rate-limit")
public interface RateLimitConfig {

    /** Off: no bucket, no header, no 429. */
    @WithDefault("true")
    boolean enabled();

    /** Requests one address may make at once, before the refill rate applies. */
    @WithDefault("300")
    long ipBurst();

    @WithDefault("1200")
    long ipPerMinute();

    /** Requests one client (app and account) may make at once. */
    @WithDefault("120")
    long clientBurst();

    @WithDefault("600")
    long clientPerMinute();

    /**
     * Reverse proxies (addresses such as {@code 10.0.0.5} or ranges such as {@code 10.0.0.0/8}, {@code fd00::/8})
     * whose {@code X-Forwarded-For} is believed. None by default: the header is then ignored, since any client can
     * write it.
     */
    Optional<List<String>> trustedProxies();

    /**
     * Path prefixes never counted (e.g. a long-lived stream a wall display reconnects to all day). A stream that is
     * not exempt counts once, when it connects.
     */
    Optional<List<String>> exemptPaths();

    /**
     * Addresses and clients tracked at most; past that the least recently seen are forgotten (a forgotten bucket
     * comes back full). Each idle bucket is forgotten anyway once it would have refilled.
     */
    @WithDefault("100000")
    int maxTracked();
}
