package org.mlpworkbench.bench;

import java.util.Random;
import org.bytedeco.openblas.global.openblas;

/**
 * The single-precision matrix-product speed the OpenBLAS build the engine calls reaches in this process (its
 * thread count and kernel are those the environment chose when the library loaded): measured in a child
 * process with one BLAS thread, it is the one-core peak a workload's matrix products are compared with.
 */
final class BlasPeak {

    private static final int SIZE = 1536;
    private static final int REPETITIONS = 4;

    private BlasPeak() {
    }

    /** GFLOP/s of {@code C = A · B} for {@value #SIZE}-square float matrices, the best of {@value #REPETITIONS} after a warm-up. */
    static double gflops() {
        int n = SIZE;
        Random random = new Random(7);
        float[] a = new float[n * n];
        float[] b = new float[n * n];
        float[] c = new float[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
            b[i] = (float) random.nextGaussian();
        }
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r <= REPETITIONS; r++) {
            long start = System.nanoTime();
            openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans,
                    n, n, n, 1f, a, n, b, n, 0f, c, n);
            double seconds = (System.nanoTime() - start) * 1e-9;
            if (r > 0) {
                best = Math.min(best, seconds);
            }
        }
        return 2.0 * n * n * n / best / 1e9;
    }
}
