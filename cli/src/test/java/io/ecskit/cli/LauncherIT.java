package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher the build writes beside the jar, {@code target/ecskit} (issue 26 item 8): it runs what {@code java -jar}
 * runs, and the class-data archive the build trained, {@code target/ecskit.jsa}, is one this JVM maps ({@code -Xshare:on}
 * refuses to start otherwise), so the start-up the README measures is the one users get.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of("target", "ecskit");

    @Test
    void theLauncher_answersAsTheJarDoes() throws Exception {
        JarRun jar = JarRun.of("validate", ShippedJarIT.SEED);
        Run launched = launch(List.of(), "validate", ShippedJarIT.SEED);

        assertThat(launched.exitCode).as(launched.err).isEqualTo(jar.exitCode());
        assertThat(launched.out).isEqualTo(jar.out());
        assertThat(launched.out).isNotBlank();
    }

    @Test
    void theTrainedArchive_isOneThisJvmMaps() throws Exception {
        assertThat(Path.of("target", "ecskit.jsa")).isRegularFile();

        Run strict = launch(List.of("-Xshare:on"), "--version");

        assertThat(strict.exitCode).as("with -Xshare:on a JVM that cannot map the archive does not start: " + strict.err).isZero();
        assertThat(strict.out).contains("ecskit");
    }

    /** picocli's Java 5 class files, raised to Java 6's version by the build (ArchivableClassFiles), come from the archive. */
    @Test
    void picocli_isLoadedFromTheArchive_notFromTheJar() throws Exception {
        Path log = Files.createTempFile("ecskit-class-load", ".log");
        try {
            Run run = launch(List.of("-Xlog:class+load=info:file=" + log), "--version");

            assertThat(run.exitCode).as(run.err).isZero();
            List<String> picocli = Files.readAllLines(log).stream().filter(line -> line.contains(" picocli.CommandLine ")
                    || line.contains(" picocli.CommandLine$Model$CommandSpec ")).toList();
            assertThat(picocli).hasSize(2).allMatch(line -> line.contains("source: shared objects file"));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run launch(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(LAUNCHER)).as(LAUNCHER + " is written by the build, executable").isTrue();
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ECSKIT_JAVA_OPTS", String.join(" ", javaOptions));
        builder.environment().putAll(JarRun.TEST_CREDENTIALS);
        Process process = builder.start();
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
