package io.ecskit.cli.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image of {@code ecskit server} the build writes, {@code target/ecskit-server-image.tar} (issue 24 item 4): its
 * config as a client nobody here wrote reads it ({@code skopeo inspect --config}: non-root, port 4599, the entrypoint, the
 * version label), and its entrypoint run on the image's own files only: the layers unpacked into a directory that
 * becomes the process's root ({@code chroot --userspec=65532:65532}, as a container runtime would, without the
 * namespaces), answering its health endpoint and an ECS call on loopback. Without skopeo or root the parts that need
 * them are skipped, except under CI=true, where they fail.
 */
class ServerImageIT {

    static final Path IMAGE = Path.of("target", "ecskit-server-image.tar");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theImageConfig_isNonRoot_onPort4599_withItsVersion() throws Exception {
        assertThat(IMAGE).isRegularFile();
        requireTool("skopeo");
        Process inspect = new ProcessBuilder("skopeo", "inspect", "--config", "docker-archive:" + IMAGE).redirectErrorStream(true).start();
        String text = new String(inspect.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(inspect.waitFor()).as(text).isZero();
        JsonNode config = JSON.readTree(text).get("config");

        assertThat(config.get("User").asText()).isEqualTo("65532:65532");
        assertThat(config.get("ExposedPorts").has("4599/tcp")).isTrue();
        assertThat(config.get("Entrypoint").get(0).asText()).isEqualTo("/opt/java/bin/java");
        assertThat(config.get("Entrypoint").toString()).contains("/app/ecskit.jar", "server");
        assertThat(config.get("Cmd").toString()).isEqualTo("[\"--bind\",\"0.0.0.0\",\"--port\",\"4599\"]");
        assertThat(config.get("Labels").get("org.opencontainers.image.version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(config.get("Labels").get("io.ecskit.health").asText()).isEqualTo("/_ecskit/health");
    }

    @Test
    void theEntrypoint_runsOnTheImagesOwnFiles_andAnswers() throws Exception {
        assertThat(IMAGE).isRegularFile();
        boolean root = "0".equals(run("id", "-u").trim());
        if (!root || !Files.isExecutable(Path.of("/usr/sbin/chroot")) || !Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            skipOrFail("running the image's entrypoint in a chroot needs root, chroot and unshare");
        }
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        unpack(rootfs);
        Files.createDirectories(rootfs.resolve("proc"));
        Files.createDirectories(rootfs.resolve("dev"));
        JsonNode config = imageConfig();
        // a mount namespace of its own: /proc and /dev as a runtime gives them, gone with the process
        StringBuilder script = new StringBuilder("mount -t proc proc \"$1/proc\" && mount --bind /dev \"$1/dev\" && "
                + "exec chroot --userspec=65532:65532 \"$1\"");
        config.get("Entrypoint").forEach(a -> script.append(' ').append(a.asText()));
        // the image's own arguments but port 0: the test's port is the first free one, not 4599
        script.append(" --bind 0.0.0.0 --port 0");
        List<String> command = List.of("/usr/bin/unshare", "--mount", "--fork", "--propagation", "private", "sh", "-c",
                script.toString(), "image", rootfs.toString());
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String endpoint = null;
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                if (line.startsWith("endpoint: ")) {
                    endpoint = line.substring("endpoint: ".length());
                    break;
                }
            }
            assertThat(endpoint).as("the server in the image starts: " + seen).isNotNull();
            URI base = URI.create(endpoint.replace("0.0.0.0", "127.0.0.1"));
            assertThat(get(base.resolve("/_ecskit/health"))).contains("ok");
            HttpURLConnection ecs = (HttpURLConnection) base.toURL().openConnection();
            ecs.setRequestMethod("POST");
            ecs.setDoOutput(true);
            ecs.setRequestProperty("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.CreateCluster");
            ecs.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
            ecs.getOutputStream().write("{\"clusterName\":\"in-the-image\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(ecs.getResponseCode()).isEqualTo(200);
            assertThat(new String(ecs.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("\"clusterName\":\"in-the-image\"");
        } finally {
            // unshare's forked child (the chrooted java) outlives unshare unless ended itself
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The image's layers, in order, into one directory (what a container runtime mounts as the root). */
    private void unpack(Path rootfs) throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        assertThat(run("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", archive.toString())).isNotNull();
        JsonNode manifest = JSON.readTree(archive.resolve("manifest.json").toFile()).get(0);
        for (JsonNode layer : manifest.get("Layers")) {
            run("tar", "--warning=no-unknown-keyword", "-xzf", archive.resolve(layer.asText()).toString(), "-C", rootfs.toString());
        }
        assertThat(rootfs.resolve("opt/java/bin/java")).isExecutable();
        assertThat(rootfs.resolve("app/ecskit.jar")).isRegularFile();
    }

    private JsonNode imageConfig() throws IOException {
        Path archive = dir.resolve("archive");
        JsonNode manifest = JSON.readTree(archive.resolve("manifest.json").toFile()).get(0);
        return JSON.readTree(archive.resolve(manifest.get("Config").asText()).toFile()).get("config");
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static void requireTool(String tool) throws Exception {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        if (which.waitFor() != 0) {
            skipOrFail(tool + " is not installed (.ci/run installs it)");
        }
    }

    private static void skipOrFail(String why) {
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(why + ", and CI=true needs it");
        }
        Assumptions.abort(why);
    }
}
