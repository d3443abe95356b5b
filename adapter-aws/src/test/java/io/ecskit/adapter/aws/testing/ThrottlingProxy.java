package io.ecskit.adapter.aws.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of moto that answers the first N requests of chosen operations
 * (by the JSON protocol's X-Amz-Target, e.g. "AmazonEC2ContainerServiceV20141113.ListClusters")
 * as ECS does when it throttles: HTTP 400 with {@code {"__type":"ThrottlingException"}}.
 * It counts what it throttled and what it forwarded, and keeps the bodies it forwarded, so a
 * test can check what a client sent rather than what moto chose to store.
 */
public final class ThrottlingProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "expect",
            "transfer-encoding", "upgrade", "keep-alive");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final Map<String, AtomicInteger> toThrottle = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> throttled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> forwarded = new ConcurrentHashMap<>();
    private final Map<String, java.util.List<String>> bodies = new ConcurrentHashMap<>();

    public ThrottlingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private volatile double share;
    private volatile java.util.Random random = new java.util.Random(0);

    /** From now on throttles each request with probability {@code share}, by a random sequence seeded with {@code seed}. */
    public void throttleShare(double share, long seed) {
        this.random = new java.util.Random(seed);
        this.share = share;
    }

    /** Every request throttled so far, all operations together. */
    public int throttledTotal() {
        return throttled.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Throttles the next {@code times} requests of {@code operation} (the part after the dot of X-Amz-Target). */
    public void throttle(String operation, int times) {
        toThrottle.put(operation, new AtomicInteger(times));
    }

    public int throttled(String operation) {
        return throttled.getOrDefault(operation, new AtomicInteger()).get();
    }

    public int forwarded(String operation) {
        return forwarded.getOrDefault(operation, new AtomicInteger()).get();
    }

    /** The JSON bodies of the {@code operation} requests forwarded so far, oldest first. */
    public java.util.List<String> requests(String operation) {
        return java.util.List.copyOf(bodies.getOrDefault(operation, java.util.List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = amzTarget == null ? "" : amzTarget.substring(amzTarget.indexOf('.') + 1);
            byte[] body = exchange.getRequestBody().readAllBytes();
            AtomicInteger left = toThrottle.get(operation);
            boolean byShare;
            synchronized (this) {
                byShare = share > 0 && random.nextDouble() < share;
            }
            if (byShare || left != null && left.getAndDecrement() > 0) {
                throttled.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
                byte[] answer = "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
                exchange.getResponseHeaders().add("x-amzn-RequestId", "throttled-by-ecskit-proxy");
                exchange.sendResponseHeaders(400, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
                return;
            }
            forwarded.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
            bodies.computeIfAbsent(operation, o -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(new String(body, StandardCharsets.UTF_8));
            forward(exchange, body);
        }
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
