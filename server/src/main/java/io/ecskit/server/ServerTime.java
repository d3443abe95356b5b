package io.ecskit.server;

import io.ecskit.port.out.TimeSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock of an {@code ecskit server --clock manual}, seen from a client: {@link #now()} asks
 * the server, {@link #sleep} advances it (through {@code /_ecskit/clock}). Give it to a kit that
 * talks to the server ({@code AwsEcsKit.builder()...timeSource(ServerTime.of(endpoint))}) and a
 * rollout that takes minutes on ECS takes milliseconds, with every wait accounted in simulated time.
 */
public final class ServerTime implements TimeSource {

    private static final Pattern NOW = Pattern.compile("\"now\":\"([^\"]+)\"");

    private final URI endpoint;
    private final String region;
    private final String controlToken;
    private final ClockMode mode;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerTime(URI endpoint, String region, String controlToken) {
        this(endpoint, region, controlToken, new ClockMode.Manual());
    }

    private ServerTime(URI endpoint, String region, String controlToken, ClockMode mode) {
        this.endpoint = endpoint;
        this.region = region;
        this.controlToken = controlToken;
        this.mode = mode;
    }

    /**
     * The clock of a server whose clock mode is known ({@link InMemoryEcsServer#time(String)}): a manual clock is advanced
     * by {@link #sleep}; a fast one passes by itself, so a sleep waits the real time it takes (the duration over the
     * factor); a real one waits the duration.
     */
    static ServerTime of(URI endpoint, String region, String controlToken, ClockMode mode) {
        return new ServerTime(endpoint, region, controlToken, mode);
    }

    /** The clock of a server started with open controls ({@code --open-controls}) at {@code endpoint} (its default region). */
    public static ServerTime of(URI endpoint) {
        return new ServerTime(endpoint, null, null);
    }

    /** The clock as a region's kit sees it (all regions of one server share the clock), open controls. */
    public static ServerTime of(URI endpoint, String region) {
        return new ServerTime(endpoint, region, null);
    }

    /** The clock of the server at {@code endpoint}, with the token it printed at start ({@code control-token: VALUE}). */
    public static ServerTime of(URI endpoint, String region, String controlToken) {
        return new ServerTime(endpoint, region, controlToken);
    }

    @Override
    public Instant now() {
        return parse(send("GET", "clock", ""));
    }

    @Override
    public void sleep(Duration duration) {
        if (mode instanceof ClockMode.Manual) {
            send("POST", "clock/advance", "seconds=" + duration.toMillis() / 1000.0);
            return;
        }
        double factor = mode instanceof ClockMode.Fast fast ? fast.factor() : 1.0;
        try {
            Thread.sleep(Math.max(1, (long) (duration.toMillis() / factor)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean simulated() {
        return !(mode instanceof ClockMode.Real);
    }

    private String send(String method, String path, String query) {
        String q = region == null ? query : (query.isEmpty() ? "" : query + "&") + "region=" + region;
        URI uri = endpoint.resolve("/_ecskit/" + path + (q.isEmpty() ? "" : "?" + q));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(30));
            if (controlToken != null) {
                request.header(io.ecskit.adapter.server.EcsServer.CONTROL_TOKEN_HEADER, controlToken);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(method + " " + uri + ": " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + uri, e);
        }
    }

    private static Instant parse(String body) {
        Matcher m = NOW.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("the server's clock answered " + body);
        }
        return Instant.parse(m.group(1));
    }
}
