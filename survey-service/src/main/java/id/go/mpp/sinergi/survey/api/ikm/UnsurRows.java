package id.go.mpp.sinergi.survey.api.ikm;

import id.go.mpp.sinergi.survey.app.ikm.IkmReport;

import java.util.LinkedHashMap;
import java.util.Map;

/** The annex rows of a report by unsur code ({@code U1} … {@code U9}); empty when it has no figures. */
final class UnsurRows {

    private UnsurRows() {
    }

    static Map<String, IkmReport.Unsur> byCode(IkmReport report) {
        Map<String, IkmReport.Unsur> rows = new LinkedHashMap<>();
        if (report.unsur() != null) {
            report.unsur().forEach(row -> rows.put(row.code(), row));
        }
        return rows;
    }
}
