package org.mlpworkbench.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.mlpworkbench.data.FileNames;

/**
 * Zipping a flat directory and unzipping safely: extraction refuses entries whose path would land
 * outside the target directory (absolute paths, {@code ..}, drive letters, backslashes), two entries
 * with the same name, and more entries or more bytes than the given limits — checked against the sizes
 * the zip declares before anything is extracted, and counted again while copying (headers can lie).
 * It never overwrites an existing file.
 */
public final class ZipFiles {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipFiles() {
    }

    /** Writes the regular files directly inside {@code directory}, sorted by name, as a zip to {@code out}. */
    public static void pack(Path directory, OutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path file : files) {
            ZipEntry entry = new ZipEntry(FileNames.name(file));
            entry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(entry);
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * Extracts {@code zipFile} into the existing directory {@code target}.
     *
     * @throws BundleFormatException if the zip is unreadable, an entry would escape {@code target} or
     *                               comes twice, or the limits are exceeded
     */
    public static void extract(Path zipFile, Path target, int maxEntries, long maxBytes) throws IOException {
        String source = FileNames.name(zipFile);
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = open(zipFile, maxEntries)) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            long declared = 0;
            for (ZipEntry entry : entries) {
                safeDestination(root, entry.getName(), source);
                declared += Math.max(0, entry.getSize());
                if (declared > maxBytes) {
                    throw tooLarge(source, maxBytes);
                }
            }
            long written = 0;
            for (ZipEntry entry : entries) {
                Path destination = safeDestination(root, entry.getName(), source);
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(FileNames.folderOf(destination));
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
                    written = copyBounded(in, out, written, maxBytes, source);
                }
            }
        } catch (ZipException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Opens {@code zipFile} for reading entries one by one, after checking that it has at most
     * {@code maxEntries} entries and no name twice.
     */
    public static ZipFile open(Path zipFile, int maxEntries) throws IOException {
        String source = FileNames.name(zipFile);
        ZipFile zip;
        try {
            zip = new ZipFile(zipFile.toFile());
        } catch (ZipException e) {
            throw unreadable(source, e);
        }
        try {
            if (zip.size() > maxEntries) {
                throw new BundleFormatException(source + " has " + zip.size() + " entries; at most " + maxEntries + " are accepted");
            }
            Set<String> names = new HashSet<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!names.add(entry.getName().replaceFirst("/+$", ""))) {
                    throw new BundleFormatException(source + " contains the entry '" + entry.getName()
                            + "' twice; refusing to read it (which of the two would be meant?)");
                }
            }
            return zip;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Refuses {@code entry} of {@code source} when the zip declares it larger than {@code maxBytes}. */
    public static void checkDeclaredSize(ZipEntry entry, long maxBytes, String source) throws BundleFormatException {
        if (entry.getSize() > maxBytes) {
            throw new BundleFormatException(source + ": the entry '" + entry.getName() + "' is " + entry.getSize()
                    + " bytes, more than the " + maxBytes + " accepted; refusing to extract it");
        }
    }

    /** The bytes of {@code entry}, refused beyond {@code maxBytes} (whatever the zip declares). */
    public static byte[] read(ZipFile zip, ZipEntry entry, long maxBytes, String source) throws IOException {
        checkDeclaredSize(entry, maxBytes, source);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            copyBounded(in, bytes, 0, maxBytes, source + ": the entry '" + entry.getName() + "'");
        } catch (ZipException e) {
            throw unreadable(source, e);
        }
        return bytes.toByteArray();
    }

    /** Copies {@code entry} to the new file {@code destination}, refused beyond {@code maxBytes}. */
    public static void copy(ZipFile zip, ZipEntry entry, Path destination, long maxBytes, String source) throws IOException {
        checkDeclaredSize(entry, maxBytes, source);
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
            copyBounded(in, out, 0, maxBytes, source + ": the entry '" + entry.getName() + "'");
        } catch (ZipException e) {
            throw unreadable(source, e);
        }
    }

    /** Where entry {@code name} goes under {@code root}, or an exception if it would leave {@code root}. */
    static Path safeDestination(Path root, String name, String source) throws BundleFormatException {
        boolean suspicious = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0;
        Path destination = root.resolve(name).normalize();
        if (suspicious || !destination.startsWith(root) || destination.equals(root)) {
            throw new BundleFormatException(source + " contains the entry '" + name
                    + "', whose path leaves the folder it is extracted to; refusing to extract it");
        }
        return destination;
    }

    private static BundleFormatException unreadable(String source, ZipException e) {
        return new BundleFormatException(source + " is not a readable zip file: " + e.getMessage(), e);
    }

    private static BundleFormatException tooLarge(String what, long maxBytes) {
        return new BundleFormatException(what + " expands to more than " + maxBytes + " bytes; refusing to extract it");
    }

    private static long copyBounded(InputStream in, OutputStream out, long written, long maxBytes, String what)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = written;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(what, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
