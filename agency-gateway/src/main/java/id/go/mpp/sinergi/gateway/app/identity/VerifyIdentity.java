package id.go.mpp.sinergi.gateway.app.identity;

import java.time.LocalDate;

/**
 * What a visitor gives to be verified at Dukcapil, with their consent for this visit. Checked by the API layer
 * (required fields, the NIK's structure) before it gets here.
 *
 * @param birthPlace optional: compared too when given
 * @param sex        optional: {@code LAKI-LAKI} or {@code PEREMPUAN}, compared too when given
 */
public record VerifyIdentity(String nik, String fullName, LocalDate birthDate, String birthPlace, String sex) {
}
