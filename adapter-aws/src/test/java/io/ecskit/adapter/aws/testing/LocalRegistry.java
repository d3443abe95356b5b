package io.ecskit.adapter.aws.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's docker-registry (distribution 2.8) on a free 127.0.0.1 port, with htpasswd basic auth
 * for one user: the registry an ECR push is tested against. One per JVM; its data under target/.
 */
public final class LocalRegistry {

    private static final String BINARY = "/usr/bin/docker-registry";
    private static LocalRegistry instance;
    private static String failure;

    private final Process process;
    private final String hostPort;
    private final String username;
    private final String password;

    private LocalRegistry(Process process, String hostPort, String username, String password) {
        this.process = process;
        this.hostPort = hostPort;
        this.username = username;
        this.password = password;
    }

    /** The registry, accepting {@code username}/{@code password}; skips (or on CI fails) when it cannot run. */
    public static synchronized LocalRegistry get(String username, String password) {
        if (instance == null && failure == null) {
            try {
                instance = start(username, password);
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted while starting";
            }
        }
        if (instance == null) {
            TestPeers.unavailable("the local docker-registry", failure
                    + " (install it with: apt-get install -y docker-registry apache2-utils)");
        }
        if (!instance.username.equals(username) || !instance.password.equals(password)) {
            throw new IllegalStateException("the local registry was started for other credentials");
        }
        return instance;
    }

    public String hostPort() {
        return hostPort;
    }

    public void stop() {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Docker-Content-Digest the registry reports for {@code repository:reference}; 404 gives null. */
    public String manifestDigest(String repository, String reference) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://" + hostPort + "/v2/" + repository + "/manifests/" + reference)
                .toURL().openConnection();
        c.setRequestMethod("GET");
        c.setRequestProperty("Accept", String.join(", ", "application/vnd.docker.distribution.manifest.v2+json",
                "application/vnd.oci.image.manifest.v1+json", "application/vnd.oci.image.index.v1+json",
                "application/vnd.docker.distribution.manifest.list.v2+json"));
        c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        int status = c.getResponseCode();
        if (status == 404) {
            return null;
        }
        if (status != 200) {
            throw new IOException("GET manifest answered " + status);
        }
        return c.getHeaderField("Docker-Content-Digest");
    }

    private static LocalRegistry start(String username, String password) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IOException(BINARY + " is not installed");
        }
        Path dir = Path.of(System.getProperty("moto.directory", "target")).toAbsolutePath().resolve("registry");
        Files.createDirectories(dir.resolve("data"));
        Path htpasswd = dir.resolve("htpasswd");
        Process hash = new ProcessBuilder("htpasswd", "-Bbn", username, password).redirectErrorStream(false).start();
        String line = new String(hash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (hash.waitFor() != 0 || line.isEmpty()) {
            throw new IOException("htpasswd (apache2-utils) failed or is not installed");
        }
        Files.writeString(htpasswd, line + "\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path config = dir.resolve("config.yml");
        Files.writeString(config, String.join("\n", List.of(
                "version: 0.1",
                "log:",
                "  level: warn",
                "storage:",
                "  filesystem:",
                "    rootdirectory: " + dir.resolve("data"),
                "  delete:",
                "    enabled: true",
                "http:",
                "  addr: 127.0.0.1:" + port,
                "auth:",
                "  htpasswd:",
                "    realm: ecskit-test",
                "    path: " + htpasswd)) + "\n");
        Process process = new ProcessBuilder(BINARY, "serve", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile()).start();
        String hostPort = "127.0.0.1:" + port;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("docker-registry exited: " + Files.readString(dir.resolve("registry.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://" + hostPort + "/v2/").toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 401) {
                    return new LocalRegistry(process, hostPort, username, password);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("docker-registry did not answer on " + hostPort);
    }
}
