package org.mlpworkbench.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip-compressed input, recognised by its two magic bytes whatever the file is called. The loader reads
 * a block more than once (a column that turns out to hold text is parsed again), so a compressed file is
 * first unpacked, as a stream with progress and cancellation, into a temporary file that is deleted when the
 * load ends (and, should the process be stopped first, when it exits).
 */
final class Gzip {

    private static final int BUFFER = 1 << 16;

    private Gzip() {
    }

    /** Whether {@code channel} starts with the gzip magic bytes (its position is left unchanged). */
    static boolean is(FileChannel channel) throws IOException {
        byte[] magic = FileLoader.readAt(channel, 0, 2);
        return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    }

    /** Whether {@code file} is a regular file that starts with the gzip magic bytes. */
    static boolean is(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return is(channel);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Unpacks {@code compressed} into a new temporary file, reporting the compressed bytes read (the channel's
     * position) against the compressed size; the caller deletes the file.
     *
     * @throws CsvException a one-line message when the data are not valid gzip or the temporary file cannot be written
     */
    static Path unpack(String source, FileChannel compressed, LoadListener listener) throws CsvException {
        Path temp;
        try {
            temp = Files.createTempFile("mlpw-unpacked-", ".csv");
        } catch (IOException e) {
            throw new CsvException(source, 0, null, source + " cannot be unpacked: no temporary file could be made ("
                    + e.getMessage() + ").", e);
        }
        temp.toFile().deleteOnExit();
        boolean done = false;
        try {
            long size = compressed.size();
            compressed.position(0);
            try (InputStream in = new GZIPInputStream(Channels.newInputStream(compressed), BUFFER);
                 OutputStream out = Files.newOutputStream(temp)) {
                byte[] buf = new byte[BUFFER];
                long written = 0;
                long nextReport = 0;
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    written += n;
                    if (written >= nextReport) {
                        if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
                            throw new LoadCancelledException(source, 0);
                        }
                        listener.progress(new LoadProgress(compressed.position(), size, 0));
                        nextReport = written + (4 << 20);
                    }
                }
            }
            done = true;
            return temp;
        } catch (ZipException | EOFException e) {
            String why = e instanceof EOFException ? "it ends before its compressed data do (a truncated download?)"
                    : String.valueOf(e.getMessage());
            throw new CsvException(source, 0, null, source + " is not a valid gzip file: " + why + ".", e);
        } catch (IOException e) {
            throw new CsvException(source, 0, null, source + " cannot be unpacked into " + temp.getParent() + ": "
                    + e.getMessage() + ".", e);
        } finally {
            if (!done) {
                delete(temp);
            }
        }
    }

    /** The bytes of {@code file}, unpacked as they are read when it is gzip-compressed. */
    static InputStream open(Path file, InputStream raw) throws IOException {
        return is(file) ? new GZIPInputStream(raw, BUFFER) : raw;
    }

    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // deleteOnExit removes it later
        }
    }
}
