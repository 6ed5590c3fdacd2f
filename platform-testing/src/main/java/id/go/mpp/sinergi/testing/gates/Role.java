package id.go.mpp.sinergi.testing.gates;

import java.util.Arrays;

/**
 * The callers every endpoint is tried with, relative to the fixture a service's gates test supplies: its data
 * belongs to {@code citizen} and to agency {@code imigrasi} at MPP {@code kota-jambi}.
 */
public enum Role {
    ANONYMOUS("anonymous"),
    CITIZEN("citizen"),
    OTHER_CITIZEN("other-citizen"),
    OFFICER("officer"),
    AGENCY_ADMIN("agency-admin"),
    OTHER_AGENCY_OFFICER("other-agency-officer"),
    OTHER_AGENCY_ADMIN("other-agency-admin"),
    MPP_ADMIN("mpp-admin"),
    OTHER_MPP_ADMIN("other-mpp-admin"),
    AGENCY_SYSTEM("agency-system"),
    /** The self-service kiosk of the fixture's MPP (client credentials). */
    KIOSK("kiosk");

    /** The name used in {@code gates/access.yaml}. */
    public final String key;

    Role(String key) {
        this.key = key;
    }

    public static Role of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + key + "'; roles are "
                        + Arrays.stream(values()).map(r -> r.key).toList()));
    }
}
