package id.go.mpp.sinergi.core.codes;

/** The shapes of the codes that name things in URLs and bodies, shared by every service. */
public final class Slugs {

    /** Codes of MPPs, agencies and services are lower-case slugs such as {@code kota-jambi} or {@code paspor-baru}. */
    public static final String CODE = "[a-z0-9][a-z0-9-]{0,62}";

    /** Counter codes such as {@code IMI-1}. */
    public static final String COUNTER = "[A-Za-z0-9][A-Za-z0-9-]{0,19}";

    /** A calendar day as {@code YYYY-MM-DD} (four-digit years only). */
    public static final String ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    /** A business identification number (NIB) as OSS issues it: 13 digits. */
    public static final String NIB = "[0-9]{13}";

    private Slugs() {
    }
}
