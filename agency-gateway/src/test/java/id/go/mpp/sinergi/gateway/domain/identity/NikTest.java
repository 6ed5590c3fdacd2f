package id.go.mpp.sinergi.gateway.domain.identity;

import id.go.mpp.sinergi.gateway.domain.identity.Nik.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NikTest {

    @Test
    void aManBornOnTheSeventeenthOfAugust1985InKotaJambiHasAValidNik() {
        assertThat(Nik.check("1571021708850001")).isEmpty();
        assertThat(Nik.check("1571021708850001", LocalDate.of(1985, 8, 17))).isEmpty();
        assertThat(Nik.registeredFemale("1571021708850001")).isFalse();
    }

    @Test
    void aWomansDayIsHerBirthDayPlusForty() {
        assertThat(Nik.check("3273015704920003", LocalDate.of(1992, 4, 17))).isEmpty();
        assertThat(Nik.registeredFemale("3273015704920003")).isTrue();
    }

    @Test
    void fifteenOrSeventeenDigitsOrALetterAreNotANik() {
        assertThat(Nik.check("157102170885000")).containsExactly(Violation.NOT_SIXTEEN_DIGITS);
        assertThat(Nik.check("15710217088500011")).containsExactly(Violation.NOT_SIXTEEN_DIGITS);
        assertThat(Nik.check("15710217088500O1")).containsExactly(Violation.NOT_SIXTEEN_DIGITS);
        assertThat(Nik.check(null)).containsExactly(Violation.NOT_SIXTEEN_DIGITS);
    }

    @Test
    void provinceTwentyAndNinetySevenDoNotExist() {
        assertThat(Nik.check("2071021708850001")).containsExactly(Violation.UNKNOWN_PROVINCE);
        assertThat(Nik.check("9771021708850001")).containsExactly(Violation.UNKNOWN_PROVINCE);
    }

    @Test
    void theNewPapuaProvincesAndTheOldPapuaCodesAreValid() {
        assertThat(Nik.check("9601021708850001")).isEmpty();
        assertThat(Nik.check("9401021708850001")).isEmpty();
    }

    @Test
    void aRegencyOrDistrictCodeOfZeroIsNoRegion() {
        assertThat(Nik.check("1500021708850001")).containsExactly(Violation.NO_REGION);
        assertThat(Nik.check("1571001708850001")).containsExactly(Violation.NO_REGION);
    }

    @Test
    void dayThirtyTwoMonthThirteenAndTheThirtiethOfFebruaryAreNoBirthDates() {
        assertThat(Nik.check("1571023208850001")).containsExactly(Violation.NOT_A_BIRTH_DATE);
        assertThat(Nik.check("1571021713850001")).containsExactly(Violation.NOT_A_BIRTH_DATE);
        assertThat(Nik.check("1571023002850001")).containsExactly(Violation.NOT_A_BIRTH_DATE);
        assertThat(Nik.check("1571027202850001")).as("a woman's 32nd").containsExactly(Violation.NOT_A_BIRTH_DATE);
        assertThat(Nik.check("1571020008850001")).as("day zero").containsExactly(Violation.NOT_A_BIRTH_DATE);
    }

    @Test
    void theTwentyNinthOfFebruaryIsADateInLeapYearsOnly() {
        assertThat(Nik.check("1571022902840001")).as("1984").isEmpty();
        assertThat(Nik.check("1571022902000001")).as("2000, although 1900 was not a leap year").isEmpty();
        assertThat(Nik.check("1571022902850001")).as("1985 nor 2085").containsExactly(Violation.NOT_A_BIRTH_DATE);
        assertThat(Nik.check("1571026902840001")).as("a woman born 29-02-1984").isEmpty();
    }

    @Test
    void serialZeroZeroZeroZeroIsNeverIssued() {
        assertThat(Nik.check("1571021708850000")).containsExactly(Violation.ZERO_SERIAL);
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        assertThat(Nik.check("2000003213850000")).containsExactly(Violation.UNKNOWN_PROVINCE, Violation.NO_REGION,
                Violation.NOT_A_BIRTH_DATE, Violation.ZERO_SERIAL);
    }

    @Test
    void aBirthDateThatIsNotTheOneInTheNikIsNamed() {
        assertThat(Nik.check("1571021708850001", LocalDate.of(1985, 8, 18)))
                .containsExactly(Violation.BIRTH_DATE_DIFFERS);
        assertThat(Nik.check("1571021708850001", LocalDate.of(1995, 8, 17)))
                .containsExactly(Violation.BIRTH_DATE_DIFFERS);
    }
}
