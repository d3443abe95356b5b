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
import java.time.Instant;
import java.util.concurrent.ExecutorService;
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

    /** Open connections at most (system property {@code jdk.httpserver.maxConnections}); as many threads may serve them. */
    static final int MAX_CONNECTIONS = 4096;

    static {
        // Read once, when the JDK's server first starts; a value the user set on the command line wins.
        // Nagle's algorithm off: with keep-alive, small answers would wait for the client's delayed ACK (~40 ms each).
        defaultProperty("sun.net.httpserver.nodelay", "true");
        // A request (headers and body) must arrive within 10 s and its answer leave within 20 s: a slow or stalled
        // client holds a thread that long at most, never forever (slowloris). 10 s, not more: Jib probes a registry
        // with TLS first and falls back to plain HTTP only when the server ends the handshake (its own read timeout,
        // 20 s, gives up instead), and this server cannot answer a TLS handshake before the request deadline.
        defaultProperty("sun.net.httpserver.maxReqTime", "10");
        defaultProperty("sun.net.httpserver.maxRspTime", "20");
        // Past this many open connections a new one is closed at once (idle keep-alive connections count, cost no thread).
        defaultProperty("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
    }

    /** The largest request body read (5 MiB; ECR's PutImage manifest, 4 MiB, is the largest member AWS takes here). */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;
    /** The header that opens {@code /_ecskit/} when the server has a control token. */
    public static final String CONTROL_TOKEN_HEADER = "X-Ecskit-Control-Token";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.ecskit.server");

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");

    private final HttpServer http;
    private final ExecutorService pool;
    private final Map<String, Operation> operations = new HashMap<>();
    private final OciRegistry registry;
    private final Function<String, EcsKit> kits;
    private final String defaultRegion;
    private final ControlApi control;
    private final java.util.function.Predicate<String> regions;
    private final int maxRequestBytes;
    private final String controlToken;
    private final java.util.Set<String> allowedHosts;
    private final Journal journal;

    private EcsServer(Builder b) throws IOException {
        this.kits = b.kits;
        this.defaultRegion = b.defaultRegion;
        // the default region is served even when it is not AWS's: the user named it
        this.regions = region -> b.regions.test(region) || b.defaultRegion.equals(region);
        this.maxRequestBytes = b.maxRequestBytes;
        this.controlToken = b.controlToken;
        this.journal = b.journal;
        EcsOperations.register(operations);
        EcsAccountOperations.register(operations);
        EcsCapacityOperations.register(operations);
        EcsInstanceOperations.register(operations);
        EcsTaskSetOperations.register(operations);
        EcsExpressOperations.register(operations);
        EcsDaemonOperations.register(operations);
        EcsGatewayOperations.register(operations);
        this.registry = new OciRegistry(b.kits, this::endpoint, OciRegistry.defaultMaxRequestBytes(), b.journal);
        EcrOperations.register(operations, registry);
        LogsOperations.register(operations);
        QueryOperations.register(operations);
        SecretsOperations.register(operations);
        EventsOperations.register(operations);
        MetricsOperations.register(operations);
        MetricsOperations.registerReads(operations);
        ScalingOperations.register(operations);
        this.control = new ControlApi(region -> b.simulations.apply(region), defaultRegion, regions, b.reset);
        http = HttpServer.create(new InetSocketAddress(b.bind, b.port), 256);
        this.allowedHosts = hostsFor(b.bind, http.getAddress().getPort());
        // The JDK server reads a request's headers on the executor's thread, so a slow client holds one thread until
        // it finishes or maxReqTime closes it: the pool grows to as many threads as connections may be open
        // (they end after a minute idle), so slow clients never starve the others. 0 threads: the JDK server's own
        // dispatcher thread answers (benchmarks only: one slow client then stops every other).
        pool = b.threads == 0 ? null : new java.util.concurrent.ThreadPoolExecutor(b.threads, Math.max(b.threads, MAX_CONNECTIONS),
                60, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "ecskit-server");
                    t.setDaemon(true);
                    return t;
                });
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

    /** The control token callers must send in {@value #CONTROL_TOKEN_HEADER}; none when the controls are open. */
    public Option<String> controlToken() {
        return Option.of(controlToken);
    }

    private void serve(HttpExchange exchange) {
        String requestId = UUID.randomUUID().toString();
        Answer answer;
        String contentType = "application/x-amz-json-1.1";
        boolean close = false;
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v2") || path.startsWith("/v2/")) {
                Option<Answer> refused = refuseHost(exchange);
                if (refused.isEmpty()) {
                    registry.serve(exchange);
                    return;
                }
                answer = refused.get();
                respond(exchange, requestId, "application/json", answer, false);
                return;
            }
            boolean controls = path.startsWith(ControlApi.ROOT);
            contentType = controls ? "application/json" : contentType;
            Option<Answer> refused = refuseHost(exchange).orElse(() -> controls ? refuseControl(exchange) : Option.none());
            if (refused.isDefined()) {
                answer = refused.get();
            } else {
                long declared = declaredLength(exchange);
                byte[] body = declared > maxRequestBytes ? null : exchange.getRequestBody().readNBytes(maxRequestBytes + 1);
                if (body == null || body.length > maxRequestBytes) {
                    // Read on and throw away what a client still sends (up to DRAIN_BYTES, never kept), so it reads the
                    // answer instead of a reset; past that the connection is closed under it.
                    close = declared > DRAIN_BYTES || !drain(exchange.getRequestBody());
                    answer = Answer.error(413, "RequestEntityTooLargeException", "The request body is larger than this server "
                            + "takes (" + maxRequestBytes + " bytes; AWS's own per-operation limits are smaller).");
                } else if (controls && (ControlApi.ROOT + "state").equals(path)) {
                    answer = state(exchange.getRequestMethod(), new String(body, StandardCharsets.UTF_8));
                } else if (controls) {
                    String method = exchange.getRequestMethod();
                    String query = exchange.getRequestURI().getRawQuery();
                    answer = "GET".equals(method) ? control.handle(method, path, query) : journal.write(defaultRegion, at -> {
                        Answer done = control.handle(method, path, query);
                        // scripted throttles and crashes count calls a journal does not keep (the refused ones): not kept
                        if (done.status() == 200 && !path.startsWith(ControlApi.ROOT + "faults/throttle")
                                && !path.startsWith(ControlApi.ROOT + "faults/crash")) {
                            journal.control(at, method, path, query);
                        }
                        return done;
                    });
                } else if (CborWire.isCbor(path, exchange.getRequestHeaders().getFirst("smithy-protocol"))) {
                    answer = cbor(exchange, path, body);
                } else {
                    answer = aws(exchange, new String(body, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            // the client went away or took longer than the server waits; nobody is left to answer
            exchange.close();
            return;
        } catch (Throwable e) { // NOPMD - any failure of one request is answered, never left hanging or leaked
            LOG.error("request {} failed inside ecskit server", requestId, e);
            answer = Answer.error(500, "ServerException", "ecskit server could not complete this request (request id "
                    + requestId + "); the server's log names the cause.");
        }
        respond(exchange, requestId, contentType, answer, close);
    }

    private static void respond(HttpExchange exchange, String requestId, String contentType, Answer answer, boolean close) {
        try {
            byte[] bytes = answer.bytes();
            exchange.getResponseHeaders().add("Content-Type", answer.contentType() != null ? answer.contentType() : contentType);
            exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (close) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("answer to request {} not delivered: {}", requestId, e.toString());
        } finally {
            exchange.close();
        }
    }

    /** How much of a refused oversized body is read and discarded so the client sees the 413 (64 MiB). */
    static final long DRAIN_BYTES = 64L * 1024 * 1024;

    /** Reads and discards the rest of a body, at most {@link #DRAIN_BYTES}; true when it ended within that. */
    private static boolean drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > DRAIN_BYTES) {
                return false;
            }
        }
        return true;
    }

    /** The request's Content-Length, -1 when it has none (chunked) or it is not a number. */
    static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A DNS-rebinding guard: the Host must name this server (a loopback name, or the address it is bound to). */
    private Option<Answer> refuseHost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (allowedHosts.isEmpty() || host == null || allowedHosts.contains(hostName(host))) {
            return Option.none();
        }
        return Option.of(Answer.error(403, "AccessDeniedException", "Host '" + host + "' does not name this server: "
                + "ecskit server answers requests for a loopback name (localhost, 127.0.0.1, [::1]) or the address it is bound to."));
    }

    private Option<Answer> refuseControl(HttpExchange exchange) {
        if (controlToken == null || "GET".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().equals(ControlApi.HEALTH)) {
            return Option.none();
        }
        String sent = exchange.getRequestHeaders().getFirst(CONTROL_TOKEN_HEADER);
        if (sent != null && java.security.MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                controlToken.getBytes(StandardCharsets.UTF_8))) {
            return Option.none();
        }
        return Option.of(Answer.error(403, "InvalidControlRequest", "The simulator's controls need the header "
                + CONTROL_TOKEN_HEADER + " with the token the server printed at start (control-token: ...); "
                + "start it with --open-controls to go without."));
    }

    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** The Host names a request may carry; empty: any (bound to every interface, where the caller's name is unknown). */
    private static java.util.Set<String> hostsFor(InetAddress bind, int port) {
        if (bind.isAnyLocalAddress()) {
            return java.util.Set.of();
        }
        java.util.Set<String> hosts = new java.util.HashSet<>(java.util.Set.of("localhost", "127.0.0.1", "[::1]", "host.docker.internal"));
        String address = bind.getHostAddress();
        hosts.add(address.contains(":") ? "[" + address + "]" : address);
        return java.util.Set.copyOf(hosts);
    }

    /**
     * A request in Smithy's RPC v2 CBOR protocol (CloudWatch): its body read as the JSON the row takes, the row run and
     * journaled as any JSON row is, and the answer written in CBOR.
     */
    private Answer cbor(HttpExchange exchange, String path, byte[] body) {
        String target = CborWire.target(path);
        if (!"POST".equals(exchange.getRequestMethod()) || target == null || !CborWire.served(target) || !operations.containsKey(target)) {
            return CborWire.error(404, "UnknownOperationException", "ecskit server does not implement " + path + " (it serves CloudWatch's "
                    + MetricsOperations.served(operations).mkString(", ") + " in RPC v2 CBOR).");
        }
        String region = region(exchange);
        if (!regions.test(region)) {
            return CborWire.error(400, "InvalidSignatureException", "Credential should be scoped to a valid region, not '" + region + "'.");
        }
        String json;
        try {
            json = CborWire.json(body);
        } catch (IOException notCbor) {
            return CborWire.error(400, "SerializationException", "The request body is not CBOR: " + notCbor.getMessage());
        }
        return CborWire.answer(target, run(target, region, json));
    }

    private Answer aws(HttpExchange exchange, String body) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Answer.error(400, "UnknownOperationException", "AWS's JSON protocol takes POST /, not "
                    + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String region = region(exchange);
        if (target == null && type != null && type.startsWith("application/x-www-form-urlencoded")) {
            // AWS's query protocols (EC2, STS): the operation is the form's Version and Action
            io.vavr.control.Either<Answer, String> key = QueryOperations.target(body, operations);
            if (key.isLeft()) {
                return key.getLeft();
            }
            if (!regions.test(region)) {
                return QueryOperations.badRegion(key.get(), region);
            }
            target = key.get();
        } else if (target == null) {
            return Answer.error(400, "UnknownOperationException", "The request names no operation (header X-Amz-Target).");
        } else if (!operations.containsKey(target) || QueryOperations.isQuery(target)) {
            return Answer.error(400, "UnknownOperationException", "ecskit server does not implement " + target + ".");
        } else if (!regions.test(region)) {
            return Answer.error(400, "InvalidSignatureException", "Credential should be scoped to a valid region, not '" + region + "'.");
        }
        return run(target, region, body);
    }

    /** A row run: a read as it is, a write inside the journal (kept when it succeeded). */
    private Answer run(String target, String region, String body) {
        Operation.Prepared prepared;
        try {
            // the request read and checked before the write lock, where the operation can (Operation.prepare)
            prepared = operations.get(target).prepare(body);
        } catch (Wire.Refused refused) {
            return refused.answer;
        }
        if (reads(target)) {
            return handle(prepared, region);
        }
        return journal.write(region, at -> {
            Answer answer = handle(prepared, region);
            if (answer.status() == 200) {
                journal.aws(at, region, target, body);
            }
            return answer;
        });
    }

    private Answer handle(Operation.Prepared prepared, String region) {
        try {
            return prepared.run(kits.apply(region));
        } catch (Wire.Refused refused) {
            return refused.answer;
        }
    }

    /** AWS's naming: Describe*, List*, Get*, BatchGet*, Filter*, DiscoverPollEndpoint and the Test* calls change nothing. */
    static boolean reads(String target) {
        String op = target.substring(target.indexOf('.') + 1);
        return op.startsWith("Describe") || op.startsWith("List") || op.startsWith("Get") || op.startsWith("BatchGet")
                || op.startsWith("Filter") || op.equals("DiscoverPollEndpoint") || op.equals("TestMetricFilter")
                || op.equals("BatchCheckLayerAvailability") || op.equals("ValidatePullThroughCacheRule") || op.equals("TestEventPattern");
    }

    /** {@code GET /_ecskit/state} (the journal) and {@code PUT /_ecskit/state} (made anew from one). */
    private Answer state(String method, String body) {
        if ("GET".equals(method)) {
            return new Answer(200, journal.snapshot(), "application/x-ndjson");
        }
        if ("PUT".equals(method)) {
            Option<String> problem = journal.restore(body);
            return problem.isEmpty() ? new Answer(200, Wire.object("restored", "all regions"))
                    : Answer.error(400, "InvalidControlRequest", problem.get());
        }
        return Answer.error(400, "InvalidControlRequest", "/_ecskit/state takes GET (a snapshot) or PUT (restore one), not " + method);
    }

    /**
     * Runs one journaled AWS call again, as it ran (no HTTP, not journaled again): how a state is restored. False when it
     * did not answer 200 (the state it left is then not the one written down).
     */
    public boolean replay(String region, String target, String body) {
        if (OciRegistry.MOUNT_TARGET.equals(target)) {
            return OciRegistry.replayMount(kits.apply(region), body).status() == 200;
        }
        Operation operation = operations.get(target);
        if (operation == null) {
            return false;
        }
        try {
            return operation.handle(kits.apply(region), body).status() == 200;
        } catch (Wire.Refused refused) {
            return false;
        }
    }

    /** Runs one journaled control again; false when it did not answer 200. */
    public boolean replayControl(String method, String path, String rawQuery) {
        return control.handle(method, path, rawQuery).status() == 200;
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

    /** Whether {@code region} is one of AWS's region names, as the AWS SDK lists them. */
    public static boolean isAwsRegion(String region) {
        return AWS_REGIONS.contains(region);
    }

    /** AWS's region names, as the AWS SDK lists them. */
    static final java.util.Set<String> AWS_REGIONS = software.amazon.awssdk.regions.Region.regions().stream()
            .map(software.amazon.awssdk.regions.Region::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String newToken() {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Where the server listens and which backend answers. */
    public static final class Builder {
        private Function<String, EcsKit> kits;
        private java.util.function.Function<Option<String>, Boolean> reset = region -> false;
        private Function<String, Option<Simulation>> simulations = region -> Option.none();
        private String defaultRegion = "us-east-1";
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private int threads = Integer.getInteger("ecskit.server.threads", 8);
        private java.util.function.Predicate<String> regions = AWS_REGIONS::contains;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private String controlToken = newToken();
        private Journal journal = Journal.NONE;

        /** What changed the state, call by call (ecskit server --state-file, GET/PUT /_ecskit/state). */
        public Builder journal(Journal journal) {
            this.journal = java.util.Objects.requireNonNull(journal, "journal");
            return this;
        }

        private Builder() {
        }

        /**
         * The regions served beside AWS's own (the AWS SDK's list: us-east-1, eu-west-1, ...); a request signed for
         * any other is refused as AWS refuses it (InvalidSignatureException), and creates no backend.
         */
        public Builder extraRegions(java.util.Collection<String> more) {
            java.util.Set<String> extra = java.util.Set.copyOf(more);
            this.regions = region -> AWS_REGIONS.contains(region) || extra.contains(region);
            return this;
        }

        /** The largest request body taken (default {@value #DEFAULT_MAX_REQUEST_BYTES} bytes); larger ones are answered 413 unread. */
        public Builder maxRequestBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxRequestBytes: at least 1024, not " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The token {@code /_ecskit/} needs in {@value #CONTROL_TOKEN_HEADER} (default: a new random one). */
        public Builder controlToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("controlToken: not blank (use openControls() for none)");
            }
            this.controlToken = token;
            return this;
        }

        /** {@code /_ecskit/} without a token: for a throw-away server only; any web page the user opens can then reach it. */
        public Builder openControls() {
            this.controlToken = null;
            return this;
        }

        /** The kit that answers a region's requests (e.g. one in-memory kit per region, created on first use). */
        public Builder backend(Function<String, EcsKit> kitForRegion) {
            this.kits = kitForRegion;
            return this;
        }

        /**
         * What {@code POST /_ecskit/reset} does: forgets all state (of one region when given) and answers true, or answers
         * false when the backend cannot be reset; default: cannot.
         */
        public Builder reset(java.util.function.Function<Option<String>, Boolean> resetRegionOrAll) {
            this.reset = Objects.requireNonNull(resetRegionOrAll, "resetRegionOrAll");
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
