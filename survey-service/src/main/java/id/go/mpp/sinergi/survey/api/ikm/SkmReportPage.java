package id.go.mpp.sinergi.survey.api.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.survey.app.ikm.IkmReport;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable SKM report of one unit and period (one self-contained HTML page, print CSS, no script): the unit and
 * period, the sample against the tickets served, the annex table of PermenPANRB 14/2017 (no, unsur, jumlah nilai,
 * NRR, NRR tertimbang), IKM, mutu and kinerja, the weakest unsur, the respondents' profile and the NRR chart. The
 * template ({@code templates/SkmReportPage/report.html}) escapes every text; only the chart, rendered by an escaping
 * template itself, goes in raw. A hidden unit's page says when its figures are published, and shows none.
 */
public final class SkmReportPage {

    public static final String MEDIA_TYPE = "text/html; charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Page page);
    }

    /** A labelled value of the page's fact lists. */
    public record Fact(String label, String value) {
    }

    /** One row of the annex table. */
    public record Row(int number, String code, String name, long sum, String nrr, String weightedNrr, String mutu) {
    }

    public record ProfileRow(String label, long count, String share) {
    }

    public record ProfileTable(String title, List<ProfileRow> rows) {
    }

    /** The fixed texts of the page in the request's language. */
    public record Texts(String heading, String regulation, String unitHeading, String sampleHeading,
                        String tableHeading, String number, String unsur, String sum, String nrr, String weightedNrr,
                        String mutu, String unitValueRow, String convertedRow, String resultHeading,
                        String profileHeading, String answer, String count, String share, String chartHeading,
                        String method) {

        static Texts in(Locale locale) {
            return new Texts(
                    t("Laporan Survei Kepuasan Masyarakat (SKM)", "Community Satisfaction Survey (SKM) report", locale),
                    t("Indeks Kepuasan Masyarakat (IKM) menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017",
                            "Community Satisfaction Index (IKM) under Minister of PANRB Regulation No. 14 of 2017",
                            locale),
                    t("Unit pelayanan dan periode", "Service unit and period", locale),
                    t("Responden dan sampel", "Respondents and sample", locale),
                    t("Nilai rata-rata per unsur", "Average score per unsur", locale),
                    t("No", "No", locale),
                    t("Unsur pelayanan", "Service element (unsur)", locale),
                    t("Jumlah nilai", "Sum of scores", locale),
                    t("NRR", "NRR", locale),
                    t("NRR tertimbang", "Weighted NRR", locale),
                    t("Mutu", "Quality", locale),
                    t("Jumlah NRR tertimbang (IKM unit pelayanan)", "Sum of weighted NRR (unit IKM)", locale),
                    t("IKM konversi (× 25)", "Converted IKM (× 25)", locale),
                    t("Hasil", "Result", locale),
                    t("Profil responden", "Respondents' profile", locale),
                    t("Jawaban", "Answer", locale),
                    t("Jumlah", "Count", locale),
                    t("%", "%", locale),
                    t("Grafik NRR per unsur", "Chart of NRR per unsur", locale),
                    t("NRR = jumlah nilai unsur ÷ jumlah responden; NRR tertimbang = NRR × 1/9; IKM unit pelayanan = "
                                    + "jumlah NRR tertimbang; IKM konversi = IKM unit pelayanan × 25. Setiap angka "
                                    + "dibulatkan sekali (HALF_UP) dari nilai eksaknya.",
                            "NRR = sum of an unsur's scores ÷ respondents; weighted NRR = NRR × 1/9; "
                                    + "unit IKM = sum of the weighted NRRs; converted IKM = unit IKM × 25. "
                                    + "Each figure is rounded once (HALF_UP) from its exact value.", locale));
        }
    }

    /**
     * @param message  set instead of figures: the unit is hidden, or nobody answered
     * @param chart    the NRR chart as SVG (null without figures)
     */
    public record Page(String lang, Texts t, String title, List<Fact> unit, String message, List<Fact> sample,
                       List<Row> rows, String unitValue, String converted, List<Fact> result,
                       List<ProfileTable> profile, RawString chart) {
    }

    private SkmReportPage() {
    }

    public static String render(IkmReport report, Locale locale) {
        return Templates.report(page(report, locale)).render();
    }

    static Page page(IkmReport report, Locale locale) {
        Texts texts = Texts.in(locale);
        String unitTitle = UnitTitles.of(report.mppCode(), report.agencyCode(), report.serviceCode());
        String title = texts.heading() + " · " + unitTitle + " · " + report.period().label();
        List<Fact> unit = unitFacts(report, locale);
        if (!report.published()) {
            return new Page(locale.getLanguage(), texts, title, unit, IkmCharts.T_HIDDEN.in(locale), List.of(),
                    List.of(), null, null, List.of(), List.of(), null);
        }
        List<Fact> sample = sampleFacts(report, locale);
        if (report.ikm() == null) {
            return new Page(locale.getLanguage(), texts, title, unit, IkmCharts.T_NO_RESPONDENTS.in(locale), sample,
                    List.of(), null, null, List.of(), List.of(), null);
        }
        List<Row> rows = new ArrayList<>();
        for (IkmReport.Unsur row : report.unsur()) {
            rows.add(new Row(rows.size() + 1, row.code(), row.name(), row.sum(), row.nrr().toPlainString(),
                    row.weightedNrr().toPlainString(), row.mutu()));
        }
        IkmReport.Unsur weakest = UnsurRows.byCode(report).get(report.weakestUnsur());
        List<Fact> result = List.of(
                fact("IKM unit pelayanan (1–4)", "Unit IKM (1–4)", report.unitValue().toPlainString(), locale),
                fact("IKM konversi (25–100)", "Converted IKM (25–100)", report.ikm().toPlainString(), locale),
                fact("Mutu pelayanan", "Service quality (mutu)", report.mutu(), locale),
                fact("Kinerja unit pelayanan", "Performance of the service unit", report.kinerja(), locale),
                fact("Unsur dengan NRR terendah", "Unsur with the lowest NRR", weakest == null ? report.weakestUnsur()
                        : weakest.code() + " " + weakest.name() + " (NRR " + weakest.nrr().toPlainString() + ")",
                        locale));
        return new Page(locale.getLanguage(), texts, title, unit, null, sample, rows,
                report.unitValue().toPlainString(), report.ikm().toPlainString(), result,
                profile(report, locale), new RawString(IkmCharts.unit(report, locale)));
    }

    private static List<Fact> unitFacts(IkmReport report, Locale locale) {
        IkmReport.Period period = report.period();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        return List.of(
                fact("Mal Pelayanan Publik", "Public service mall (MPP)", report.mppCode(), locale),
                fact("Instansi", "Agency", report.agencyCode() != null ? report.agencyCode()
                        : t("Semua instansi", "All agencies", locale), locale),
                fact("Layanan", "Service", report.serviceCode() != null ? report.serviceCode()
                        : t("Semua layanan", "All services", locale), locale),
                fact("Periode", "Period", period.label() + " (" + period.key() + ")", locale),
                fact("Tanggal", "Dates", format(period.firstDay(), dates) + " – " + format(period.lastDay(), dates),
                        locale));
    }

    private static List<Fact> sampleFacts(IkmReport report, Locale locale) {
        IkmReport.Sample sample = report.sample();
        String sufficiency = sample.sufficient() ? t("Cukup", "Sufficient", locale)
                : LocalizedText.of("Belum cukup: kurang %d responden", "Not yet sufficient: %d respondents missing")
                .formatted(sample.missing()).in(locale);
        return List.of(
                fact("Jumlah responden", "Respondents", Long.toString(report.respondents()), locale),
                fact("Populasi (tiket yang dilayani)", "Population (tickets served)",
                        Long.toString(report.population()), locale),
                fact("Sampel minimum (Krejcie–Morgan)", "Minimum sample (Krejcie–Morgan)",
                        Long.toString(sample.minimum()), locale),
                fact("Kecukupan sampel", "Sample sufficiency", sufficiency, locale));
    }

    private static List<ProfileTable> profile(IkmReport report, Locale locale) {
        List<ProfileTable> tables = new ArrayList<>();
        Map<String, Map<String, Long>> profile = report.profile() == null ? Map.of() : report.profile();
        for (ProfileQuestion question : ProfileQuestion.values()) {
            Map<String, Long> counts = profile.getOrDefault(question.code(), Map.of());
            List<ProfileRow> rows = new ArrayList<>();
            for (ProfileChoice choice : question.choices()) {
                rows.add(row(choice.label().in(locale), counts.getOrDefault(choice.code(), 0L), report.respondents()));
            }
            rows.add(row(t("Tidak diisi", "Not stated", locale), counts.getOrDefault("notStated", 0L),
                    report.respondents()));
            tables.add(new ProfileTable(question.label().in(locale), rows));
        }
        return tables;
    }

    private static ProfileRow row(String label, long count, long respondents) {
        String share = respondents == 0 ? "" : BigDecimal.valueOf(count * 100)
                .divide(BigDecimal.valueOf(respondents), 1, RoundingMode.HALF_UP).toPlainString();
        return new ProfileRow(label, count, share);
    }

    private static String format(LocalDate day, DateTimeFormatter formatter) {
        return day == null ? "" : formatter.format(day);
    }

    private static Fact fact(String id, String en, String value, Locale locale) {
        return new Fact(t(id, en, locale), value);
    }

    private static String t(String id, String en, Locale locale) {
        return LocalizedText.of(id, en).in(locale);
    }
}
