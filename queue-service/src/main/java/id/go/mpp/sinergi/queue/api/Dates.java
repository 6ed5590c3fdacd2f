package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar days in query parameters: {@code YYYY-MM-DD} with a four-digit year, or a 400 on the field. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String field, String value) {
        try {
            if (value.matches(Slugs.ISO_DATE)) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalidField(field, LocalizedText.of(
                "bukan tanggal yang ada (format YYYY-MM-DD)", "is not a valid date (format YYYY-MM-DD)"));
    }
}
