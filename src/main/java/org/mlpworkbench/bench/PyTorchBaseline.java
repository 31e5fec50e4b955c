package org.mlpworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code pytorch_bench.py} (a resource beside this class) with Debian's {@code /usr/bin/python3}
 * to measure the same workloads in PyTorch. Returns an empty map when Python or torch is missing.
 */
final class PyTorchBaseline {

    static final String PYTHON = "/usr/bin/python3";

    /** PyTorch's best time over 1 and 2 threads. */
    record Figure(double seconds, double samplesPerSecond, int threads) {
    }

    private PyTorchBaseline() {
    }

    static Map<String, Figure> measure(List<String> workloads) {
        Map<String, Figure> figures = new HashMap<>();
        if (!Files.isExecutable(Path.of(PYTHON)) || run(List.of(PYTHON, "-c", "import torch")) != 0) {
            return figures;
        }
        Path script = null;
        try (InputStream in = PyTorchBaseline.class.getResourceAsStream("pytorch_bench.py")) {
            script = Files.createTempFile("mlpw-pytorch-bench", ".py");
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            Process process = new ProcessBuilder(PYTHON, script.toString(), String.join(",", workloads))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    JsonNode node = json.readTree(line);
                    figures.put(node.get("workload").asText(), new Figure(node.get("seconds").asDouble(),
                            node.get("samples_per_second").asDouble(), node.get("threads").asInt()));
                }
            }
            process.waitFor();
        } catch (IOException e) {
            figures.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            figures.clear();
        } finally {
            if (script != null) {
                script.toFile().delete();
            }
        }
        return figures;
    }

    private static int run(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
