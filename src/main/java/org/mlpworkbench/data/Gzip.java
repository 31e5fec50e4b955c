package org.mlpworkbench.data;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
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
 * first unpacked, as a stream with progress and cancellation, into a temporary file that no other process can
 * see or inherit (see {@link #unpack}); a read of the first rows unpacks only the first megabytes.
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
     * The unpacked text in a temporary file, open for reading and writing.
     *
     * @param whole whether it holds all of the data, or only the first {@code limit} bytes or so
     */
    record Unpacked(FileChannel channel, boolean whole) {
    }

    /**
     * Unpacks {@code compressed} into a new temporary file, stopping after about {@code limit} bytes, and
     * reports the compressed bytes read (the channel's position) against the compressed size. The file is
     * opened with {@code DELETE_ON_CLOSE}, which on Linux and macOS unlinks it at once, so nothing is left even
     * when the process is killed; elsewhere it goes when the channel is closed. The caller closes the channel.
     *
     * @throws CsvException a one-line message when the data are not valid gzip or the temporary file cannot be written
     */
    static Unpacked unpack(String source, FileChannel compressed, LoadListener listener, long limit)
            throws CsvException {
        FileChannel out;
        Path temp;
        try {
            temp = Files.createTempFile("mlpw-unpacked-", ".csv");
            out = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new CsvException(source, 0, null, source + " cannot be unpacked: no temporary file could be made ("
                    + e.getMessage() + ").", e);
        }
        boolean done = false;
        try {
            long size = compressed.size();
            compressed.position(0);
            boolean whole = true;
            // Closing the gzip stream frees its native inflater at once; the channel stays open (the caller's).
            try (InputStream in = new GZIPInputStream(new KeepOpen(Channels.newInputStream(compressed)), BUFFER)) {
                byte[] buf = new byte[BUFFER];
                long written = 0;
                long nextReport = 0;
                for (int n; (n = in.read(buf)) >= 0; ) {
                    ByteBuffer chunk = ByteBuffer.wrap(buf, 0, n);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                    written += n;
                    if (written >= nextReport) {
                        if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
                            throw new LoadCancelledException(source, 0);
                        }
                        listener.progress(new LoadProgress(compressed.position(), size, 0));
                        nextReport = written + (4 << 20);
                    }
                    if (written >= limit) {
                        whole = false;
                        break;
                    }
                }
            }
            done = true;
            return new Unpacked(out, whole);
        } catch (ZipException | EOFException e) {
            String why = e instanceof EOFException ? "it ends before its compressed data do (a truncated download?)"
                    : String.valueOf(e.getMessage());
            throw new CsvException(source, 0, null, source + " is not a valid gzip file: " + why + ".", e);
        } catch (IOException e) {
            throw new CsvException(source, 0, null, source + " cannot be unpacked into " + temp.getParent() + ": "
                    + e.getMessage() + ".", e);
        } finally {
            if (!done) {
                closeQuietly(out);
            }
        }
    }

    /** A stream over the caller's channel whose {@code close} leaves the channel open. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the channel belongs to the caller, who reads it again (the whole file after a prefix)
        }
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // DELETE_ON_CLOSE has removed the file, or will at exit
        }
    }

    /** The bytes of {@code file}, unpacked as they are read when it is gzip-compressed. */
    static InputStream open(Path file, InputStream raw) throws IOException {
        return is(file) ? new GZIPInputStream(raw, BUFFER) : raw;
    }
}
