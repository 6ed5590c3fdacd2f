package id.go.mpp.sinergi.core.codes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableCodesTest {

    @Test
    void aCodeIsDrawnFromCrockfordsAlphabet() {
        assertThat(ReadableCodes.random(40)).hasSize(40).matches(ReadableCodes.CHARACTER + "+");
    }

    @Test
    void aCodeTypedInLowerCaseOrInItsPrintedGroupsHashesAsTheCodeItself() {
        String code = "7KQ2M9XH4T";
        assertThat(ReadableCodes.hash("7kq2m-9xh4t")).isEqualTo(ReadableCodes.hash(code))
                .isEqualTo(ReadableCodes.hash(" 7KQ2M 9XH4T "))
                .hasSize(64)
                .isNotEqualTo(ReadableCodes.hash("7KQ2M9XH4V"));
    }
}
