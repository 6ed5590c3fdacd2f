package id.go.mpp.sinergi.survey.api.ikm;

import id.go.mpp.sinergi.survey.app.ikm.IkmReport;
import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every unit of a period as CSV (RFC 4180, a header row, one row per unit): the figures of the JSON, NRR per unsur
 * in columns. A hidden unit's figure cells stay empty and its {@code published} cell says {@code false}.
 */
public final class IkmCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /**
     * The columns, in order. Names are stable (machine-read); the values of {@code period_label}, {@code kinerja} and
     * {@code weakest_unsur_name} are in the request's language.
     */
    public static final List<String> COLUMNS = Stream.of(
            Stream.of("mpp", "agency", "service", "period", "period_label", "first_day", "last_day", "published",
                    "respondents", "population", "sample_minimum", "sample_sufficient", "sample_missing"),
            Unsur.all().stream().map(u -> u.code() + "_nrr"),
            Stream.of("unit_value", "ikm", "mutu", "kinerja", "weakest_unsur", "weakest_unsur_name")
    ).flatMap(s -> s).toList();

    /** Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, help smuggle one in). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private IkmCsv() {
    }

    /** The file name offered for download: {@code ikm-<mpp>-<period key>.csv}. */
    public static String fileName(String mpp, String periodKey) {
        return "ikm-" + mpp + "-" + periodKey + ".csv";
    }

    public static String of(List<IkmReport> units) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (IkmReport unit : units) {
                printer.printRecord(row(unit).stream().map(IkmCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * A cell a spreadsheet shows as text: one starting with {@code = + - @} (or tab, CR) gets a leading apostrophe, so
     * {@code =HYPERLINK(…)} in any text is never run as a formula (OWASP "CSV injection"). Null is an empty cell.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static List<Object> row(IkmReport unit) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        IkmReport.Period period = unit.period();
        row.add(unit.mppCode());
        row.add(unit.agencyCode());
        row.add(unit.serviceCode());
        row.add(period.key());
        row.add(period.label());
        row.add(period.firstDay());
        row.add(period.lastDay());
        row.add(unit.published());
        row.add(unit.respondents());
        row.add(unit.population());
        IkmReport.Sample sample = unit.sample();
        row.add(sample == null ? null : sample.minimum());
        row.add(sample == null ? null : sample.sufficient());
        row.add(sample == null ? null : sample.missing());
        Map<String, IkmReport.Unsur> byCode = UnsurRows.byCode(unit);
        for (Unsur unsur : Unsur.all()) {
            IkmReport.Unsur score = byCode.get(unsur.code());
            row.add(score == null ? null : score.nrr());
        }
        row.add(unit.unitValue());
        row.add(unit.ikm());
        row.add(unit.mutu());
        row.add(unit.kinerja());
        row.add(unit.weakestUnsur());
        IkmReport.Unsur weakest = unit.weakestUnsur() == null ? null : byCode.get(unit.weakestUnsur());
        row.add(weakest == null ? null : weakest.name());
        return row;
    }
}
