package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.List;

/**
 * What every Open311 service of an MPP takes besides the standard fields: a complaint (SP4N-LAPOR! pengaduan) about
 * that service, with two choices of SP4N-LAPOR! as attributes, {@code anonim} and {@code rahasia}. MPP services are
 * served in the MPP's building, not at a place in the city: no location is needed (lat/long, address_string and
 * address_id are taken but neither required nor kept), which an informational attribute says to the user.
 */
public final class ServiceDefinitions {

    /** A complaint about the MPP as a whole (building, queue, staff) rather than one service: triage decides. */
    public static final String GENERAL_SERVICE = "pengaduan-umum";
    public static final LocalizedText GENERAL_NAME = LocalizedText.of("Pengaduan umum tentang MPP",
            "General complaint about the MPP");

    /** Attribute codes, as posted: {@code attribute[anonim]=ya}. */
    public static final String ANONYMOUS = "anonim";
    public static final String CONFIDENTIAL = "rahasia";
    public static final String LOCATION = "lokasi";
    public static final String YES = "ya";
    public static final String NO = "tidak";

    /** One attribute of a service definition, as the spec names its fields. */
    public record Attribute(boolean variable, String code, String datatype, boolean required,
                            LocalizedText datatypeDescription, int order, LocalizedText description,
                            List<Value> values) {
    }

    /** A choice of a list attribute. */
    public record Value(String key, LocalizedText name) {
    }

    private static final List<Value> YES_NO = List.of(new Value(YES, LocalizedText.of("Ya", "Yes")),
            new Value(NO, LocalizedText.of("Tidak", "No")));

    /** The attributes of every service (the same at every MPP). */
    public static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute(true, ANONYMOUS, "singlevaluelist", false,
                    LocalizedText.of("ya atau tidak (bawaan: tidak)", "ya (yes) or tidak (no); default tidak"), 1,
                    LocalizedText.of("Anonim: identitas pelapor disembunyikan dari instansi terlapor dan publik.",
                            "Anonymous: the reporter's identity is hidden from the agency concerned and the public."),
                    YES_NO),
            new Attribute(true, CONFIDENTIAL, "singlevaluelist", false,
                    LocalizedText.of("ya atau tidak (bawaan: tidak)", "ya (yes) or tidak (no); default tidak"), 2,
                    LocalizedText.of("Rahasia: laporan tidak ditampilkan kepada publik (tidak muncul di GET requests).",
                            "Confidential: the report is not shown to the public (not in GET requests)."),
                    YES_NO),
            new Attribute(false, LOCATION, "text", false, null, 3,
                    LocalizedText.of("Layanan MPP diberikan di gedung MPP: lokasi (lat/long, address_string, "
                                    + "address_id) tidak diperlukan dan tidak disimpan.",
                            "MPP services are given in the MPP's building: no location (lat/long, address_string, "
                                    + "address_id) is needed, and none is kept."),
                    List.of()));

    /** The description of a service of the catalogue in the services list. */
    public static LocalizedText serviceDescription(String agencyCode) {
        return LocalizedText.of("Pengaduan (SP4N-LAPOR!) tentang layanan ini di MPP, instansi %s. Wajib: description "
                        + "(maks. 4.000 karakter). Lokasi tidak diperlukan.",
                "A complaint (SP4N-LAPOR!) about this service at the MPP, agency %s. Required: description (at most "
                        + "4,000 characters). No location is needed.").formatted(agencyCode);
    }

    public static final LocalizedText GENERAL_DESCRIPTION = LocalizedText.of(
            "Pengaduan (SP4N-LAPOR!) tentang MPP secara umum (gedung, antrean, petugas); admin MPP meneruskannya ke "
                    + "instansi yang berwenang. Wajib: description (maks. 4.000 karakter). Lokasi tidak "
                    + "diperlukan.",
            "A complaint (SP4N-LAPOR!) about the MPP in general (building, queue, staff); the MPP admin passes it on "
                    + "to the responsible agency. Required: description (at most 4,000 characters). No location is "
                    + "needed.");

    /** What happens to a request once filed: the SP4N-LAPOR! stages and their working days. */
    public static final LocalizedText NOTICE = LocalizedText.of(
            "Admin MPP memverifikasi pengaduan dalam %d hari kerja dan meneruskannya ke instansi yang berwenang dalam "
                    + "%d hari kerja; instansi menindaklanjuti dalam %d hari kerja (SP4N-LAPOR!).",
            "The MPP admin verifies the complaint within %d working days and passes it on to the responsible agency "
                    + "within %d working days; the agency follows it up within %d working days (SP4N-LAPOR!).")
            .formatted(ComplaintStage.VERIFICATION.workingDays(), ComplaintStage.DISPOSITION.workingDays(),
                    ComplaintStage.FOLLOW_UP.workingDays());

    private ServiceDefinitions() {
    }

    /** An attribute's yes/no answer: absent or blank is no; anything but {@code ya}/{@code tidak} is a 400. */
    public static boolean yes(String code, String value) {
        if (value == null || value.isBlank() || NO.equals(value.strip())) {
            return false;
        }
        if (YES.equals(value.strip())) {
            return true;
        }
        throw Open311Refusal.badRequest(LocalizedText.of("attribute[%s] harus ya atau tidak",
                "attribute[%s] must be ya or tidak").formatted(code));
    }
}
