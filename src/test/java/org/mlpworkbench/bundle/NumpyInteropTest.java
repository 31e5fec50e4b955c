package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NumPy itself reads what {@link Npz} writes, and {@link Npz} reads what NumPy writes (skipped without NumPy). */
class NumpyInteropTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsNumpy() {
        assumeTrue(SystemPython.has("numpy"), "/usr/bin/python3 with numpy is not installed");
    }

    @Test
    void numpyLoadsOurNpzAndWritesTheSameNpyBytes() throws IOException {
        Path npz = dir.resolve("w.npz");
        Npz.write(List.of(new NamedArray("layers.0.weight", new int[] {2, 3}, new float[] {1, -2.5f, 3, 4, 5, 1e-7f}),
                new NamedArray("layers.0.bias", new int[] {2}, new float[] {0.1f, -0.2f})), npz);
        Path script = dir.resolve("check.py");
        Files.writeString(script, String.join("\n",
                "import io, sys, zipfile, numpy as np",
                "z = np.load(sys.argv[1])",
                "print(sorted(z.files))",
                "w = z['layers.0.weight']",
                "print(w.dtype, w.shape, repr(w.tolist()))",
                "with zipfile.ZipFile(sys.argv[1]) as f:",
                "    for name in z.files:",
                "        b = io.BytesIO(); np.save(b, z[name])",
                "        print(name, f.read(name + '.npy') == b.getvalue())",
                ""));
        String out = SystemPython.runScript(script, npz.toString());
        assertThat(out.lines()).containsExactly(
                "['layers.0.bias', 'layers.0.weight']",
                "float32 (2, 3) [[1.0, -2.5, 3.0], [4.0, 5.0, 1.0000000116860974e-07]]",
                "layers.0.weight True",
                "layers.0.bias True");
    }

    @Test
    void readsWhatNumpySavezWrites() throws IOException {
        Path script = dir.resolve("write.py");
        Files.writeString(script, String.join("\n",
                "import sys, numpy as np",
                "np.savez(sys.argv[1], a=np.arange(12, dtype='<f4').reshape(3, 4) / 8, b=np.float32([-1, 2]))",
                "np.savez_compressed(sys.argv[2], c=np.ones((2, 2, 2), dtype='<f4'))",
                ""));
        SystemPython.runScript(script, dir.resolve("plain.npz").toString(), dir.resolve("compressed.npz").toString());
        Map<String, NamedArray> plain = Npz.read(dir.resolve("plain.npz"));
        assertThat(plain.get("a").shape()).containsExactly(3, 4);
        assertThat(plain.get("a").data()[11]).isEqualTo(11 / 8f);
        assertThat(plain.get("b").data()).containsExactly(-1f, 2f);
        assertThat(Npz.read(dir.resolve("compressed.npz")).get("c").data()).containsOnly(1f).hasSize(8);
    }
}
