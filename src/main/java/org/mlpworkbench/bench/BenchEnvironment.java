package org.mlpworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The environments a benchmark side is measured in, each in a child process whose environment is set so
 * (the parent's is never changed): a thread count, and — when the environment forces an OpenBLAS kernel with
 * {@code OPENBLAS_CORETYPE} or {@code OPENBLAS_L2_SIZE} — that override kept, and removed (native detection).
 *
 * @param threads  the BLAS threads ({@code OPENBLAS_NUM_THREADS} and {@code OMP_NUM_THREADS})
 * @param override the forced kernel as found, or {@code null} for native detection
 */
record BenchEnvironment(int threads, String override) {

    /** The variables that force OpenBLAS's kernel choice. */
    static final List<String> OVERRIDES = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    /** For each thread count: the override found in {@code env} (if any), and native detection. */
    static List<BenchEnvironment> variants(Map<String, String> env, List<Integer> threadCounts) {
        String found = describeOverride(env);
        List<BenchEnvironment> out = new ArrayList<>();
        for (int threads : threadCounts) {
            if (found != null) {
                out.add(new BenchEnvironment(threads, found));
            }
            out.add(new BenchEnvironment(threads, null));
        }
        return out;
    }

    /** {@code NAME=value} of each override set in {@code env}, space-separated, or {@code null} when none is. */
    static String describeOverride(Map<String, String> env) {
        List<String> set = new ArrayList<>();
        for (String name : OVERRIDES) {
            if (env.get(name) != null) {
                set.add(name + "=" + env.get(name));
            }
        }
        return set.isEmpty() ? null : String.join(" ", set);
    }

    /** Sets this environment in {@code env}, a child process's copy of the parent's. */
    void applyTo(Map<String, String> env) {
        env.put("OPENBLAS_NUM_THREADS", String.valueOf(threads));
        env.put("OMP_NUM_THREADS", String.valueOf(threads));
        if (override == null) {
            OVERRIDES.forEach(env::remove);
        }
    }

    /** For a report: "2 threads, native detection" or "1 thread, OPENBLAS_CORETYPE=Haswell". */
    String label() {
        return threads + (threads == 1 ? " thread, " : " threads, ") + (override == null ? "native detection" : override);
    }
}
