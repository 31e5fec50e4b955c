package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NpyTest {

    private static byte[] bytes(NamedArray array) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(array, out);
        return out.toByteArray();
    }

    private static NamedArray read(byte[] bytes) throws IOException {
        return Npy.read("a", new ByteArrayInputStream(bytes), "a.npy");
    }

    @Test
    void writesTheVersion1HeaderThatNumpyWrites() throws IOException {
        byte[] file = bytes(new NamedArray("w", new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6}));
        assertThat(Arrays.copyOf(file, 8)).containsExactly((byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0);
        int headerLength = (file[8] & 0xff) | (file[9] & 0xff) << 8;
        assertThat(10 + headerLength).isEqualTo(128);
        String header = new String(file, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith(" \n");
        assertThat(header.strip()).isEqualTo("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }");
        float[] values = new float[6];
        ByteBuffer.wrap(file, 128, 24).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        assertThat(values).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(file).hasSize(128 + 24);
    }

    @Test
    void oneDimensionalShapesUseATrailingCommaAndScalarsAnEmptyTuple() throws IOException {
        assertThat(new String(bytes(new NamedArray("b", new int[] {5}, new float[5])), StandardCharsets.US_ASCII))
                .contains("'shape': (5,), }");
        assertThat(new String(bytes(new NamedArray("s", new int[0], new float[] {7})), StandardCharsets.US_ASCII))
                .contains("'shape': (), }");
    }

    @Test
    void anEmptyArrayWithLargeOtherDimensionsReadsBack() throws IOException {
        NamedArray empty = new NamedArray("a", new int[] {1199, 1199, 1199, 0}, new float[0]);
        assertThat(read(bytes(empty))).isEqualTo(empty);
    }

    @Property(tries = 60)
    void everyHeaderIsPaddedTo64BytesAndRoundTrips(@ForAll @Size(max = 4) int[] dims, @ForAll @IntRange(min = 0, max = 5) int seed)
            throws IOException {
        int[] shape = Arrays.stream(dims).map(d -> Math.floorMod(d, 1200)).toArray();
        long size = Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
        if (size > 200_000) {
            shape[0] = 1;
            size = Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
            if (size > 200_000) {
                return;
            }
        }
        float[] data = new float[(int) size];
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
        }
        NamedArray array = new NamedArray("a", shape, data);
        byte[] file = bytes(array);
        int headerLength = (file[8] & 0xff) | (file[9] & 0xff) << 8;
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(file[10 + headerLength - 1]).isEqualTo((byte) '\n');
        assertThat(read(file)).isEqualTo(array);
    }

    @Test
    void specialFloatValuesSurviveBitForBit() throws IOException {
        float[] data = {Float.NaN, Float.POSITIVE_INFINITY, -0f, Float.MIN_VALUE, Float.MAX_VALUE, 1e-30f};
        NamedArray back = read(bytes(new NamedArray("x", new int[] {6}, data)));
        for (int i = 0; i < data.length; i++) {
            assertThat(Float.floatToRawIntBits(back.data()[i])).isEqualTo(Float.floatToRawIntBits(data[i]));
        }
    }

    @Test
    void readsVersion2HeadersAndOtherKeyOrders() throws IOException {
        String dict = "{'shape': (2,), 'fortran_order': False, 'descr': '<f4'}\n";
        ByteBuffer file = ByteBuffer.allocate(12 + dict.length() + 8).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(dict.length());
        file.put(dict.getBytes(StandardCharsets.US_ASCII)).putFloat(1.5f).putFloat(-2f);
        assertThat(read(file.array()).data()).containsExactly(1.5f, -2f);
    }

    @Test
    void refusesWhatIsNotLittleEndianFloat32InCOrder() throws IOException {
        byte[] good = bytes(new NamedArray("w", new int[] {2}, new float[] {1, 2}));
        assertThatThrownBy(() -> read(replace(good, "<f4", "<f8")))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("'<f8'").hasMessageContaining("float32");
        assertThatThrownBy(() -> read(replace(good, "False", "True ")))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("Fortran order");
        byte[] badMagic = good.clone();
        badMagic[1] = 'X';
        assertThatThrownBy(() -> read(badMagic)).isInstanceOf(BundleFormatException.class).hasMessageContaining("magic");
        byte[] version4 = good.clone();
        version4[6] = 4;
        assertThatThrownBy(() -> read(version4)).isInstanceOf(BundleFormatException.class).hasMessageContaining("version 4.0");
    }

    @Test
    void refusesTruncatedAndOverlongFiles() throws IOException {
        byte[] good = bytes(new NamedArray("w", new int[] {3}, new float[] {1, 2, 3}));
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("a.npy is truncated");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, 30)))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("truncated").hasMessageContaining("header");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length + 4)))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("data after");
    }

    private static byte[] replace(byte[] file, String from, String to) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }
}
