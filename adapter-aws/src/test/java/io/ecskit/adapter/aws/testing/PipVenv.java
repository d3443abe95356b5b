package io.ecskit.adapter.aws.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Python test peer from PyPI in its own venv under {@code target/}: created with pip once per
 * pinned version (a marker file records it), checked by running it before the marker is written.
 */
final class PipVenv {

    private PipVenv() {
    }

    /**
     * The venv's {@code bin} directory, with {@code requirement} (e.g. {@code moto[server]==5.2.5})
     * installed into {@code target/<name>} by {@code python}; {@code check} (a command under bin,
     * with arguments) must run before the install counts as done.
     */
    static Path ensure(Path target, String name, String requirement, String python, List<String> check)
            throws IOException, InterruptedException {
        Path venv = target.resolve(name);
        Path marker = venv.resolve("ecskit-" + requirement.replaceAll("[^A-Za-z0-9.=_-]", "_"));
        Path bin = venv.resolve("bin");
        if (!Files.exists(marker)) {
            Instant began = Instant.now();
            run(target, List.of(python, "-m", "venv", "--clear", venv.toString()), Duration.ofMinutes(2));
            run(target, List.of(bin.resolve("pip").toString(), "install", "--quiet", requirement), Duration.ofMinutes(10));
            if (!check.isEmpty()) {
                java.util.List<String> command = new java.util.ArrayList<>(check);
                command.set(0, bin.resolve(check.get(0)).toString());
                // an install that cannot start (a dependency pip resolved badly) is no install
                run(target, command, Duration.ofMinutes(1));
            }
            Files.createFile(marker);
            System.err.printf("ecskit: installed %s into %s in %d s%n", requirement, venv,
                    Duration.between(began, Instant.now()).toSeconds());
        }
        return bin;
    }

    /** Runs a command to its end within {@code limit}; its output is the exception's message when it fails. */
    static void run(Path directory, List<String> command, Duration limit) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path output = Files.createTempFile("ecskit-peer-install", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " took longer than " + limit);
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
