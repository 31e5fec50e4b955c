package org.mlpworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code pytorch_bench.py} (a resource beside this class) with Debian's {@code /usr/bin/python3} to
 * measure the same workloads in PyTorch, in a child process with a given {@link BenchEnvironment}.
 */
final class PyTorchBaseline {

    static final String PYTHON = "/usr/bin/python3";

    private PyTorchBaseline() {
    }

    /** Whether {@value #PYTHON} exists and imports torch. */
    static boolean available() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        try {
            return new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** PyTorch's figure for each of {@code workloads} in {@code environment}. */
    static List<Measured> measure(List<String> workloads, BenchEnvironment environment) throws IOException {
        Path script = Files.createTempFile("mlpw-pytorch-bench", ".py");
        try (InputStream in = PyTorchBaseline.class.getResourceAsStream("pytorch_bench.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            List<Measured> out = new ArrayList<>();
            for (JsonNode node : ChildProcess.jsonLines(List.of(PYTHON, script.toString(), String.join(",", workloads),
                    String.valueOf(environment.threads())), environment)) {
                out.add(new Measured(node.get("workload").asText(), node.get("seconds").asDouble(),
                        node.get("samples_per_second").asDouble(), environment));
            }
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
