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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of moto that answers chosen requests with the faults AWS clients
 * meet, each seeded or aimed, so a test is deterministic:
 *
 * <ul>
 *   <li><b>throttling</b>, as ECS does it: HTTP 400 {@code {"__type":"ThrottlingException"}};</li>
 *   <li><b>server errors</b> in AWS's JSON 1.1 shape: HTTP 500 {@code InternalFailure} or 503
 *       {@code ServiceUnavailable} (the request never reaches moto);</li>
 *   <li><b>drop after delivery</b>: the request is forwarded, moto's answer read (so moto has carried
 *       it out), and the client's connection closed without an answer: the call reached the backend
 *       and the client never hears.</li>
 * </ul>
 *
 * Requests are told apart by the JSON protocol's X-Amz-Target (e.g.
 * "AmazonEC2ContainerServiceV20141113.ListClusters": operation "ListClusters") and numbered from 1
 * in the order they arrive. The proxy keeps a {@link #log()} of every request and what it did with
 * it, counts per operation, and the bodies it forwarded, so a test can check what a client sent
 * rather than what moto chose to store.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy did with a request. */
    public enum Outcome {
        FORWARDED, THROTTLED, SERVER_ERROR, DROPPED_AFTER_DELIVERY;

        /** Whether moto received the request. */
        public boolean reachedBackend() {
            return this == FORWARDED || this == DROPPED_AFTER_DELIVERY;
        }
    }

    /** One request: its number (from 1), operation, what was done, and the HTTP status the client got (0: none). */
    public record Entry(int number, String operation, Outcome outcome, int status) {
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "expect",
            "transfer-encoding", "upgrade", "keep-alive");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final AtomicInteger received = new AtomicInteger();
    private final List<Entry> log = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> toThrottle = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> toFail = new ConcurrentHashMap<>();
    private final Map<String, Integer> failStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> toDrop = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> failNumbers = new ConcurrentHashMap<>();
    private final Set<Integer> dropNumbers = ConcurrentHashMap.newKeySet();
    private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();

    private volatile double throttleShare;
    private volatile Random throttleRandom = new Random(0);
    private volatile double failShare;
    private volatile Random failRandom = new Random(0);

    public FaultProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- throttling -------------------------------------------------------------------------

    /** From now on throttles each request with probability {@code share}, by a random sequence seeded with {@code seed}. */
    public void throttleShare(double share, long seed) {
        this.throttleRandom = new Random(seed);
        this.throttleShare = share;
    }

    /** Throttles the next {@code times} requests of {@code operation} (the part after the dot of X-Amz-Target). */
    public void throttle(String operation, int times) {
        toThrottle.put(operation, new AtomicInteger(times));
    }

    // ---- server errors ----------------------------------------------------------------------

    /**
     * From now on answers each request (not throttled first) with probability {@code share} with a
     * server error, half HTTP 500 InternalFailure and half 503 ServiceUnavailable, by a random
     * sequence seeded with {@code seed}. Such a request does not reach moto.
     */
    public void failShare(double share, long seed) {
        this.failRandom = new Random(seed);
        this.failShare = share;
    }

    /** Answers the next {@code times} requests of {@code operation} with HTTP {@code status} (500 or 503). */
    public void fail(String operation, int times, int status) {
        failStatus.put(operation, status);
        toFail.put(operation, new AtomicInteger(times));
    }

    /** Answers request number {@code number} (counted from 1 over all requests) with HTTP {@code status} (500 or 503). */
    public void failRequest(int number, int status) {
        failNumbers.put(number, status);
    }

    // ---- lost answers -----------------------------------------------------------------------

    /** Request number {@code number} (from 1, over all requests) reaches moto; its answer does not reach the client. */
    public void dropAfterDelivery(int number) {
        dropNumbers.add(number);
    }

    /** The next {@code times} requests of {@code operation} reach moto; their answers do not reach the client. */
    public void dropAfterDelivery(String operation, int times) {
        toDrop.put(operation, new AtomicInteger(times));
    }

    // ---- what happened ----------------------------------------------------------------------

    /** Every request so far, in the order they arrived. */
    public List<Entry> log() {
        return List.copyOf(log);
    }

    /** Requests so far, all operations. */
    public int received() {
        return received.get();
    }

    /** Requests of {@code operation} so far, whatever was done with them. */
    public int received(String operation) {
        return count(operation, null);
    }

    /** Every request throttled so far, all operations together. */
    public int throttledTotal() {
        return (int) log.stream().filter(e -> e.outcome() == Outcome.THROTTLED).count();
    }

    /** Every request answered with a server error so far, all operations together. */
    public int failedTotal() {
        return (int) log.stream().filter(e -> e.outcome() == Outcome.SERVER_ERROR).count();
    }

    public int throttled(String operation) {
        return count(operation, Outcome.THROTTLED);
    }

    /** Requests of {@code operation} answered with a server error (they did not reach moto). */
    public int failed(String operation) {
        return count(operation, Outcome.SERVER_ERROR);
    }

    /** Requests of {@code operation} that reached moto, answered or dropped after delivery. */
    public int forwarded(String operation) {
        return (int) log.stream().filter(e -> e.operation().equals(operation) && e.outcome().reachedBackend()).count();
    }

    public int dropped(String operation) {
        return count(operation, Outcome.DROPPED_AFTER_DELIVERY);
    }

    /** The JSON bodies of the {@code operation} requests forwarded so far, oldest first. */
    public List<String> requests(String operation) {
        return List.copyOf(bodies.getOrDefault(operation, List.of()));
    }

    private int count(String operation, Outcome outcome) {
        return (int) log.stream().filter(e -> e.operation().equals(operation) && (outcome == null || e.outcome() == outcome)).count();
    }

    private static boolean take(Map<String, AtomicInteger> budget, String operation) {
        AtomicInteger left = budget.get(operation);
        return left != null && left.getAndDecrement() > 0;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = amzTarget == null ? "" : amzTarget.substring(amzTarget.indexOf('.') + 1);
        byte[] body = exchange.getRequestBody().readAllBytes();
        int number = received.incrementAndGet();
        boolean throttle;
        double failDraw;
        synchronized (this) {
            throttle = throttleShare > 0 && throttleRandom.nextDouble() < throttleShare;
            failDraw = failShare > 0 ? failRandom.nextDouble() : 1;
        }
        throttle |= take(toThrottle, operation);
        if (throttle) {
            log.add(new Entry(number, operation, Outcome.THROTTLED, 400));
            answer(exchange, 400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}", "throttled-by-ecskit-proxy");
            return;
        }
        Integer status = failNumbers.remove(number);
        if (status == null && take(toFail, operation)) {
            status = failStatus.get(operation);
        }
        if (status == null && failDraw < failShare) {
            status = failDraw < failShare / 2 ? 500 : 503;
        }
        if (status != null) {
            log.add(new Entry(number, operation, Outcome.SERVER_ERROR, status));
            answer(exchange, status, status == 503
                    ? "{\"__type\":\"ServiceUnavailable\",\"message\":\"The request has failed due to a temporary failure of the server.\"}"
                    : "{\"__type\":\"InternalFailure\",\"message\":\"The request processing has failed because of an unknown error, exception or failure.\"}",
                    "fault-proxy-" + number);
            return;
        }
        boolean drop = dropNumbers.remove(number) | take(toDrop, operation);
        bodies.computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>()).add(new String(body, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = forward(exchange, body);
        if (drop) {
            log.add(new Entry(number, operation, Outcome.DROPPED_AFTER_DELIVERY, 0));
            // closing an exchange that sent no response headers closes the connection: the client reads no answer
            exchange.close();
            return;
        }
        log.add(new Entry(number, operation, Outcome.FORWARDED, response.statusCode()));
        try (exchange) {
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
        }
    }

    private static void answer(HttpExchange exchange, int status, String json, String requestId) throws IOException {
        try (exchange) {
            byte[] answer = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            throw new IOException("interrupted while forwarding", e);
        } catch (IOException e) {
            exchange.close();
            throw e;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
