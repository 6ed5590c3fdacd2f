package id.go.mpp.sinergi.survey.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one respondent to the 9 unsur of PermenPANRB 14/2017, each on the scale 1 (tidak baik)
 * to 4 (sangat baik): 1 Persyaratan, 2 Sistem/Mekanisme/Prosedur, 3 Waktu Penyelesaian, 4 Biaya/Tarif,
 * 5 Produk Spesifikasi Jenis Pelayanan, 6 Kompetensi Pelaksana, 7 Perilaku Pelaksana, 8 Penanganan
 * Pengaduan/Saran/Masukan, 9 Sarana dan Prasarana.
 */
public final class IkmAnswers {

    public static final int UNSUR = 9;

    private final short[] values;

    private IkmAnswers(short[] values) {
        this.values = values;
    }

    /**
     * @param byUnsur answer value per unsur number
     * @return the answers, or the first problem found
     */
    public static Result of(Map<Integer, Integer> byUnsur) {
        short[] values = new short[UNSUR];
        for (var entry : byUnsur.entrySet()) {
            int unsur = entry.getKey();
            if (unsur < 1 || unsur > UNSUR) {
                return Result.invalid("unsur " + unsur + " does not exist (1-9)");
            }
            int value = entry.getValue();
            if (value < 1 || value > 4) {
                return Result.invalid("unsur " + unsur + " answer must be 1-4");
            }
            values[unsur - 1] = (short) value;
        }
        for (int i = 0; i < UNSUR; i++) {
            if (values[i] == 0) {
                return Result.missing(i + 1);
            }
        }
        return new Result(Optional.of(new IkmAnswers(values)), null, 0);
    }

    public short[] values() {
        return Arrays.copyOf(values, values.length);
    }

    /** Either answers or what is wrong with them. */
    public record Result(Optional<IkmAnswers> answers, String problem, int missingUnsur) {
        static Result invalid(String problem) {
            return new Result(Optional.empty(), problem, 0);
        }

        static Result missing(int unsur) {
            return new Result(Optional.empty(), "unsur " + unsur + " is not answered", unsur);
        }
    }
}
