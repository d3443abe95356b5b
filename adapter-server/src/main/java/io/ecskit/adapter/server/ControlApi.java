package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.port.out.Simulation;
import io.vavr.control.Option;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The simulator's controls over HTTP, under {@value #ROOT} (a path no AWS service uses). Every
 * call takes {@code region=} (default: the server's). Answers are small JSON objects; a bad call
 * is HTTP 400 {@code {"__type": "InvalidControlRequest", "message": ...}}. Every control but the health check
 * needs the server's control token in {@code X-Ecskit-Control-Token} (403 without it), unless the server was
 * started with open controls.
 * <pre>
 * GET    /_ecskit/health                                    {"status": "ok"} (no token needed)
 * GET    /_ecskit/clock                                     {"now": "2026-..."}
 * POST   /_ecskit/clock/advance?seconds=N                   manual clock only
 * POST   /_ecskit/faults/image-pull?image=REF               tasks fail with CannotPullContainerError
 * POST   /_ecskit/faults/exit?image=REF&amp;afterSeconds=N&amp;exitCode=C
 * POST   /_ecskit/faults/health-check?image=REF             containers turn UNHEALTHY
 * POST   /_ecskit/faults/throttle?operation=OP&amp;times=N      the next N calls answer ThrottlingException
 * DELETE /_ecskit/faults                                    clears every fault
 * POST   /_ecskit/alarms/fire?name=ALARM                    the CloudWatch alarm goes into ALARM (clear: /alarms/clear)
 * POST   /_ecskit/hooks/answer?function=ARN&amp;status=FAILED   what an AWS_LAMBDA lifecycle hook answers
 * POST   /_ecskit/load?cluster=C&amp;service=S&amp;cpu=P&amp;memory=P    the service's utilization each minute
 * POST   /_ecskit/requests?arn=LISTENER_OR_RULE&amp;perSecond=N   traffic through a load balancer, reported as ELB does
 * POST   /_ecskit/faults/requests?image=REF&amp;fraction=F     such tasks answer that share of their requests with 5xx
 * POST   /_ecskit/images?image=REF                          an image on the backend's own ECR, as if pushed
 * POST   /_ecskit/scan-findings?image=REF&amp;name=CVE-..&amp;severity=HIGH[&amp;description=&amp;uri=]   what its scans find
 * POST   /_ecskit/container-instances?cluster=NAME          an EC2 instance joins the cluster
 * GET    /_ecskit/calls?operation=OP                        {"calls": N}
 * GET    /_ecskit/state                                     the state as its journal (JSON lines), for PUT
 * PUT    /_ecskit/state                                     every region made anew from such a journal
 * </pre>
 */
final class ControlApi {

    static final String ROOT = "/_ecskit/";
    static final String HEALTH = ROOT + "health";

    private final Function<String, Option<Simulation>> simulations;
    private final String defaultRegion;
    private final java.util.function.Predicate<String> regions;
    private final java.util.function.Function<Option<String>, Boolean> reset;

    ControlApi(Function<String, Option<Simulation>> simulations, String defaultRegion, java.util.function.Predicate<String> regions,
               java.util.function.Function<Option<String>, Boolean> reset) {
        this.simulations = simulations;
        this.reset = reset;
        this.defaultRegion = defaultRegion;
        this.regions = regions;
    }

    Answer handle(String method, String path, String rawQuery) {
        if ("GET".equals(method) && HEALTH.equals(path)) {
            return new Answer(200, Wire.object("status", "ok"));
        }
        Map<String, String> q;
        try {
            q = query(rawQuery);
        } catch (IllegalArgumentException e) {
            return refused(400, "the query is not URL-encoded: " + e.getMessage());
        }
        String region = q.getOrDefault("region", defaultRegion);
        if (!regions.test(region)) {
            return refused(400, "'" + region + "' is not a region this server serves");
        }
        if ("POST".equals(method) && (ROOT + "reset").equals(path)) {
            // all state of every region, or of the one named: the next request starts from an empty account
            return reset.apply(Option.of(q.get("region")))
                    ? new Answer(200, q.containsKey("region") ? Wire.object("reset", region) : "{\"reset\":\"all\"}")
                    : refused(404, "this server's backend is not simulated: it has nothing to reset");
        }
        Option<Simulation> found = simulations.apply(region);
        if (found.isEmpty()) {
            return refused(404, "this server's backend is not simulated: it has no controls");
        }
        Simulation sim = found.get();
        String route = method + " " + path.substring(ROOT.length() - 1);
        java.util.Set<String> allowed = PARAMETERS.get(route);
        if (allowed != null) {
            for (String given : q.keySet()) {
                if (!given.equals("region") && !allowed.contains(given)) {
                    return refused(400, "unknown parameter '" + given + "' for " + route + (allowed.isEmpty() ? ": it takes none"
                            : ": it takes " + String.join(", ", new java.util.TreeSet<>(allowed))));
                }
            }
        }
        try {
            return switch (route) {
                case "GET /clock" -> now(sim);
                case "POST /clock/advance" -> {
                    sim.advance(Duration.ofMillis(Math.round(seconds(required(q, "seconds")) * 1000)));
                    yield now(sim);
                }
                case "POST /faults/image-pull" -> done(sim.failImagePull(matcher(q)));
                case "POST /faults/exit" -> done(sim.exit(matcher(q),
                        Duration.ofSeconds(number(q, "afterSeconds", 0)), (int) number(q, "exitCode", 1)));
                case "POST /faults/one-off-exit" -> done(sim.oneOffTasksExit((int) number(q, "exitCode", 0),
                        Duration.ofSeconds(number(q, "afterSeconds", 0))));
                case "POST /faults/health-check" -> done(sim.failHealthChecks(matcher(q)));
                case "POST /faults/spot-interruption" -> new Answer(200, "{\"interruptedTasks\":["
                        + sim.interruptSpotTasks(ClusterName.of(required(q, "cluster")), Option.of(q.get("service")))
                        .map(t -> "\"" + t.wire() + "\"").mkString(",") + "]}");
                case "POST /faults/throttle" -> done(sim.throttle(required(q, "operation"), (int) number(q, "times", 1)));
                case "DELETE /faults" -> done(sim.clearFaults());
                case "POST /alarms/fire" -> done(sim.fireAlarm(required(q, "name")));
                case "POST /alarms/clear" -> done(sim.clearAlarm(required(q, "name")));
                case "POST /hooks/answer" -> done(sim.answerHook(required(q, "function"),
                        hookStatus(q.getOrDefault("status", "SUCCEEDED"))));
                case "POST /images" -> sim.putImage(required(q, "image")).fold(e -> refused(400, e.message()),
                        image -> new Answer(200, Wire.object("imageDigest", image.digest().value())));
                case "POST /scan-findings" -> sim.scanFinding(required(q, "image"), new io.ecskit.domain.ecr.ImageScan.Finding(
                                required(q, "name"), required(q, "severity"), q.getOrDefault("description", ""), q.getOrDefault("uri", "")))
                        .fold(e -> refused(400, e.message()), f -> new Answer(200, Wire.object("name", f.name(), "severity", f.severity())));
                case "POST /container-instances" -> sim.registerContainerInstance(ClusterName.of(required(q, "cluster")))
                        .fold(e -> refused(400, e.message()), arn -> new Answer(200, Wire.object("containerInstanceArn", arn.toString())));
                case "POST /load" -> done(sim.serviceLoad(ClusterName.of(q.getOrDefault("cluster", "default")), required(q, "service"),
                        percent(q, "cpu"), percent(q, "memory")));
                case "POST /requests" -> done(sim.requests(required(q, "arn"), rate(q, "perSecond")));
                case "POST /faults/requests" -> done(sim.failRequests(matcher(q), fraction(q, "fraction")));
                case "GET /calls" -> new Answer(200, "{\"calls\":" + sim.calls(required(q, "operation")) + "}");
                default -> refused(404, "no control " + route + " (see /_ecskit/ in the README)");
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refused(400, e.getMessage());
        }
    }

    /** Each control's parameters besides {@code region}: anything else is refused by name, never ignored. */
    private static final Map<String, java.util.Set<String>> PARAMETERS = Map.ofEntries(
            Map.entry("GET /clock", java.util.Set.of()),
            Map.entry("POST /clock/advance", java.util.Set.of("seconds")),
            Map.entry("POST /faults/image-pull", java.util.Set.of("image", "family", "container", "command", "task", "oneOff", "service")),
            Map.entry("POST /faults/exit", java.util.Set.of("image", "family", "container", "command", "task", "oneOff", "service",
                    "afterSeconds", "exitCode")),
            Map.entry("POST /faults/health-check", java.util.Set.of("image", "family", "container", "command", "task", "oneOff", "service")),
            Map.entry("POST /faults/one-off-exit", java.util.Set.of("exitCode", "afterSeconds")),
            Map.entry("POST /faults/spot-interruption", java.util.Set.of("cluster", "service")),
            Map.entry("POST /faults/throttle", java.util.Set.of("operation", "times")),
            Map.entry("DELETE /faults", java.util.Set.of()),
            Map.entry("POST /alarms/fire", java.util.Set.of("name")),
            Map.entry("POST /alarms/clear", java.util.Set.of("name")),
            Map.entry("POST /hooks/answer", java.util.Set.of("function", "status")),
            Map.entry("POST /images", java.util.Set.of("image")),
            Map.entry("POST /scan-findings", java.util.Set.of("image", "name", "severity", "description", "uri")),
            Map.entry("POST /container-instances", java.util.Set.of("cluster")),
            Map.entry("POST /load", java.util.Set.of("cluster", "service", "cpu", "memory")),
            Map.entry("POST /requests", java.util.Set.of("arn", "perSecond")),
            Map.entry("POST /faults/requests", java.util.Set.of("image", "family", "container", "command", "task", "oneOff", "service",
                    "fraction")),
            Map.entry("GET /calls", java.util.Set.of("operation")));

    /** Requests per second (required): a number from 0; anything else refused by name. */
    private static double rate(Map<String, String> q, String name) {
        String text = required(q, name);
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v) || v < 0 || v > 10_000_000) {
                throw new IllegalArgumentException(name + ": requests per second from 0 to 10,000,000, not '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": requests per second from 0, not '" + text + "'");
        }
    }

    /** A share from 0 to 1 (required); anything else refused by name. */
    private static double fraction(Map<String, String> q, String name) {
        String text = required(q, name);
        try {
            double v = Double.parseDouble(text.trim());
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + ": a share from 0 to 1, not '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a share from 0 to 1, not '" + text + "'");
        }
    }

    /** A utilization in percent (0..100 and more: a fraction is allowed), 0 when absent; anything else refused by name. */
    private static double percent(Map<String, String> q, String name) {
        String text = q.getOrDefault(name, "0");
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v) || v < 0 || v > 100_000) {
                throw new IllegalArgumentException(name + ": a percentage from 0, not '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a percentage from 0, not '" + text + "'");
        }
    }

    /** A whole-number parameter, or its default; a value that is none is refused naming the parameter. */
    private static long number(Map<String, String> q, String name, long fallback) {
        String text = q.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a whole number, not '" + text + "'");
        }
    }

    private static final java.util.List<String> MATCHER_PARAMETERS = java.util.List.of("image", "family", "container", "command",
            "task", "oneOff", "service");

    /**
     * The containers a fault applies to, from the query: any of image, family, container, command (words separated by
     * spaces), task (its id), oneOff (true: standalone tasks, false: service tasks) and service; at least one.
     */
    private static io.ecskit.port.out.ContainerMatcher matcher(java.util.Map<String, String> q) {
        if (MATCHER_PARAMETERS.stream().noneMatch(q::containsKey)) {
            throw new IllegalArgumentException("name the containers: at least one of " + String.join(", ", MATCHER_PARAMETERS));
        }
        io.ecskit.port.out.ContainerMatcher m = io.ecskit.port.out.ContainerMatcher.any();
        if (q.containsKey("image")) {
            m = m.andImage(q.get("image"));
        }
        if (q.containsKey("family")) {
            m = m.andFamily(q.get("family"));
        }
        if (q.containsKey("container")) {
            m = m.andContainer(q.get("container"));
        }
        if (q.containsKey("command")) {
            // words separated by spaces, or a JSON array of strings for arguments that hold spaces: ["sh","-c","exit 9"]
            String command = q.get("command").trim();
            m = command.startsWith("[")
                    ? m.andCommand(io.ecskit.json.EcsJson.readStrings(command).getOrElseThrow(problem -> new IllegalArgumentException(
                            "command: a JSON array of strings, or words separated by spaces, not " + command)).toJavaArray(String[]::new))
                    : m.andCommand(command.split("\\s+"));
        }
        if (q.containsKey("task")) {
            String task = q.get("task");
            m = m.andTaskId(task.substring(task.lastIndexOf('/') + 1));
        }
        if (q.containsKey("oneOff")) {
            String oneOff = q.get("oneOff");
            if (!oneOff.equals("true") && !oneOff.equals("false")) {
                throw new IllegalArgumentException("oneOff: true or false, not " + oneOff);
            }
            m = Boolean.parseBoolean(oneOff) ? m.andOneOff() : m.andServiceTask();
        }
        if (q.containsKey("service")) {
            m = m.andService(q.get("service"));
        }
        return m;
    }

    /** How far a manual clock may be moved in one call: a year (the simulation works through what happens in it). */
    static final double MAX_ADVANCE_SECONDS = 366 * 24 * 3600;

    private static double seconds(String text) {
        double seconds = Double.parseDouble(text);
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_ADVANCE_SECONDS) {
            throw new IllegalArgumentException("seconds: a number from 0 to " + (long) MAX_ADVANCE_SECONDS + " (a year), not " + text);
        }
        return seconds;
    }

    private static io.ecskit.domain.service.DeploymentLifecycleHookStatus hookStatus(String status) {
        for (var value : io.ecskit.domain.service.DeploymentLifecycleHookStatus.values()) {
            if (value.name().equals(status)) {
                return value;
            }
        }
        throw new IllegalArgumentException("status: one of " + java.util.Arrays.toString(
                io.ecskit.domain.service.DeploymentLifecycleHookStatus.values()) + ", not " + status);
    }

    private static Answer now(Simulation sim) {
        return new Answer(200, Wire.object("now", sim.now().toString()));
    }

    private static Answer done(Simulation sim) {
        return new Answer(200, "{}");
    }

    private static Answer refused(int status, String message) {
        return Answer.error(status, "InvalidControlRequest", message);
    }

    private static String required(Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing query parameter " + name);
        }
        return value;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            q.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}
