package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The nine unsur of PermenPANRB 14/2017 in the regulation's numbering (8 = complaint handling, 9 = facilities; printed
 * forms often swap the last two on screen). Each has one question answered 1 (worst) to 4 (best), labelled as in the
 * regulation's sample form.
 */
public enum Unsur {
    PERSYARATAN(1,
            t("Persyaratan", "Requirements"),
            t("Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
                    "How well do the service requirements fit the type of service?"),
            t("Tidak sesuai", "Not suitable"), t("Kurang sesuai", "Less suitable"),
            t("Sesuai", "Suitable"), t("Sangat sesuai", "Very suitable")),
    PROSEDUR(2,
            t("Sistem, Mekanisme, dan Prosedur", "Systems, mechanisms and procedures"),
            t("Bagaimana pendapat Anda tentang kemudahan prosedur pelayanan di unit ini?",
                    "How easy is the service procedure at this unit?"),
            t("Tidak mudah", "Not easy"), t("Kurang mudah", "Less easy"),
            t("Mudah", "Easy"), t("Sangat mudah", "Very easy")),
    WAKTU(3,
            t("Waktu Penyelesaian", "Completion time"),
            t("Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?",
                    "How fast was the service delivered?"),
            t("Tidak cepat", "Not fast"), t("Kurang cepat", "Less fast"),
            t("Cepat", "Fast"), t("Sangat cepat", "Very fast")),
    BIAYA(4,
            t("Biaya/Tarif", "Cost/fee"),
            t("Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?",
                    "How fair is the cost or fee of the service?"),
            t("Sangat mahal", "Very expensive"), t("Cukup mahal", "Fairly expensive"),
            t("Murah", "Cheap"), t("Gratis", "Free")),
    PRODUK(5,
            t("Produk Spesifikasi Jenis Pelayanan", "Product specification of the service type"),
            t("Bagaimana pendapat Anda tentang kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan?",
                    "How well does the result you received match the published service standard?"),
            t("Tidak sesuai", "Not suitable"), t("Kurang sesuai", "Less suitable"),
            t("Sesuai", "Suitable"), t("Sangat sesuai", "Very suitable")),
    KOMPETENSI(6,
            t("Kompetensi Pelaksana", "Officer competence"),
            t("Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
                    "How competent were the officers who served you?"),
            t("Tidak kompeten", "Not competent"), t("Kurang kompeten", "Less competent"),
            t("Kompeten", "Competent"), t("Sangat kompeten", "Very competent")),
    PERILAKU(7,
            t("Perilaku Pelaksana", "Officer conduct"),
            t("Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
                    "How polite and friendly were the officers who served you?"),
            t("Tidak sopan dan ramah", "Not polite and friendly"),
            t("Kurang sopan dan ramah", "Less polite and friendly"),
            t("Sopan dan ramah", "Polite and friendly"), t("Sangat sopan dan ramah", "Very polite and friendly")),
    PENGADUAN(8,
            t("Penanganan Pengaduan, Saran dan Masukan", "Handling of complaints, suggestions and feedback"),
            t("Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?",
                    "How are complaints from service users handled?"),
            t("Tidak ada", "None"), t("Ada tetapi tidak berfungsi", "Exists but does not work"),
            t("Berfungsi kurang maksimal", "Works, but not fully"), t("Dikelola dengan baik", "Well managed")),
    SARANA(9,
            t("Sarana dan Prasarana", "Facilities and infrastructure"),
            t("Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?",
                    "How good are the facilities and infrastructure?"),
            t("Buruk", "Poor"), t("Cukup", "Fair"), t("Baik", "Good"), t("Sangat baik", "Very good"));

    /** The lowest answer value (worst). */
    public static final int MIN_VALUE = 1;
    /** The highest answer value (best). */
    public static final int MAX_VALUE = 4;

    private static final List<Unsur> ALL = List.of(values());

    private final int number;
    private final LocalizedText name;
    private final LocalizedText question;
    private final List<AnswerOption> options;

    Unsur(int number, LocalizedText name, LocalizedText question, LocalizedText... labels) {
        this.number = number;
        this.name = name;
        this.question = question;
        this.options = IntStream.range(0, labels.length).mapToObj(i -> new AnswerOption(i + 1, labels[i])).toList();
    }

    /** The regulation's number, 1–9; also the index of {@code IkmAnswers}. */
    public int number() {
        return number;
    }

    /** The stable code: {@code U1} … {@code U9}. */
    public String code() {
        return "U" + number;
    }

    public LocalizedText label() {
        return name;
    }

    public LocalizedText question() {
        return question;
    }

    /** The four answers, value 1 (worst) to 4 (best). */
    public List<AnswerOption> options() {
        return options;
    }

    /** The label of answer {@code value} (1–4). */
    public LocalizedText labelOf(int value) {
        if (value < MIN_VALUE || value > MAX_VALUE) {
            throw new IllegalArgumentException("answer value must be 1-4, not " + value);
        }
        return options.get(value - 1).label();
    }

    /** The nine unsur in the regulation's order. */
    public static List<Unsur> all() {
        return ALL;
    }

    /** The unsur of number 1–9. */
    public static Unsur of(int number) {
        if (number < 1 || number > ALL.size()) {
            throw new IllegalArgumentException("unsur " + number + " does not exist (1-9)");
        }
        return ALL.get(number - 1);
    }

    /** The unsur of code {@code U1} … {@code U9} (case-insensitive). */
    public static Optional<Unsur> fromCode(String code) {
        return ALL.stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst();
    }

    private static LocalizedText t(String id, String en) {
        return LocalizedText.of(id, en);
    }
}
