package io.ecskit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of the shipped {@code target/ecskit.jar} as a user runs it: {@code java -jar}, a separate
 * process, its own environment (AWS variables cleared, then the given ones set; no shared AWS files),
 * standard input given or closed. What it exits with and what it printed.
 */
record JarRun(int exitCode, String out, String err) {

    static final Path JAR = Path.of("target", "ecskit.jar");

    /** Credentials moto and the tests' local registry accept; nothing here reaches AWS. */
    static final Map<String, String> TEST_CREDENTIALS = Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");

    static JarRun of(String... args) {
        return run(TEST_CREDENTIALS, null, args);
    }

    static JarRun withStdin(String stdin, String... args) {
        return run(TEST_CREDENTIALS, stdin, args);
    }

    static JarRun run(Map<String, String> environment, String stdin, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the jar tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", "/nonexistent/ecskit-test/config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/ecskit-test/credentials");
        env.putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ecskit " + String.join(" ", args) + " did not end within 180 s");
            }
            return new JarRun(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
