package id.go.mpp.sinergi.survey.api.ikm;

import id.go.mpp.sinergi.survey.app.ikm.IkmReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IkmCsvTest {

    private static final IkmReport.Period NOVEMBER = new IkmReport.Period("2026-11", "November 2026",
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        String link = "=HYPERLINK(\"http://evil.example\",\"x\")";
        assertThat(IkmCsv.cell(link)).isEqualTo("'" + link);
        assertThat(IkmCsv.cell("+1")).isEqualTo("'+1");
        assertThat(IkmCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(IkmCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(IkmCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(IkmCsv.cell("kota-jambi")).isEqualTo("kota-jambi");
        assertThat(IkmCsv.cell(new BigDecimal("81.94"))).isEqualTo("81.94");
        assertThat(IkmCsv.cell(null)).isEmpty();
    }

    @Test
    void aHiddenUnitHasEmptyFigureCellsAndAFormulaInALabelComesBackAsText() throws IOException {
        IkmReport hidden = new IkmReport("kota-jambi", "imigrasi", null,
                new IkmReport.Period("2026-11", "=cmd|' /C calc'!A0", NOVEMBER.firstDay(), NOVEMBER.lastDay()), false,
                null, null, null, null, null, null, null, null, null, null);
        IkmReport nobody = new IkmReport("kota-jambi", null, null, NOVEMBER, true, 0L, 4L,
                new IkmReport.Sample(4, false, 4), List.of(), null, null, null, null, null, Map.of());

        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(IkmCsv.of(List.of(nobody, hidden))));
        List<CSVRecord> rows = csv.getRecords();

        assertThat(csv.getHeaderNames()).isEqualTo(IkmCsv.COLUMNS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("published")).isEqualTo("true");
        assertThat(rows.get(0).get("respondents")).isEqualTo("0");
        assertThat(rows.get(0).get("population")).isEqualTo("4");
        assertThat(rows.get(0).get("sample_missing")).isEqualTo("4");
        assertThat(rows.get(0).get("ikm")).isEmpty();
        CSVRecord row = rows.get(1);
        assertThat(row.get("published")).isEqualTo("false");
        assertThat(row.get("period_label")).isEqualTo("'=cmd|' /C calc'!A0");
        for (String figure : List.of("respondents", "population", "sample_minimum", "sample_sufficient",
                "sample_missing", "U1_nrr", "U9_nrr", "unit_value", "ikm", "mutu", "kinerja", "weakest_unsur")) {
            assertThat(row.get(figure)).as(figure).isEmpty();
        }
    }
}
