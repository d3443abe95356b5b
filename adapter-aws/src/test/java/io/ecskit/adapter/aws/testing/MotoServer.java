package io.ecskit.adapter.aws.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto server for this JVM: installed with pip into a venv under {@code target/moto-venv} (pinned
 * by the system property {@code moto.version}, reinstalled only when that changes), started on a
 * free 127.0.0.1 port, reset between tests, stopped when the JVM ends.
 */
public final class MotoServer {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "123456789012";

    private static MotoServer instance;
    private static String failure;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The running server, started on first use; skips (or on CI fails) the test when it cannot start. */
    public static synchronized MotoServer get() {
        if (instance == null && failure == null) {
            try {
                instance = start();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted while starting";
            }
        }
        if (instance == null) {
            TestPeers.unavailable("moto server", failure);
        }
        return instance;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every resource: each test starts from an empty AWS. */
    public void reset() {
        post("/moto-api/reset");
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MotoServer start() throws IOException, InterruptedException {
        String version = System.getProperty("moto.version", "5.2.5");
        Path target = Path.of(System.getProperty("moto.directory", "target")).toAbsolutePath();
        Path bin = PipVenv.ensure(target, "moto-venv", "moto[server]==" + version, System.getProperty("moto.python", "python3"),
                List.of());
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = target.resolve("moto-server.log");
        ProcessBuilder builder = new ProcessBuilder(bin.resolve("moto_server").toString(), "-H", "127.0.0.1", "-p",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(log.toFile());
        // the developer's AWS_PROFILE, keys or region must not reach moto (a missing profile makes it answer 500)
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("MOTO_ECS_SERVICE_RUNNING", System.getProperty("moto.ecs.service.running", "0"));
        Process process = builder.start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        MotoServer server = new MotoServer(process, endpoint, log);
        server.awaitReady(Duration.ofSeconds(60));
        // the first request loads moto's backends lazily and is slow: pay it once here
        server.reset();
        return server;
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("moto_server exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(5000);
                if (c.getResponseCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        stop();
        throw new IOException("moto_server did not answer within " + limit + ": " + Files.readString(log, StandardCharsets.UTF_8));
    }

    private void post(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
            c.setRequestMethod("POST");
            c.setConnectTimeout(2000);
            c.setReadTimeout(30000);
            if (c.getResponseCode() >= 300) {
                throw new IllegalStateException("moto " + path + " answered " + c.getResponseCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto " + path + " failed", e);
        }
    }
}
