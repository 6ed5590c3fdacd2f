package id.go.mpp.sinergi.queue.app.kpi;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.queue.domain.access.KpiAccess;
import id.go.mpp.sinergi.queue.domain.kpi.KpiRange;

import java.util.List;

/** The problems of the KPI endpoint, in Indonesian and English; each names the request field at fault. */
public final class KpiProblems {

    private KpiProblems() {
    }

    public static ProblemException invalidRange(KpiRange.InvalidRange e) {
        return switch (e.problem()) {
            case TO_BEFORE_FROM -> ProblemException.invalidField(e.field(), LocalizedText.of(
                    "tidak boleh sebelum tanggal 'from'", "may not be before 'from'"));
            case TOO_LONG -> ProblemException.invalidField(e.field(), LocalizedText.of(
                    "rentang paling panjang %d hari", "the range may span at most %d days").formatted(KpiRange.MAX_DAYS));
        };
    }

    public static ProblemException refused(KpiAccess.Refusal refusal, String mpp, String agency) {
        return switch (refusal) {
            case OTHER_MPP -> ProblemException.forbidden("other-mpp", LocalizedText.of(
                    "Anda bukan staf MPP '%s'", "You are not staff of MPP '%s'").formatted(mpp));
            case OTHER_AGENCY -> ProblemException.forbidden("other-agency", LocalizedText.of(
                    "Anda hanya dapat melihat kinerja instansi Anda sendiri, bukan '%s'",
                    "You may only see your own agency's figures, not '%s'").formatted(agency));
        };
    }

    /** 404 for the path's MPP, naming the field like the other input problems. */
    public static ProblemException mppNotFound(String mpp) {
        return new ProblemException(404, "mpp-not-found", ProblemTitles.NOT_FOUND,
                LocalizedText.of("MPP '%s' tidak ditemukan", "MPP '%s' not found").formatted(mpp),
                List.of(new ProblemException.FieldErrorText("mpp", LocalizedText.of(
                        "MPP ini tidak ada", "no such MPP"))));
    }

    public static ProblemException unknownAgency(String agency) {
        return ProblemException.invalidField("agency", LocalizedText.of(
                "instansi '%s' tidak ada di MPP ini", "agency '%s' is not at this MPP").formatted(agency));
    }

    public static ProblemException unknownService(String service) {
        return ProblemException.invalidField("service", LocalizedText.of(
                "layanan '%s' tidak ada di MPP ini", "service '%s' does not exist at this MPP").formatted(service));
    }

    public static ProblemException serviceOfOtherAgency(String service, String agency) {
        return ProblemException.invalidField("service", LocalizedText.of(
                "layanan '%s' bukan layanan instansi '%s'", "service '%s' is not a service of agency '%s'")
                .formatted(service, agency));
    }
}
