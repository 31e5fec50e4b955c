package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private static double parse(String s) {
        return NumberParser.parse(s);
    }

    @Test
    void acceptedForms() {
        assertThat(parse("12")).isEqualTo(12.0);
        assertThat(parse("-0.5")).isEqualTo(-0.5);
        assertThat(parse("+3.")).isEqualTo(3.0);
        assertThat(parse(".25")).isEqualTo(0.25);
        assertThat(parse("1e-3")).isEqualTo(0.001);
        assertThat(parse("2E+8")).isEqualTo(2e8);
        assertThat(parse("  7  ")).isEqualTo(7.0);
        assertThat(parse("007")).isEqualTo(7.0);
        assertThat(Double.doubleToRawLongBits(parse("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(parse("12345678901234567890")).isEqualTo(12345678901234567890.0);
        assertThat(parse("0.1000000000000000055511151231257827")).isEqualTo(0.1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "-inf", "+INF", "Infinity", "-infinity", "nan", "NaN", "1e999", "-1e400"})
    void nonFiniteValues(String s) {
        assertThat(NumberParser.isNonFinite(parse(s))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,5", "1 000", "1_000", "0x1F", "1d", "2f", "1e", "e5", ".", "+", "-",
            "--1", "1..2", "1e+", "١٢", "12a", "a12", "infinite", "n/a", "1.2.3"})
    void notNumbers(String s) {
        assertThat(NumberParser.isNotANumber(parse(s))).as("'%s'", s).isTrue();
    }

    @Test
    void bytesAreReadInPlace() {
        byte[] b = "x,-12.5e1,y".getBytes(StandardCharsets.US_ASCII);
        assertThat(NumberParser.parse(b, 2, 9)).isEqualTo(-125.0);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> printed = Arbitraries.doubles().map(d -> Double.toString(d));
        Arbitrary<String> fixed = Arbitraries.doubles().between(-1e9, 1e9).ofScale(6)
                .map(d -> String.format(Locale.ROOT, "%.6f", d));
        Arbitrary<String> scientific = Arbitraries.doubles()
                .map(d -> String.format(Locale.ROOT, "%.3e", d));
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(25)
                .flatMap(whole -> Arbitraries.strings().withChars("0123456789").ofMaxLength(25)
                        .flatMap(frac -> Arbitraries.integers().between(-330, 330)
                                .map(exp -> whole + "." + frac + "e" + exp)));
        return Arbitraries.oneOf(printed, fixed, scientific, digits);
    }

    @Property(tries = 5000)
    void equalsDoubleParseDouble(@ForAll("decimals") String s) {
        double expected = Double.parseDouble(s);
        double actual = parse(s);
        if (Double.isInfinite(expected)) {
            assertThat(NumberParser.isNonFinite(actual)).isTrue();
        } else {
            assertThat(Double.doubleToRawLongBits(actual)).as(s).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}
