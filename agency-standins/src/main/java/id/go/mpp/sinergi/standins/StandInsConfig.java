package id.go.mpp.sinergi.standins;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the stand-ins are started with. {@link #builder()} gives the development defaults (the same as
 * {@link Main} without environment variables) on ephemeral ports for tests; {@link #fromEnv(Map)} reads
 * {@code SINERGI_STANDINS_*} with the fixed ports 8090–8094.
 *
 * @param bindHost           address every port listens on
 * @param controlPort        fault controls, stats, health; 0 = ephemeral
 * @param dukcapilPort       0 = ephemeral
 * @param simkimPort         0 = ephemeral
 * @param ossPort            0 = ephemeral
 * @param messagingPort      0 = ephemeral
 * @param dukcapilUserId     the one partner account of Dukcapil
 * @param dukcapilPassword   its password
 * @param dukcapilAllowedIps values of {@code ip_user} accepted for it ({@code *} = any)
 * @param dukcapilDailyQuota calls per WIB day for that partner
 * @param simkimUser         HTTP Basic user of SIMKIM
 * @param simkimPassword     HTTP Basic password of SIMKIM
 * @param simkimCallbackSecret   HMAC-SHA256 key of {@code X-Simkim-Signature}
 * @param simkimProcessingDelay  DITERIMA → DIPROSES after this (ZERO = only control calls move an application)
 * @param simkimReadyDelay       DIPROSES → SIAP_DIAMBIL after this (ZERO = only control calls)
 * @param ossApiKey          the {@code user_key} that gets a token
 * @param ossTokenLifetime   lifetime of an OSS access token
 * @param ossSubscriberUrl   where licence status webhooks go (blank = nowhere)
 * @param ossWebhookSecret   HMAC-SHA256 key of {@code X-OSS-Signature}
 * @param messagingToken     the Bearer token of the messaging provider
 * @param callbackAttempts   attempts per callback/webhook (SIMKIM and OSS), the first included
 * @param callbackBackoff    wait before the second attempt; doubles after each failed one
 * @param seed               seed of the fault-injection random numbers (one generator per system)
 * @param clock              time of every system (quota day, token expiry, timestamps)
 * @param requestLog         receives one line per request and per callback (NIK and phone numbers masked)
 */
public record StandInsConfig(
        String bindHost,
        int controlPort,
        int dukcapilPort,
        int simkimPort,
        int ossPort,
        int messagingPort,
        String dukcapilUserId,
        String dukcapilPassword,
        Set<String> dukcapilAllowedIps,
        int dukcapilDailyQuota,
        String simkimUser,
        String simkimPassword,
        String simkimCallbackSecret,
        Duration simkimProcessingDelay,
        Duration simkimReadyDelay,
        String ossApiKey,
        Duration ossTokenLifetime,
        String ossSubscriberUrl,
        String ossWebhookSecret,
        String messagingToken,
        int callbackAttempts,
        Duration callbackBackoff,
        long seed,
        Clock clock,
        Consumer<String> requestLog) {

    public static final String ENV_PREFIX = "SINERGI_STANDINS_";

    public StandInsConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(requestLog, "requestLog");
        dukcapilAllowedIps = Set.copyOf(dukcapilAllowedIps);
        ossSubscriberUrl = ossSubscriberUrl == null ? "" : ossSubscriberUrl.trim();
        if (callbackAttempts < 1) {
            throw new IllegalArgumentException("callbackAttempts must be at least 1");
        }
        for (int port : new int[] {controlPort, dukcapilPort, simkimPort, ossPort, messagingPort}) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
    }

    /** Development defaults, ephemeral ports, no request log, system clock, seed 42. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same settings to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads {@code SINERGI_STANDINS_*} (see README.md); unset variables keep the process defaults: ports 8090–8094,
     * bind 127.0.0.1, request log to standard output.
     */
    public static StandInsConfig fromEnv(Map<String, String> env) {
        Env e = new Env(env);
        return builder()
                .bindHost(e.string("BIND", "127.0.0.1"))
                .controlPort(e.integer("PORT", 8090))
                .dukcapilPort(e.integer("DUKCAPIL_PORT", 8091))
                .simkimPort(e.integer("SIMKIM_PORT", 8092))
                .ossPort(e.integer("OSS_PORT", 8093))
                .messagingPort(e.integer("MESSAGING_PORT", 8094))
                .dukcapilUserId(e.string("DUKCAPIL_USER_ID", "sinergi"))
                .dukcapilPassword(e.string("DUKCAPIL_PASSWORD", "sinergi-dev"))
                .dukcapilAllowedIps(e.list("DUKCAPIL_ALLOWED_IPS", "127.0.0.1,::1"))
                .dukcapilDailyQuota(e.integer("DUKCAPIL_DAILY_QUOTA", 10_000))
                .simkimUser(e.string("SIMKIM_USER", "sinergi"))
                .simkimPassword(e.string("SIMKIM_PASSWORD", "sinergi-dev"))
                .simkimCallbackSecret(e.string("SIMKIM_CALLBACK_SECRET", "simkim-callback-dev"))
                .simkimProcessingDelay(e.millis("SIMKIM_PROCESSING_DELAY_MS", 30_000))
                .simkimReadyDelay(e.millis("SIMKIM_READY_DELAY_MS", 30_000))
                .ossApiKey(e.string("OSS_API_KEY", "oss-dev-key"))
                .ossTokenLifetime(Duration.ofSeconds(e.integer("OSS_TOKEN_LIFETIME_SECONDS", 300)))
                .ossSubscriberUrl(env.containsKey(ENV_PREFIX + "OSS_SUBSCRIBER_URL") // set but empty: no webhooks
                        ? env.get(ENV_PREFIX + "OSS_SUBSCRIBER_URL")
                        : "http://127.0.0.1:8080/api/v1/agency-callbacks/dpmptsp")
                .ossWebhookSecret(e.string("OSS_WEBHOOK_SECRET", "oss-webhook-dev"))
                .messagingToken(e.string("MESSAGING_TOKEN", "messaging-dev"))
                .callbackAttempts(e.integer("CALLBACK_ATTEMPTS", 5))
                .callbackBackoff(e.millis("CALLBACK_BACKOFF_MS", 1_000))
                .seed(Long.parseLong(e.string("SEED", "42")))
                .requestLog(System.out::println)
                .build();
    }

    private record Env(Map<String, String> env) {
        String string(String name, String fallback) {
            String v = env.get(ENV_PREFIX + name);
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        int integer(String name, int fallback) {
            String v = string(name, Integer.toString(fallback));
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(ENV_PREFIX + name + " must be a whole number, not '" + v + "'");
            }
        }

        Duration millis(String name, int fallback) {
            return Duration.ofMillis(integer(name, fallback));
        }

        Set<String> list(String name, String fallback) {
            Set<String> out = new LinkedHashSet<>();
            Arrays.stream(string(name, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(out::add);
            return out;
        }
    }

    /** Fluent builder; starts from the development defaults. */
    public static final class Builder {
        private String bindHost = "127.0.0.1";
        private int controlPort;
        private int dukcapilPort;
        private int simkimPort;
        private int ossPort;
        private int messagingPort;
        private String dukcapilUserId = "sinergi";
        private String dukcapilPassword = "sinergi-dev";
        private Set<String> dukcapilAllowedIps = Set.of("127.0.0.1", "::1");
        private int dukcapilDailyQuota = 10_000;
        private String simkimUser = "sinergi";
        private String simkimPassword = "sinergi-dev";
        private String simkimCallbackSecret = "simkim-callback-dev";
        private Duration simkimProcessingDelay = Duration.ofSeconds(30);
        private Duration simkimReadyDelay = Duration.ofSeconds(30);
        private String ossApiKey = "oss-dev-key";
        private Duration ossTokenLifetime = Duration.ofSeconds(300);
        private String ossSubscriberUrl = "";
        private String ossWebhookSecret = "oss-webhook-dev";
        private String messagingToken = "messaging-dev";
        private int callbackAttempts = 5;
        private Duration callbackBackoff = Duration.ofSeconds(1);
        private long seed = 42;
        private Clock clock = Clock.systemUTC();
        private Consumer<String> requestLog = line -> { };

        private Builder() {
        }

        private Builder(StandInsConfig c) {
            bindHost = c.bindHost;
            controlPort = c.controlPort;
            dukcapilPort = c.dukcapilPort;
            simkimPort = c.simkimPort;
            ossPort = c.ossPort;
            messagingPort = c.messagingPort;
            dukcapilUserId = c.dukcapilUserId;
            dukcapilPassword = c.dukcapilPassword;
            dukcapilAllowedIps = c.dukcapilAllowedIps;
            dukcapilDailyQuota = c.dukcapilDailyQuota;
            simkimUser = c.simkimUser;
            simkimPassword = c.simkimPassword;
            simkimCallbackSecret = c.simkimCallbackSecret;
            simkimProcessingDelay = c.simkimProcessingDelay;
            simkimReadyDelay = c.simkimReadyDelay;
            ossApiKey = c.ossApiKey;
            ossTokenLifetime = c.ossTokenLifetime;
            ossSubscriberUrl = c.ossSubscriberUrl;
            ossWebhookSecret = c.ossWebhookSecret;
            messagingToken = c.messagingToken;
            callbackAttempts = c.callbackAttempts;
            callbackBackoff = c.callbackBackoff;
            seed = c.seed;
            clock = c.clock;
            requestLog = c.requestLog;
        }

        public Builder bindHost(String v) {
            bindHost = v;
            return this;
        }

        public Builder controlPort(int v) {
            controlPort = v;
            return this;
        }

        public Builder dukcapilPort(int v) {
            dukcapilPort = v;
            return this;
        }

        public Builder simkimPort(int v) {
            simkimPort = v;
            return this;
        }

        public Builder ossPort(int v) {
            ossPort = v;
            return this;
        }

        public Builder messagingPort(int v) {
            messagingPort = v;
            return this;
        }

        public Builder dukcapilUserId(String v) {
            dukcapilUserId = v;
            return this;
        }

        public Builder dukcapilPassword(String v) {
            dukcapilPassword = v;
            return this;
        }

        public Builder dukcapilAllowedIps(Set<String> v) {
            dukcapilAllowedIps = v;
            return this;
        }

        public Builder dukcapilDailyQuota(int v) {
            dukcapilDailyQuota = v;
            return this;
        }

        public Builder simkimUser(String v) {
            simkimUser = v;
            return this;
        }

        public Builder simkimPassword(String v) {
            simkimPassword = v;
            return this;
        }

        public Builder simkimCallbackSecret(String v) {
            simkimCallbackSecret = v;
            return this;
        }

        public Builder simkimProcessingDelay(Duration v) {
            simkimProcessingDelay = v;
            return this;
        }

        public Builder simkimReadyDelay(Duration v) {
            simkimReadyDelay = v;
            return this;
        }

        public Builder ossApiKey(String v) {
            ossApiKey = v;
            return this;
        }

        public Builder ossTokenLifetime(Duration v) {
            ossTokenLifetime = v;
            return this;
        }

        public Builder ossSubscriberUrl(String v) {
            ossSubscriberUrl = v;
            return this;
        }

        public Builder ossWebhookSecret(String v) {
            ossWebhookSecret = v;
            return this;
        }

        public Builder messagingToken(String v) {
            messagingToken = v;
            return this;
        }

        public Builder callbackAttempts(int v) {
            callbackAttempts = v;
            return this;
        }

        public Builder callbackBackoff(Duration v) {
            callbackBackoff = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public Builder requestLog(Consumer<String> v) {
            requestLog = v;
            return this;
        }

        public StandInsConfig build() {
            return new StandInsConfig(bindHost, controlPort, dukcapilPort, simkimPort, ossPort, messagingPort,
                    dukcapilUserId, dukcapilPassword, dukcapilAllowedIps, dukcapilDailyQuota, simkimUser,
                    simkimPassword, simkimCallbackSecret, simkimProcessingDelay, simkimReadyDelay, ossApiKey,
                    ossTokenLifetime, ossSubscriberUrl, ossWebhookSecret, messagingToken, callbackAttempts,
                    callbackBackoff, seed, clock, requestLog);
        }
    }
}
