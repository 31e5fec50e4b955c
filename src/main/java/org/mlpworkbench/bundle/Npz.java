package org.mlpworkbench.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.mlpworkbench.data.FileNames;

/**
 * The NumPy {@code .npz} format: a zip of {@code .npy} files, one per array, entry name = array name
 * + {@code .npy}, stored uncompressed like {@code numpy.savez}. Entries carry a fixed timestamp so the
 * same arrays always give the same bytes. {@code numpy.load(path)} reads what {@link #write} writes.
 */
public final class Npz {
    /** More entries than this is not a set of network parameters. */
    static final int MAX_ENTRIES = 4096;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Npz() {
    }

    /** Writes the arrays, in order, as one {@code .npz} to {@code out} (which is not closed). */
    public static void write(Collection<NamedArray> arrays, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (NamedArray array : arrays) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 + array.size() * Float.BYTES);
            Npy.write(array, bytes);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            ZipEntry entry = new ZipEntry(array.name() + ".npy");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.size());
            entry.setCompressedSize(bytes.size());
            entry.setCrc(crc.getValue());
            entry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(entry);
            bytes.writeTo(zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Writes the arrays as a {@code .npz} file, atomically. */
    public static void write(Collection<NamedArray> arrays, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(arrays, out));
    }

    /**
     * Reads every array of a {@code .npz} file, keyed by name, in the order of the zip's directory.
     * Refuses a truncated or corrupted zip, an entry that is not a float32 {@code .npy}, and duplicates.
     */
    public static Map<String, NamedArray> read(Path file) throws IOException {
        String source = FileNames.name(file);
        Map<String, NamedArray> arrays = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new BundleFormatException(source + " has " + zip.size() + " entries; at most " + MAX_ENTRIES + " are accepted");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (entry.isDirectory() || !entryName.endsWith(".npy")) {
                    throw new BundleFormatException(source + " contains '" + entryName + "', which is not a .npy array");
                }
                String name = entryName.substring(0, entryName.length() - ".npy".length());
                try (InputStream in = zip.getInputStream(entry)) {
                    NamedArray array = Npy.read(name, in, source + ":" + entryName);
                    if (arrays.put(name, array) != null) {
                        throw new BundleFormatException(source + " contains the array '" + name + "' twice");
                    }
                }
            }
        } catch (ZipException e) {
            throw new BundleFormatException(source + " is not a readable .npz (zip) file: " + e.getMessage(), e);
        }
        return arrays;
    }
}
