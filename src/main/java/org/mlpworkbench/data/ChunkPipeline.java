package org.mlpworkbench.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams the data records of a file: the loading thread reads blocks of about {@value #CHUNK_BYTES} bytes
 * (tests use smaller ones),
 * cuts each after its last complete record ({@link RecordBoundary}) and hands it to a bounded pool of
 * worker threads that tokenize and parse it; the results go back, in file order, to a
 * {@link TableAssembler} on the loading thread. At most {@code workers + 1} blocks are in flight and blocks
 * and token arrays are reused, so memory holds the parsed columns plus a few blocks, never the whole text.
 * Progress is reported and cancellation polled after every block (and every 50 ms while waiting); the
 * pool is shut down before {@link #run} returns, however it ends. Data of a single block is parsed on the
 * calling thread without a pool.
 */
final class ChunkPipeline {

    static final int CHUNK_BYTES = 4 << 20;
    private static final int SLACK = 1 << 16;
    private static final int MAX_WORKERS = 4;

    private final String source;
    private final FileChannel channel;
    private final long size;
    private final ByteTokenizer tokenizer;
    private final DialectSniffer.Layout layout;
    private final LoadPlan plan;
    private final LoadListener listener;
    private final EncodingSniffer.Encoding encoding;
    private final LinkedBlockingQueue<byte[]> freeBlocks = new LinkedBlockingQueue<>();
    private final ThreadLocal<TokenizedChunk> scratch;
    private final int chunkBytes;

    ChunkPipeline(String source, FileChannel channel, long size, ByteTokenizer tokenizer, DialectSniffer.Layout layout,
                  LoadPlan plan, LoadListener listener, EncodingSniffer.Encoding encoding, int chunkBytes) {
        this.chunkBytes = chunkBytes;
        this.source = source;
        this.channel = channel;
        this.size = size;
        this.tokenizer = tokenizer;
        this.layout = layout;
        this.plan = plan;
        this.listener = listener;
        this.encoding = encoding;
        this.scratch = ThreadLocal.withInitial(() -> new TokenizedChunk(null, plan.columns(), 1024));
    }

    TableAssembler.Result run(long dataStart, int firstLine) throws IOException, CsvException {
        TableAssembler assembler = plan.assembler(this::reread, firstLine, size - dataStart);
        int workers = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
        List<Thread> parsers = new CopyOnWriteArrayList<>();
        ExecutorService pool = size - dataStart > chunkBytes ? newPool(workers, parsers) : null;
        ArrayDeque<Future<ParsedChunk>> inFlight = new ArrayDeque<>();
        try {
            long position = dataStart;
            byte[] carry = new byte[0];
            int carryLength = 0;
            boolean atEnd = position >= size;
            while (!atEnd && !assembler.full()) {
                checkCancelled(assembler);
                int want = (int) Math.min(Math.max(chunkBytes, 2L * carryLength), carryLength + size - position);
                byte[] block = takeBlock(want);
                System.arraycopy(carry, 0, block, 0, carryLength);
                int got = fill(block, carryLength, want, position);
                long blockStart = position - carryLength;
                int length = carryLength + got;
                position += got;
                atEnd = position >= size || length < want;
                int end = atEnd ? length : RecordBoundary.last(block, 0, length, layout.delimiter(), layout.quote(),
                        layout.crOnly());
                if (end < 0) {
                    if (length >= FileLoader.MAX_RECORD_BYTES) {
                        while (!inFlight.isEmpty()) {
                            add(assembler, await(inFlight.poll(), assembler), position);
                        }
                        throw FileLoader.tooLong(source, assembler.nextLine());
                    }
                    carry = block;
                    carryLength = length;
                    continue;
                }
                carry = Arrays.copyOfRange(block, end, length);
                carryLength = carry.length;
                Chunk task = new Chunk(blockStart, block, end);
                if (pool == null) {
                    ParsedChunk parsed;
                    try {
                        parsed = task.call();
                    } catch (TokenizeError e) {
                        throw e.toException(source, assembler.nextLine(), plan.names);
                    }
                    add(assembler, parsed, position);
                } else {
                    inFlight.add(pool.submit(task::call));
                    while (inFlight.size() > workers || atEnd && !inFlight.isEmpty()) {
                        add(assembler, await(inFlight.poll(), assembler), position);
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                add(assembler, await(inFlight.poll(), assembler), position);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
                awaitQuietly(pool, parsers);
            }
            freeBlocks.clear();
            scratch.remove();
        }
        listener.progress(new LoadProgress(size, size, assembler.rows()));
        return assembler.finish(encoding.charset(), encoding.guessedUtf8());
    }

    private void add(TableAssembler assembler, ParsedChunk chunk, long position) throws CsvException {
        if (!assembler.full()) {
            assembler.add(chunk);
        }
        listener.progress(new LoadProgress(Math.min(position, size), size, assembler.rows()));
    }

    private byte[] takeBlock(int want) {
        byte[] block = freeBlocks.poll();
        return block != null && block.length >= want ? block : new byte[Math.max(want, chunkBytes + SLACK)];
    }

    /** One block of records: tokenized and parsed on a worker (or the loading thread). */
    private final class Chunk {
        private final long offset;
        private final byte[] bytes;
        private final int length;

        Chunk(long offset, byte[] bytes, int length) {
            this.offset = offset;
            this.bytes = bytes;
            this.length = length;
        }

        ParsedChunk call() {
            ParsedChunk parsed = plan.parser.parseBlock(tokenizer, bytes, offset, length, scratch.get(), 8);
            freeBlocks.offer(bytes);
            return parsed;
        }
    }

    private TokenizedChunk reread(ParsedChunk.Span span) throws CsvException {
        try {
            byte[] bytes = FileLoader.readAt(channel, span.offset(), span.length());
            return tokenizer.tokenize(bytes, 0, bytes.length, true, plan.columns(), Integer.MAX_VALUE, 0);
        } catch (IOException e) {
            throw new CsvException(source, 0, null, source + " could not be read again: " + e.getMessage(), e);
        }
    }

    private ParsedChunk await(Future<ParsedChunk> future, TableAssembler assembler) throws CsvException {
        while (true) {
            checkCancelled(assembler);
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the listener again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadCancelledException(source, assembler.rows());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TokenizeError t) {
                    throw t.toException(source, assembler.nextLine(), plan.names);
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void checkCancelled(TableAssembler assembler) throws LoadCancelledException {
        if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new LoadCancelledException(source, assembler.rows());
        }
    }

    private int fill(byte[] block, int from, int to, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(block, from, to - from);
        long p = position;
        while (buffer.hasRemaining()) {
            int r = channel.read(buffer, p);
            if (r < 0) {
                break;
            }
            p += r;
        }
        return (int) (p - position);
    }

    /** A pool of {@code workers} parser threads, each also added to {@code threads}. */
    private static ExecutorService newPool(int workers, List<Thread> threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "csv-parser-" + n.incrementAndGet());
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
    }

    /**
     * Waits until the pool has stopped and its threads have ended: a pool reports termination just before
     * its last threads exit, and a load must leave no parser thread behind.
     */
    private static void awaitQuietly(ExecutorService pool, List<Thread> threads) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
            for (Thread t : threads) {
                t.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
