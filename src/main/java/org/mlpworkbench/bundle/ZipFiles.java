package org.mlpworkbench.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Zipping a flat directory and unzipping safely: extraction refuses entries whose path would land
 * outside the target directory (absolute paths, {@code ..}, drive letters, backslashes), more entries
 * or more bytes than the given limits (counted while copying, not trusted from headers), and never
 * overwrites an existing file.
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
            ZipEntry entry = new ZipEntry(file.getFileName().toString());
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
     * @throws BundleFormatException if the zip is unreadable, an entry would escape {@code target},
     *                               or the limits are exceeded
     */
    public static void extract(Path zipFile, Path target, int maxEntries, long maxBytes) throws IOException {
        String source = zipFile.getFileName().toString();
        Path root = target.toAbsolutePath().normalize();
        long written = 0;
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > maxEntries) {
                throw new BundleFormatException(source + " has " + zip.size() + " entries; at most " + maxEntries + " are accepted");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = safeDestination(root, entry.getName(), source);
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
                    written = copyBounded(in, out, written, maxBytes, source);
                }
            }
        } catch (ZipException e) {
            throw new BundleFormatException(source + " is not a readable zip file: " + e.getMessage(), e);
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

    private static long copyBounded(InputStream in, OutputStream out, long written, long maxBytes, String source)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = written;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new BundleFormatException(source + " expands to more than " + maxBytes + " bytes; refusing to extract it");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
