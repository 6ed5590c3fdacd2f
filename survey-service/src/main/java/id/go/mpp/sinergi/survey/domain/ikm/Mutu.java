package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Mutu pelayanan and kinerja unit of PermenPANRB 14/2017, banded on the converted value (25–100) rounded HALF_UP to
 * two decimals. The regulation's unit-value table (1–4) is the same table divided by 25; it has gaps between its
 * rows (2.5996–2.60, 3.064–3.0644, 3.532–3.5324), so a unit value is banded through its converted value.
 */
public enum Mutu {
    A("88.31", "100.00", "3.5324", "4.00", LocalizedText.of("Sangat Baik", "Very good")),
    B("76.61", "88.30", "3.0644", "3.532", LocalizedText.of("Baik", "Good")),
    C("65.00", "76.60", "2.60", "3.064", LocalizedText.of("Kurang Baik", "Less than good")),
    D("25.00", "64.99", "1.00", "2.5996", LocalizedText.of("Tidak Baik", "Not good"));

    /** Converted values carry two decimals when banded and published. */
    public static final int CONVERTED_SCALE = 2;

    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    private final BigDecimal convertedFrom;
    private final BigDecimal convertedTo;
    private final BigDecimal unitFrom;
    private final BigDecimal unitTo;
    private final LocalizedText kinerja;

    Mutu(String convertedFrom, String convertedTo, String unitFrom, String unitTo, LocalizedText kinerja) {
        this.convertedFrom = new BigDecimal(convertedFrom);
        this.convertedTo = new BigDecimal(convertedTo);
        this.unitFrom = new BigDecimal(unitFrom);
        this.unitTo = new BigDecimal(unitTo);
        this.kinerja = kinerja;
    }

    /** The band of a converted value: rounded HALF_UP to two decimals first (76.605 → 76.61 → B). */
    public static Mutu ofConverted(BigDecimal converted) {
        BigDecimal rounded = converted.setScale(CONVERTED_SCALE, RoundingMode.HALF_UP);
        if (rounded.compareTo(D.convertedFrom) < 0 || rounded.compareTo(A.convertedTo) > 0) {
            throw new IllegalArgumentException("a converted IKM is 25.00-100.00, not " + rounded);
        }
        for (Mutu mutu : values()) {
            if (rounded.compareTo(mutu.convertedFrom) >= 0) {
                return mutu;
            }
        }
        throw new AssertionError("D starts at 25.00");
    }

    /**
     * The band of a unit value (1–4): the band of unit value × 25, so no value falls in the unit table's gaps. Give the
     * unrounded value: a unit value already rounded to four decimals may band higher (3.53216 is B, 3.5322 is A).
     */
    public static Mutu ofUnitValue(BigDecimal unitValue) {
        return ofConverted(unitValue.multiply(CONVERSION));
    }

    /** The kinerja unit pelayanan: Sangat Baik, Baik, Kurang Baik, Tidak Baik. */
    public LocalizedText kinerja() {
        return kinerja;
    }

    /** Lowest converted value of the band (two decimals). */
    public BigDecimal convertedFrom() {
        return convertedFrom;
    }

    /** Highest converted value of the band (two decimals). */
    public BigDecimal convertedTo() {
        return convertedTo;
    }

    /** Lowest unit value of the band as the regulation prints it. */
    public BigDecimal unitFrom() {
        return unitFrom;
    }

    /** Highest unit value of the band as the regulation prints it. */
    public BigDecimal unitTo() {
        return unitTo;
    }
}
