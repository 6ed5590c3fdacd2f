package id.go.mpp.sinergi.core.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    @Test
    void aVerifiedTokenIsFoundAgainWithItsIdentity() {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(5), 10);
        SecurityIdentity identity = identity("citizen-1", inSeconds(600));

        tokens.remember("token-1", identity);

        assertThat(tokens.find("token-1")).isSameAs(identity);
        assertThat(tokens.find("token-2")).isNull();
    }

    @Test
    void aRememberedIdentityDoesNotKeepTheRequestThatBroughtTheTokenAlive() {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(5), 10);
        Object firstRequest = new Object();
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity("citizen-1", inSeconds(600)))
                .addAttribute(VerifiedTokens.REQUEST_ATTRIBUTE, firstRequest)
                .addAttribute("tenant-id", "sinergi")
                .build();

        tokens.remember("token-1", verified);

        SecurityIdentity found = tokens.find("token-1");
        assertThat(found.<Object>getAttribute(VerifiedTokens.REQUEST_ATTRIBUTE)).isNull();
        assertThat(found.getPrincipal()).isSameAs(verified.getPrincipal());
        assertThat(found.getRoles()).containsExactly("citizen");
        assertThat(found.<String>getAttribute("tenant-id")).isEqualTo("sinergi");
    }

    @Test
    void aTokenIsNeverAnsweredPastItsOwnExpiry() throws InterruptedException {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(5), 10);

        tokens.remember("expired", identity("citizen-1", inSeconds(-1)));
        tokens.remember("expiring", identity("citizen-2", inSeconds(1)));

        assertThat(tokens.find("expired")).isNull();
        assertThat(tokens.find("expiring")).isNotNull();
        Thread.sleep(2100);
        assertThat(tokens.find("expiring")).isNull();
    }

    @Test
    void aTokenIsAnsweredAtMostMaxAgeAfterItWasVerified() throws InterruptedException {
        VerifiedTokens tokens = tokens(Duration.ofMillis(200), 10);
        tokens.remember("token-1", identity("citizen-1", inSeconds(600)));

        assertThat(tokens.find("token-1")).isNotNull();
        Thread.sleep(300);
        assertThat(tokens.find("token-1")).isNull();
    }

    @Test
    void maxAgeZeroRemembersNothing() {
        VerifiedTokens tokens = tokens(Duration.ZERO, 10);
        tokens.remember("token-1", identity("citizen-1", inSeconds(600)));

        assertThat(tokens.enabled()).isFalse();
        assertThat(tokens.find("token-1")).isNull();
    }

    @Test
    void theCacheNeverHoldsMoreThanMaxEntries() {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(5), 3);
        for (int i = 0; i < 10; i++) {
            tokens.remember("token-" + i, identity("citizen-" + i, inSeconds(600)));
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(tokens.find("token-9")).isNotNull();
    }

    @Test
    void aFullCacheDropsTheTokensRememberedLongestAgoAndKeepsTheRecentOnes() {
        VerifiedTokens tokens = tokens(Duration.ofHours(1), 10);
        for (int i = 0; i < 10; i++) {
            // until = the token's own expiry here: later tokens were "remembered later"
            tokens.remember("token-" + i, identity("citizen-" + i, inSeconds(600 + i)));
        }

        tokens.remember("token-10", identity("citizen-10", inSeconds(610)));

        assertThat(tokens.find("token-0")).isNull();
        for (int i = 1; i <= 10; i++) {
            assertThat(tokens.find("token-" + i)).as("token-%d", i).isNotNull();
        }
        assertThat(tokens.dropped()).isEqualTo(1);
    }

    @Test
    void anIdentityWithoutAJwtIsNotRemembered() {
        VerifiedTokens tokens = tokens(Duration.ofMinutes(5), 10);
        tokens.remember("token-1", QuarkusSecurityIdentity.builder().setPrincipal(() -> "basic-user").build());

        assertThat(tokens.find("token-1")).isNull();
    }

    private static long inSeconds(long seconds) {
        return System.currentTimeMillis() / 1000 + seconds;
    }

    private static VerifiedTokens tokens(Duration maxAge, int maxEntries) {
        return new VerifiedTokens(new VerifiedTokens.Config() {
            @Override
            public Duration maxAge() {
                return maxAge;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }
        }, Clock.systemUTC());
    }

    private static SecurityIdentity identity(String subject, long exp) {
        Map<String, Object> claims = Map.of("sub", subject, "exp", exp);
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("citizen").build();
    }
}
