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
    void niksGroupedBySpacesDashesOrDotsAreMaskedToTheSixteenDigitShape() {
        assertThat(Masking.personalDataIn("NIK 1571 0152 0890 0003 ditolak"))
                .isEqualTo("NIK 1571**********03 ditolak");
        assertThat(Masking.personalDataIn("NIK 1571-01-520890-0003 ditolak"))
                .isEqualTo("NIK 1571**********03 ditolak");
        assertThat(Masking.personalDataIn("NIK 1571.0152.0890.0003.")).isEqualTo("NIK 1571**********03.");
        assertThat(Masking.niksIn("nik=157101 520890 0003; tiket 12 1571 0152 0890 0003"))
                .isEqualTo("nik=1571**********03; tiket 12 1571**********03");
        assertThat(Masking.nik("1571-0152-0890-0003")).isEqualTo("1571**********03");
    }

    @Test
    void mobileNumbersWithDotsParenthesesOrInternationalPrefixesAreMasked() {
        assertThat(Masking.personalDataIn("WA 0812.3456.7890")).isEqualTo("WA 0812*****890");
        assertThat(Masking.personalDataIn("WA (0812) 3456-7890 ya")).isEqualTo("WA 0812*****890 ya");
        assertThat(Masking.personalDataIn("WA +62 (812) 3456-7890")).isEqualTo("WA +6281******890");
        assertThat(Masking.personalDataIn("WA (+62) 812 3456 7890")).isEqualTo("WA +6281******890");
        assertThat(Masking.personalDataIn("WA 0062 812 3456 7890")).isEqualTo("WA 0062********890");
        assertThat(Masking.personalDataIn("WA 6281234567890")).isEqualTo("WA 6281******890");
        assertThat(Masking.personalDataIn("(hubungi 081234567890)")).isEqualTo("(hubungi 0812*****890)");
    }

    @Test
    void landlineNumbersWithAreaCodesAreMasked() {
        assertThat(Masking.personalDataIn("kantor (0741) 123456")).isEqualTo("kantor 0741***456");
        assertThat(Masking.personalDataIn("kantor 021-5551234")).isEqualTo("kantor 0215***234");
        assertThat(Masking.personalDataIn("kantor +62 21 5551234")).isEqualTo("kantor +6221****234");
        assertThat(Masking.personalDataIn("kantor 0215551234")).isEqualTo("kantor 0215***234");
    }

    @Test
    void digitsOfOtherScriptsAreMaskedLikeAsciiDigits() {
        assertThat(Masking.personalDataIn("NIK １５７１０１５２０８９００００３")).isEqualTo("NIK 1571**********03");
        assertThat(Masking.personalDataIn("NIK １５７１ ０１５２ ０８９０ ０００３")).isEqualTo("NIK 1571**********03");
        assertThat(Masking.personalDataIn("HP ٠٨١٢٣٤٥٦٧٨٩٠")).isEqualTo("HP 0812*****890");
        assertThat(Masking.personalDataIn("HP ＋６２ ８１２-３４５６-７８９０")).isEqualTo("HP +6281******890");
        assertThat(Masking.personalDataIn("NIK १५७१०१५२०८९००००३")).isEqualTo("NIK 1571**********03");
    }

    @Test
    void timestampsUuidsCodesAmountsAndPortsInLogLinesStayAsTheyAre() {
        String[] ordinary = {
            "2026-12-06T06:18:45Z ticket-issued 2026-12-06T06:18:45.123456789+07:00",
            "2026-12-06 06:18:45,123 INFO tanggal 06-12-2026 10:30",
            "visit 12345678-1234-4234-8234-123456789012 and 0f8fad5b-d9cb-469f-a165-70867728950e",
            "tiket IMI-A-001 pukul 08:15, booking BK-7K3M9Q2X, aduan ADU-20261206-7K3M9Q2X",
            "biaya Rp 350.000, Rp6.280.000.000, IDR 15,000,000.00 dan 6.280.000.000 rupiah",
            "Listening on: http://127.0.0.1:8080 kafka localhost:9092 port 54321 db 10.0.21.5:5432",
            "offset 1765012345678 of 12345678901234567",
        };
        for (String line : ordinary) {
            assertThat(Masking.personalDataIn(line)).as(line).isEqualTo(line);
        }
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

    @Test
    void emailAddressesInFreeTextAreMaskedAndMarkupStaysText() {
        assertThat(Masking.personalDataIn("NIK 1571015208900003, hp 0812-3456-7890, surel budi.s@contoh.go.id."))
                .isEqualTo("NIK 1571**********03, hp 0812*****890, surel ***@***.");
        assertThat(Masking.personalDataIn("<script>alert(1)</script> @admin")).isEqualTo("<script>alert(1)</script> @admin");
    }
}
