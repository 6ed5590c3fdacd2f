package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.Optional;

/** Pekerjaan, as the regulation's form lists it, with students apart from "lainnya". */
public enum Occupation implements ProfileChoice {
    PNS(LocalizedText.of("PNS", "Civil servant (PNS)")),
    TNI(LocalizedText.of("TNI", "Armed forces (TNI)")),
    POLRI(LocalizedText.of("POLRI", "Police (POLRI)")),
    SWASTA(LocalizedText.of("Pegawai swasta", "Private-sector employee")),
    WIRAUSAHA(LocalizedText.of("Wirausaha", "Self-employed")),
    PELAJAR_MAHASISWA(LocalizedText.of("Pelajar/Mahasiswa", "Student")),
    LAINNYA(LocalizedText.of("Lainnya", "Other"));

    private final LocalizedText label;

    Occupation(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public static Optional<Occupation> fromCode(String code) {
        return ProfileQuestion.find(Occupation.class, code);
    }
}
