package org.mlpworkbench.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format for one float32 array: writes version 1.0 (magic {@code \x93NUMPY},
 * a Python-literal header padded with spaces to a multiple of 64 bytes, then little-endian float32
 * values in C order) and reads versions 1.0–3.0 of the same dtype, refusing anything else with a
 * message that names the source.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** Writes {@code array} as a complete {@code .npy} file (version 1.0) to {@code out}. */
    public static void write(NamedArray array, OutputStream out) throws IOException {
        out.write(header(array.shape()));
        ByteBuffer values = ByteBuffer.allocate(array.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        values.asFloatBuffer().put(array.data());
        out.write(values.array());
    }

    /** The magic, version, header length and padded header for a float32 array of {@code shape}. */
    static byte[] header(int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            dims.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        if (shape.length == 1) {
            dims.append(',');
        }
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 4 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
        header.put(text.getBytes(StandardCharsets.US_ASCII));
        return header.array();
    }

    /**
     * Reads one float32 array from {@code in}, which must hold exactly one {@code .npy} file.
     *
     * @param name   the name the array gets
     * @param source what to call the input in error messages (e.g. {@code weights.npz:layers.0.weight.npy})
     */
    public static NamedArray read(String name, InputStream in, String source) throws IOException {
        byte[] magic = readExactly(in, MAGIC.length + 2, source, "the magic number");
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new BundleFormatException(source + " is not a NumPy .npy file (bad magic number)");
            }
        }
        int major = magic[MAGIC.length];
        int headerLength;
        if (major == 1) {
            headerLength = littleEndian(readExactly(in, 2, source, "the header length"));
        } else if (major == 2 || major == 3) {
            headerLength = littleEndian(readExactly(in, 4, source, "the header length"));
        } else {
            throw new BundleFormatException(source + " has .npy format version " + major + "."
                    + magic[MAGIC.length + 1] + "; versions 1.0 to 3.0 are supported");
        }
        if (headerLength < 0 || headerLength > 1 << 16) {
            throw new BundleFormatException(source + " declares an implausible .npy header of " + headerLength + " bytes");
        }
        String header = new String(readExactly(in, headerLength, source, "the header"),
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int[] shape = parseHeader(header, source);
        for (int d : shape) {
            if (d < 0) {
                throw new BundleFormatException(source + " has a negative dimension in its shape: " + header.strip());
            }
        }
        long size = java.util.Arrays.stream(shape).anyMatch(d -> d == 0) ? 0 : 1;
        for (int d : shape) {
            size *= d;
            if (size * Float.BYTES > Integer.MAX_VALUE - 16) {
                throw new BundleFormatException(source + " declares an array too large to load: shape " + header.strip());
            }
        }
        byte[] raw = readExactly(in, (int) size * Float.BYTES, source, "the " + size + " float32 values");
        if (in.read() != -1) {
            throw new BundleFormatException(source + " has data after its " + size + " float32 values");
        }
        float[] data = new float[(int) size];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
        return new NamedArray(name, shape, data);
    }

    private static int[] parseHeader(String header, String source) throws BundleFormatException {
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new BundleFormatException(source + " has a malformed .npy header: " + header.strip());
        }
        if (!descr.group(1).equals("<f4")) {
            throw new BundleFormatException(source + " holds dtype '" + descr.group(1)
                    + "'; expected little-endian float32 ('<f4')");
        }
        if (fortran.group(1).equals("True")) {
            throw new BundleFormatException(source + " is stored in Fortran order; expected C order");
        }
        List<Integer> dims = new ArrayList<>();
        for (String part : shape.group(1).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dims.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new BundleFormatException(source + " has a malformed shape in its header: (" + shape.group(1) + ")");
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private static byte[] readExactly(InputStream in, int length, String source, String what) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new BundleFormatException(source + " is truncated: it ends inside " + what,
                    new EOFException(bytes.length + " of " + length + " bytes"));
        }
        return bytes;
    }

    private static int littleEndian(byte[] bytes) {
        int value = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[i] & 0xff);
        }
        return value;
    }
}
