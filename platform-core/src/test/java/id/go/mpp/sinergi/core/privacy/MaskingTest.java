package id.go.mpp.sinergi.core.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void nikKeepsOnlyRegionCodeAndLastTwoDigits() {
        assertThat(Masking.nik("1571015208900003")).isEqualTo("1571**********03");
    }

    @Test
    void somethingThatIsNotANikIsMaskedWhole() {
        assertThat(Masking.nik("12345")).isEqualTo("*****");
        assertThat(Masking.nik(null)).isNull();
    }

    @Test
    void phoneKeepsPrefixAndLastThreeDigits() {
        assertThat(Masking.phone("+62 812-3456-7890")).isEqualTo("+6281******890");
        assertThat(Masking.phone("081234567890")).isEqualTo("0812*****890");
        assertThat(Masking.phone("12345")).isEqualTo("*****");
    }

    @Test
    void niksInFreeTextAreMasked() {
        assertThat(Masking.niksIn("NIK 1571015208900003 tidak cocok; tiket 12"))
                .isEqualTo("NIK 1571**********03 tidak cocok; tiket 12");
        assertThat(Masking.niksIn("no 12345678901234567 is 17 digits")).contains("12345678901234567");
    }

    @Test
    void phoneNumbersInFreeTextAreMasked() {
        assertThat(Masking.personalDataIn("hubungi +62 812-3456-7890 atau 081234567890, NIK 1571015208900003"))
                .isEqualTo("hubungi +6281******890 atau 0812*****890, NIK 1571**********03");
        assertThat(Masking.personalDataIn("tiket IMI-A-012 pukul 08:15")).isEqualTo("tiket IMI-A-012 pukul 08:15");
    }

    @Test
    void logLinesAndStackTracesLeaveTheFilterMasked() {
        var record = new org.jboss.logmanager.ExtLogRecord(java.util.logging.Level.SEVERE, "lookup of %s failed",
                org.jboss.logmanager.ExtLogRecord.FormatStyle.PRINTF, MaskingTest.class.getName());
        record.setParameters(new Object[] {"1571015208900003"});
        record.setThrown(new IllegalStateException("Dukcapil said no for 1571015208900003 / 081234567890"));

        assertThat(new PersonalDataLogFilter().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage())
                .startsWith("lookup of 1571**********03 failed")
                .contains("IllegalStateException: Dukcapil said no for 1571**********03 / 0812*****890")
                .contains("at id.go.mpp.sinergi.core.privacy.MaskingTest")
                .doesNotContain("1571015208900003", "081234567890");
        assertThat(record.getThrown()).isNull();
    }
}
