package io.ecskit.adapter.aws.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI (v1, from PyPI) as a test peer: installed with pip into a venv under
 * {@code target/awscli-venv} (pinned by the system property {@code awscli.version}, reinstalled only
 * when that changes), run as a separate process against a local endpoint such as moto server, with
 * its own clean environment: fixed test credentials, no AWS files (never the user's {@code ~/.aws}),
 * no proxy, no pager.
 */
public final class AwsCli {

    /** How long one command may take before it is killed. */
    public static final Duration COMMAND_LIMIT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AwsCli instance;
    private static String failure;

    private final Path aws;
    private final Path target;
    private final Path home;

    private AwsCli(Path aws, Path target, Path home) {
        this.aws = aws;
        this.target = target;
        this.home = home;
    }

    /** The installed CLI, installed on first use; skips (or on CI fails) the test when it cannot be had. */
    public static synchronized AwsCli get() {
        if (instance == null && failure == null) {
            try {
                instance = install();
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted while installing";
            }
        }
        if (instance == null) {
            TestPeers.unavailable("aws cli", failure);
        }
        return instance;
    }

    /** {@code aws <args> --endpoint-url <endpoint> --region <region> --output json}, run in {@code target}. */
    public Result run(URI endpoint, String region, String... args) {
        return run(target, endpoint, region, args);
    }

    /** The same, run in {@code directory}: for arguments such as {@code file://task-definition.json}. */
    public Result run(Path directory, URI endpoint, String region, String... args) {
        List<String> command = new ArrayList<>();
        command.add(aws.toString());
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint.toString(), "--region", region, "--output", "json"));
        String shown = "aws " + String.join(" ", args);
        try {
            Files.createDirectories(home);
            Path stdout = Files.createTempFile(target, "awscli-", ".out");
            Path stderr = Files.createTempFile(target, "awscli-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(devNull()))
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
                environment(builder.environment(), region);
                Instant began = Instant.now();
                Process process = builder.start();
                if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    throw new IllegalStateException(shown + " did not end within " + COMMAND_LIMIT.toSeconds()
                            + " s and was killed\n" + new Result(-1, read(stdout), read(stderr)));
                }
                Result result = new Result(process.exitValue(), read(stdout), read(stderr));
                System.err.printf("ecskit: %s exited %d in %d ms%n", shown, result.exitCode(),
                        Duration.between(began, Instant.now()).toMillis());
                return result;
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(shown + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(shown + " was interrupted", e);
        }
    }

    /**
     * Only what the CLI needs, nothing inherited from the user's shell: no AWS_* variables, profile or
     * proxy; AWS files that do not exist; HOME under target, so nothing reads {@code ~/.aws}.
     */
    private void environment(Map<String, String> env, String region) {
        String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.clear();
        env.put("PATH", path);
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_CONFIG_FILE", home.resolve("no-aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-aws-credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        // cleared above; named here so that no later change lets the parent's proxy leak in
        for (String proxy : List.of("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")) {
            env.remove(proxy);
        }
        env.put("NO_PROXY", "127.0.0.1,localhost");
        env.put("no_proxy", "127.0.0.1,localhost");
    }

    /**
     * The documented examples the installed {@code awscli} package ships for {@code service}
     * ({@code awscli/examples/<service>/*.rst}: invocations with the output real AWS gave), read where pip put them.
     */
    public Path examples(String service) throws IOException {
        Path venv = aws.getParent().getParent();
        try (var pythons = Files.list(venv.resolve("lib"))) {
            Path lib = pythons.filter(p -> p.getFileName().toString().startsWith("python")).findFirst()
                    .orElseThrow(() -> new IOException("no python library folder in " + venv));
            return lib.resolve("site-packages").resolve("awscli").resolve("examples").resolve(service);
        }
    }

    private static AwsCli install() throws IOException, InterruptedException {
        String version = System.getProperty("awscli.version", "1.46.2");
        Path target = Path.of(System.getProperty("awscli.directory", "target")).toAbsolutePath();
        Path bin = PipVenv.ensure(target, "awscli-venv", "awscli==" + version, System.getProperty("awscli.python", "python3"),
                List.of("aws", "--version"));
        return new AwsCli(bin.resolve("aws"), target, target.resolve("awscli-home"));
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** What one command exited with and printed. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** stdout as JSON (the CLI was asked for {@code --output json}); fails with the whole result when it is not. */
        public JsonNode json() {
            if (stdout.isBlank()) {
                throw new IllegalStateException("the aws cli printed no JSON\n" + this);
            }
            try {
                return JSON.readTree(stdout);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the aws cli printed no valid JSON: " + e.getOriginalMessage() + "\n" + this, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + (stdout.endsWith("\n") ? "" : "\n")
                    + "--- stderr\n" + stderr;
        }
    }
}
