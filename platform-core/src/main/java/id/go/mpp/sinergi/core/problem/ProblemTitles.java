package id.go.mpp.sinergi.core.problem;

/** Titles of the problem kinds every service uses. */
public final class ProblemTitles {

    public static final LocalizedText VALIDATION = LocalizedText.of("Data permintaan tidak valid", "Invalid request data");
    public static final LocalizedText VALIDATION_DETAIL = LocalizedText.of(
            "Periksa kolom yang disebutkan lalu kirim ulang.", "Check the fields named below and send again.");
    public static final LocalizedText MALFORMED = LocalizedText.of("Format permintaan salah", "Malformed request");
    public static final LocalizedText NOT_FOUND = LocalizedText.of("Tidak ditemukan", "Not found");
    public static final LocalizedText GONE = LocalizedText.of("Sudah tidak berlaku", "No longer available");
    public static final LocalizedText CONFLICT = LocalizedText.of("Tidak dapat dilakukan pada status saat ini",
            "Not possible in the current state");
    public static final LocalizedText FORBIDDEN = LocalizedText.of("Akses ditolak", "Access denied");
    public static final LocalizedText UNAUTHORIZED = LocalizedText.of("Perlu masuk", "Authentication required");
    public static final LocalizedText RULE = LocalizedText.of("Permintaan ditolak oleh aturan layanan",
            "Refused by a service rule");
    public static final LocalizedText SERVER = LocalizedText.of("Terjadi kesalahan pada server", "Server error");

    private ProblemTitles() {
    }
}
