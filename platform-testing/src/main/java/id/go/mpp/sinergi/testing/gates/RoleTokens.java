package id.go.mpp.sinergi.testing.gates;

import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KeycloakServer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Real Keycloak tokens for every {@link Role}: the realm's demo users, the {@code agency-simkim} and
 * {@code kiosk-kota-jambi} service accounts,
 * and two users made for the gates (another citizen, the admin of another MPP), created once per JVM.
 */
public final class RoleTokens {

    /** The MPP of the "other MPP" admin; no fixture lives there. */
    public static final String OTHER_MPP = "kota-batam";

    private static final Map<Role, String> CREATED = new EnumMap<>(Role.class);

    private RoleTokens() {
    }

    /** The role's bearer token; empty for {@link Role#ANONYMOUS}. */
    public static synchronized Optional<String> of(Role role) {
        KeycloakServer keycloak = KeycloakServer.shared();
        return Optional.ofNullable(switch (role) {
            case ANONYMOUS -> null;
            case CITIZEN -> DemoUsers.CITIZEN.token();
            case OFFICER -> DemoUsers.IMIGRASI_OFFICER.token();
            case AGENCY_ADMIN -> DemoUsers.IMIGRASI_ADMIN.token();
            case OTHER_AGENCY_OFFICER -> DemoUsers.DUKCAPIL_OFFICER.token();
            case OTHER_AGENCY_ADMIN -> DemoUsers.DUKCAPIL_ADMIN.token();
            case MPP_ADMIN -> DemoUsers.MPP_ADMIN.token();
            case AGENCY_SYSTEM -> keycloak.clientToken("agency-simkim", "simkim-dev-secret");
            case KIOSK -> keycloak.clientToken("kiosk-kota-jambi", "kiosk-dev-secret");
            case OTHER_CITIZEN -> made(role, "citizen", Map.of());
            case OTHER_MPP_ADMIN -> made(role, "mpp-admin", Map.of("mpp", OTHER_MPP));
        });
    }

    /** A user made once per JVM; its token is then fetched like a demo user's, so it is renewed when it expires. */
    private static String made(Role role, String realmRole, Map<String, String> attributes) {
        String prefix = CREATED.computeIfAbsent(role, r -> {
            String p = "gates-" + r.key + "-" + UUID.randomUUID().toString().substring(0, 8);
            KeycloakServer.shared().userTokens(p, 1, realmRole, attributes);
            return p;
        });
        // KeycloakServer names made users prefix-0001 with the password prefix-pw.
        return KeycloakServer.shared().userToken(prefix + "-0001", prefix + "-pw");
    }
}
