package io.ecskit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The load benchmark's baseline (benchmarks/load): the JDK HTTP server configured as ecskit server configures it
 * (the same system properties, pool and headers), answering each operation with fixed bytes that the load client
 * first PUTs to {@code /_body/<X-Amz-Target>}. What ecskit server does beyond this is the cost of ECS itself; the
 * benchmark reports ecskit's rate as a share of this one's. Prints {@code endpoint: http://127.0.0.1:PORT}.
 */
public final class TrivialServer {

    private TrivialServer() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.maxReqTime", "20");
        System.setProperty("sun.net.httpserver.maxRspTime", "20");
        System.setProperty("jdk.httpserver.maxConnections", "4096");
        Map<String, byte[]> bodies = new ConcurrentHashMap<>();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        http.setExecutor(new ThreadPoolExecutor(8, 4096, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "trivial-server");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", exchange -> serve(exchange, bodies));
        http.start();
        System.out.println("endpoint: http://127.0.0.1:" + http.getAddress().getPort());
        System.out.flush();
    }

    private static void serve(HttpExchange exchange, Map<String, byte[]> bodies) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/_body/")) {
                bodies.put(path.substring("/_body/".length()), request);
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] answer = bodies.getOrDefault(exchange.getRequestHeaders().getFirst("X-Amz-Target"), new byte[0]);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }
}
