package org.mlpworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one side of a benchmark in a child process whose environment is {@link BenchEnvironment} applied to a
 * copy of this process's, and reads the JSON object it prints on each line of its standard output.
 */
final class ChildProcess {

    private ChildProcess() {
    }

    /**
     * The JSON lines {@code command} prints, in {@code environment}.
     *
     * @throws IOException when it cannot start, prints something that is not JSON, or exits with an error
     */
    static List<JsonNode> jsonLines(List<String> command, BenchEnvironment environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        environment.applyTo(builder.environment());
        Process process = builder.start();
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("{")) {
                    lines.add(json.readTree(line));
                }
            }
        }
        try {
            int code = process.waitFor();
            if (code != 0) {
                throw new IOException(command.get(0) + " exited with " + code + " (" + environment.label() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        return lines;
    }
}
