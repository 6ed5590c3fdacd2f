package id.go.mpp.sinergi.gateway.domain.notifications;

import java.util.Optional;

/** Indonesian mobile numbers as a messaging provider takes them: {@code +62} and 8–13 more digits. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** {@code 0812…}, {@code 62812…}, {@code +62 812-…} → {@code +62812…}; empty if it is not a mobile number. */
    public static Optional<String> normalised(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String digits = given.replaceAll("[\\s\\-().]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        }
        if (!digits.matches("628\\d{7,12}")) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }
}
