package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NestedArraysTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void nestsByShape() throws Exception {
        NamedArray w = new NamedArray("w", new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6.5f});
        assertThat(JSON.writeValueAsString(NestedArrays.toJson(w))).isEqualTo("[[1.0,2.0,3.0],[4.0,5.0,6.5]]");
        JsonNode back = JSON.readTree("[[1.0,2,3],[4,5e0,6.5]]");
        assertThat(NestedArrays.fromJson("w", back, new int[] {2, 3}, "w.json")).isEqualTo(w);
    }

    @Property(tries = 2000)
    void everyFiniteFloatSurvivesTheTextRoundTripBitForBit(@ForAll int bits) throws Exception {
        float value = Float.intBitsToFloat(bits);
        if (!Float.isFinite(value) || bits == Integer.MIN_VALUE) {
            return;
        }
        NamedArray array = new NamedArray("x", new int[] {1}, new float[] {value});
        String text = JSON.writeValueAsString(NestedArrays.toJson(array));
        NamedArray back = NestedArrays.fromJson("x", JSON.readTree(text), new int[] {1}, "x.json");
        assertThat(Float.floatToRawIntBits(back.data()[0])).isEqualTo(bits);
    }

    @Test
    void negativeZeroReadsBackAsZero() throws Exception {
        NamedArray array = new NamedArray("x", new int[] {1}, new float[] {-0f});
        String text = JSON.writeValueAsString(NestedArrays.toJson(array));
        assertThat(text).isEqualTo("[-0.0]");
        assertThat(NestedArrays.fromJson("x", JSON.readTree(text), new int[] {1}, "x.json").data()).containsExactly(0f);
    }

    @Test
    void refusesRaggedNestingAndNonNumbers() throws Exception {
        assertThatThrownBy(() -> NestedArrays.fromJson("w", JSON.readTree("[[1,2],[3]]"), new int[] {2, 2}, "m.json"))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("m.json: parameter w does not have the shape [2, 2]");
        assertThatThrownBy(() -> NestedArrays.fromJson("b", JSON.readTree("[1,\"x\"]"), new int[] {2}, "m.json"))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("where a number was expected");
    }
}
