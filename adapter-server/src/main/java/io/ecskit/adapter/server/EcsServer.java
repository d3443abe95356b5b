package io.ecskit.adapter.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.port.EcsKit;
import io.ecskit.port.out.Simulation;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ECS, ECR and CloudWatch Logs over AWS's JSON 1.1 protocol, answered by the {@link EcsKit} of the
 * request's region: {@code POST /} with {@code X-Amz-Target: <service prefix>.<Operation>} and
 * {@code Content-Type: application/x-amz-json-1.1}; answers as AWS does, errors as HTTP 400
 * (500 for ServerException) with {@code {"__type": ..., "message": ...}}, every answer with an
 * {@code x-amzn-RequestId}. The region is the one the request is signed for (SigV4 credential
 * scope), else the default; credentials are accepted, not checked. A control API for simulated
 * backends lives under {@code /_ecskit/} (a path no AWS service uses): see {@link ControlApi}.
 *
 * <p>Binds to 127.0.0.1 unless told otherwise. Keep-alive connections are served by a small pool.
 */
public final class EcsServer implements AutoCloseable {

    static {
        // the JDK server leaves Nagle's algorithm on: with keep-alive, small answers then wait for the
        // client's delayed ACK (~40 ms each); read once, when the JDK's server first starts
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");

    private final HttpServer http;
    private final ExecutorService pool;
    private final Map<String, Operation> operations = new HashMap<>();
    private final Function<String, EcsKit> kits;
    private final String defaultRegion;
    private final ControlApi control;

    private EcsServer(Builder b) throws IOException {
        this.kits = b.kits;
        this.defaultRegion = b.defaultRegion;
        EcsOperations.register(operations);
        EcrLogsOperations.register(operations);
        this.control = new ControlApi(region -> b.simulations.apply(region), defaultRegion);
        http = HttpServer.create(new InetSocketAddress(b.bind, b.port), 64);
        pool = b.threads == 0 ? null : Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "ecskit-server");
            t.setDaemon(true);
            return t;
        });
        // 0 threads: the JDK server's own dispatcher thread answers (no hand-off; every operation is short)
        http.setExecutor(pool);
        http.createContext("/", this::serve);
        http.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://host:port}: the endpoint to give AWS clients ({@code --endpoint-url}, {@code endpointOverride}). */
    public URI endpoint() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /** The AWS operations served, as {@code <target prefix>.<Operation>}. */
    public java.util.Set<String> operations() {
        return java.util.Set.copyOf(operations.keySet());
    }

    @Override
    public void close() {
        http.stop(0);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        Answer answer;
        String contentType = "application/x-amz-json-1.1";
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(ControlApi.ROOT)) {
                answer = control.handle(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery());
                contentType = "application/json";
            } else {
                answer = aws(exchange, body);
            }
        } catch (RuntimeException e) {
            answer = Answer.error(500, "ServerException", "ecskit server: " + e);
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer aws(HttpExchange exchange, String body) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Answer.error(400, "UnknownOperationException", "AWS's JSON protocol takes POST /, not "
                    + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null) {
            return Answer.error(400, "UnknownOperationException", "The request names no operation (header X-Amz-Target).");
        }
        Operation operation = operations.get(target);
        if (operation == null) {
            return Answer.error(400, "UnknownOperationException", "ecskit server does not implement " + target + ".");
        }
        try {
            return operation.handle(kits.apply(region(exchange)), body);
        } catch (Wire.Refused refused) {
            return refused.answer;
        }
    }

    private String region(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            Matcher m = SCOPE.matcher(authorization);
            if (m.find()) {
                return m.group(1);
            }
        }
        return defaultRegion;
    }

    /** Where the server listens and which backend answers. */
    public static final class Builder {
        private Function<String, EcsKit> kits;
        private Function<String, Option<Simulation>> simulations = region -> Option.none();
        private String defaultRegion = "us-east-1";
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private int threads = Integer.getInteger("ecskit.server.threads", 8);

        private Builder() {
        }

        /** The kit that answers a region's requests (e.g. one in-memory kit per region, created on first use). */
        public Builder backend(Function<String, EcsKit> kitForRegion) {
            this.kits = kitForRegion;
            return this;
        }

        /** The controls of a region's simulated backend, for {@code /_ecskit/}; default: none. */
        public Builder simulation(Function<String, Option<Simulation>> simulationForRegion) {
            this.simulations = simulationForRegion;
            return this;
        }

        /** The region of requests that are not signed (default us-east-1). */
        public Builder defaultRegion(String region) {
            this.defaultRegion = region;
            return this;
        }

        /** The address to listen on; default 127.0.0.1 (never another interface unless told). */
        public Builder bind(InetAddress address) {
            this.bind = address;
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Threads serving requests (default 8). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Starts the server. */
        public EcsServer start() throws IOException {
            Objects.requireNonNull(kits, "backend");
            return new EcsServer(this);
        }
    }
}
