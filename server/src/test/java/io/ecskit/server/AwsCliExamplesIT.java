package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DeploymentControllerType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's ground truth: the AWS CLI's own documented ECS examples ({@code awscli/examples/ecs/*.rst}, read from the
 * installed package, with the output real AWS gave) run against {@code ecskit server} by the AWS CLI. An example is
 * runnable when the server answers it (its clusters, task definitions and services are created first, by name), and
 * matches when every member path of AWS's recorded output is in ecskit's answer with the same JSON type. The counts may
 * only grow; the examples that do not match are printed with their first difference.
 */
class AwsCliExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One documented invocation and the output AWS gave. */
    record Example(String file, List<String> args, JsonNode output) {
    }

    @Test
    void documentedEcsExamples_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(cli.examples("ecs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rst")).sorted().toList()) {
                examples.addAll(parse(file));
            }
        }
        int matching = matching("AWS CLI ECS examples", examples, "us-west-2", (server, args) -> {
            seed(server, args);
            return args;
        });
        assertThat(examples).as("examples read from the awscli package").hasSizeGreaterThan(40);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(FLOOR);
    }

    /** The number of matching examples this build must reach (raise it as ecskit answers more). */
    static final int FLOOR = 41;

    /** Where {@code expected}'s member paths are missing from {@code actual} or differ in JSON type; null when none. */
    static String contains(JsonNode expected, JsonNode actual, String path) {
        if (actual == null || actual.isMissingNode()) {
            return path + ": missing";
        }
        if (expected.isTextual() && expected.asText().matches("<[A-Za-z-]+>")) {
            return null;    // a placeholder in the documentation (IAM's "<URL-encoded-JSON>"), not a recorded value
        }
        boolean timestamp = expected.isTextual() && actual.isNumber() && expected.asText().matches("\\d{4}-\\d{2}-\\d{2}T.*");
        if (expected.getNodeType() != actual.getNodeType() && !(expected.isNumber() && actual.isNumber()) && !timestamp) {
            return path + ": " + expected.getNodeType() + " in AWS's answer, " + actual.getNodeType() + " in ecskit's";
        }
        // a timestamp: the recorded outputs show the AWS CLI v2's ISO 8601, the v1 CLI prints what ECS sends (epoch seconds)
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String difference = contains(member.getValue(), actual.path(member.getKey()), path + "." + member.getKey());
                if (difference != null) {
                    return difference;
                }
            }
        }
        if (expected.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
            return contains(expected.get(0), actual.get(0), path + "[0]");
        }
        return null;
    }

    /** The clusters, task definitions and services an example names, created by name so the example can run. */
    private static void seed(InMemoryEcsServer server, List<String> args) {
        try (EcsClient ecs = EcsClient.builder().endpointOverride(server.endpoint()).region(Region.US_WEST_2)
                .httpClient(ApacheHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build()) {
            List<String> clusters = new ArrayList<>(List.of("default"));
            clusters.addAll(values(args, "--cluster"));
            clusters.addAll(values(args, "--clusters"));
            for (String cluster : clusters) {
                ecs.createCluster(r -> r.clusterName(name(cluster)));
            }
            // a task-set example runs on an EXTERNAL service; a network configuration needs an awsvpc definition
            boolean taskSets = args.stream().anyMatch(a -> a.endsWith("-task-set") || a.endsWith("-task-sets"));
            NetworkMode mode = args.contains("--network-configuration") ? NetworkMode.AWSVPC : NetworkMode.BRIDGE;
            List<String> families = new ArrayList<>(values(args, "--task-definition"));
            families.addAll(values(args, "--family-prefix"));
            for (String family : families) {
                String base = name(family).split(":")[0];
                int revisions = family.contains(":") ? Math.max(1, parseOr(family.substring(family.lastIndexOf(':') + 1), 1)) : 1;
                for (int i = 0; i < revisions; i++) {
                    ecs.registerTaskDefinition(r -> r.family(base).networkMode(mode)
                            .containerDefinitions(c -> c.name("web").image("nginx").memory(128)));
                }
            }
            String cluster = name(clusters.get(clusters.size() - 1));
            List<String> services = new ArrayList<>(values(args, "--service"));
            services.addAll(values(args, "--services"));
            for (String service : services) {
                if (!args.contains("create-service")) {
                    String td = families.isEmpty() ? "seed" : name(families.get(0)).split(":")[0];
                    if (families.isEmpty()) {
                        ecs.registerTaskDefinition(r -> r.family("seed").containerDefinitions(c -> c.name("web").image("nginx").memory(128)));
                    }
                    if (taskSets) {
                        ecs.createService(r -> r.cluster(cluster).serviceName(name(service)).desiredCount(0)
                                .deploymentController(d -> d.type(DeploymentControllerType.EXTERNAL)));
                    } else {
                        ecs.createService(r -> r.cluster(cluster).serviceName(name(service)).taskDefinition(td).desiredCount(0));
                    }
                }
            }
        } catch (RuntimeException refused) {
            // seeding is best effort: an example whose names ECS would refuse is then simply not runnable
        }
    }

    static List<String> values(List<String> args, String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(option)) {
                for (int j = i + 1; j < args.size() && !args.get(j).startsWith("--"); j++) {
                    values.add(args.get(j));
                }
            }
        }
        return values;
    }

    static String name(String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Math.min(Integer.parseInt(text), 20);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The file's {@code aws ecs ...} invocations that have an {@code Output::} block of JSON and use no local file. */
    static List<Example> parse(Path file) throws IOException {
        return parse(file, "ecs");
    }

    /** The file's {@code aws SERVICE ...} invocations that have an {@code Output::} block of JSON and use no local file. */
    static List<Example> parse(Path file, String service) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Example> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("aws " + service + " ")) {
                continue;
            }
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).trim());
            }
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).trim().startsWith("Output::") && !lines.get(j).trim().startsWith("aws ")
                    && !lines.get(j).startsWith("**")) {
                j++;
            }
            if (j >= lines.size() || !lines.get(j).trim().startsWith("Output::")) {
                continue;
            }
            StringBuilder json = new StringBuilder();
            int k = j + 1;
            while (k < lines.size() && (lines.get(k).isBlank() || lines.get(k).startsWith(" "))) {
                json.append(lines.get(k)).append('\n');
                k++;
            }
            List<String> args = localFiles(tokens(command.substring("aws ".length())), lines.subList(i + 1, j));
            if (args.stream().anyMatch(a -> a.startsWith("file://") || a.equals("wait")) || json.toString().isBlank()) {
                continue;
            }
            try {
                found.add(new Example(file.getFileName().toString(), args, JSON.readTree(json.toString())));
            } catch (IOException notJson) {
                // an output that is not JSON (a table, prose) is not compared
            }
        }
        return found;
    }

    /**
     * The one local file an invocation names ({@code file://config.json}), written from the page when the text between the
     * command and its output shows its contents (the block after a line ending in {@code ::}): the argument then names
     * that file; otherwise the arguments are left as they are (and the example is not run).
     */
    private static List<String> localFiles(List<String> args, List<String> between) throws IOException {
        List<String> files = args.stream().filter(a -> a.startsWith("file://")).toList();
        if (files.size() != 1) {
            return args;
        }
        StringBuilder contents = new StringBuilder();
        boolean inBlock = false;
        for (String line : between) {
            if (!inBlock) {
                inBlock = line.trim().endsWith("::") && line.contains(files.get(0).substring("file://".length()));
            } else if (line.isBlank() || line.startsWith(" ")) {
                contents.append(line).append('\n');
            } else {
                break;
            }
        }
        if (contents.toString().isBlank()) {
            return args;
        }
        Path file = Files.createTempFile("ecskit-example-", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, contents.toString().strip(), StandardCharsets.UTF_8);
        List<String> rewritten = new ArrayList<>(args);
        rewritten.replaceAll(a -> a.equals(files.get(0)) ? "file://" + file : a);
        return rewritten;
    }

    /** A shell-like split: quotes group ({@code \"} inside double quotes is a quote), backslashes at line ends already joined. */
    static List<String> tokens(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean any = false;
        char[] chars = command.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (quote != 0) {
                if (quote == '"' && c == '\\' && i + 1 < chars.length && (chars[i + 1] == '"' || chars[i + 1] == '\\')) {
                    current.append(chars[++i]);     // the shell's \" and \\ inside double quotes
                } else if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
            }
        }
        if (any || current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /**
     * Runs each example with the AWS CLI on a fresh server of {@code region}, after {@code seed} made on it what it names (and
     * rewrote its arguments where it must, e.g. ids the server hands out); prints a summary with every miss and its first
     * difference, and answers how many matched AWS's recorded output structurally.
     */
    static int matching(String title, List<Example> examples, String region,
                        java.util.function.BiFunction<InMemoryEcsServer, List<String>, List<String>> seed) throws IOException {
        AwsCli cli = AwsCli.get();
        int runnable = 0;
        int matching = 0;
        Map<String, String> misses = new TreeMap<>();
        for (Example example : examples) {
            try (InMemoryEcsServer server = InMemoryEcsServer.builder().region(region).start()) {
                List<String> args = seed.apply(server, example.args());
                AwsCli.Result result = cli.run(server.endpoint(), region, args.toArray(String[]::new));
                String name = example.file() + " " + String.join(" ", example.args()).replaceAll("\\s+", " ");
                if (result.exitCode() != 0 || result.stdout().isBlank()) {
                    misses.put(name, "not runnable: " + firstLine(result.stderr()));
                    continue;
                }
                runnable++;
                String difference = contains(example.output(), JSON.readTree(result.stdout()), "");
                if (difference == null) {
                    matching++;
                } else {
                    misses.put(name, difference);
                }
            }
        }
        System.out.printf("%s: %d with output, %d runnable, %d matching structurally%n", title, examples.size(), runnable, matching);
        misses.forEach((example, why) -> System.out.println("  " + example + "\n      " + why));
        return matching;
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
