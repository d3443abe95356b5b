package io.ecskit.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.secrets.SecretSpec;
import io.ecskit.port.EcsKit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 7's ground truth: the AWS CLI's documented Secrets Manager and Parameter Store examples (read from the
 * installed awscli package, with the output real AWS gave) run against {@code ecskit server} by the AWS CLI. What an example
 * names (a secret by name or ARN, parameters by name or path) is created first; it matches when every member path of AWS's
 * recorded output is in ecskit's answer with the same JSON type. The count may only grow; misses are printed.
 */
class AwsCliSecretsExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILES = Set.of("create-secret.rst", "get-secret-value.rst", "put-secret-value.rst",
            "describe-secret.rst", "list-secrets.rst", "delete-secret.rst", "restore-secret.rst", "update-secret.rst", "tag-resource.rst",
            "untag-resource.rst", "put-parameter.rst", "get-parameter.rst",
            "get-parameters.rst", "get-parameters-by-path.rst", "describe-parameters.rst", "get-parameter-history.rst",
            "delete-parameters.rst");

    /**
     * The examples this build must match (a ratchet). Not yet: ListSecrets and DescribeParameters filters, parameter labels
     * ({@code name:label}) and policies (refused by name).
     */
    static final int FLOOR = 15;

    @Test
    void documentedSecretsAndParameterExamples_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<AwsCliExamplesIT.Example> examples = new ArrayList<>();
        for (String service : List.of("secretsmanager", "ssm")) {
            try (Stream<Path> files = Files.list(cli.examples(service))) {
                for (Path file : files.filter(f -> FILES.contains(f.getFileName().toString())).sorted().toList()) {
                    examples.addAll(AwsCliExamplesIT.parse(file, service));
                }
            }
        }
        int matching = AwsCliExamplesIT.matching("AWS CLI Secrets Manager and Parameter Store examples", examples, "us-west-2", (server, args) -> {
            seed(server.kit("us-west-2"), args);
            return args;
        });
        assertThat(examples).as("examples read from the awscli package").hasSizeGreaterThan(10);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(FLOOR);
    }

    /** The secret and the parameters an example names, created first (a secret twice: a current and a previous version). */
    private static void seed(EcsKit kit, List<String> args) {
        var secrets = kit.api().secrets();
        if (!args.contains("create-secret")) {
            for (String id : AwsCliExamplesIT.values(args, "--secret-id")) {
                String name = id.startsWith("arn:") ? id.substring(id.indexOf(":secret:") + 8).replaceAll("-[A-Za-z0-9]{6}$", "") : id;
                secrets.createSecret(SecretSpec.of(name, "{\"user\":\"diegor\",\"password\":\"PREVIOUS-PASSWORD\"}"));
                secrets.putSecretValue(name, io.vavr.control.Option.of("{\"user\":\"diegor\",\"password\":\"EXAMPLE-PASSWORD\"}"),
                        io.vavr.control.Option.none(), io.vavr.control.Option.none());
                if (args.contains("restore-secret")) {
                    secrets.deleteSecret(name, io.vavr.control.Option.none(), false);
                }
            }
            if (args.contains("list-secrets")) {
                secrets.createSecret(SecretSpec.of("MyTestSecret", "x"));
            }
        }
        if (!args.contains("put-parameter")) {
            List<String> names = new ArrayList<>(AwsCliExamplesIT.values(args, "--name"));
            for (String option : List.of("--names")) {
                for (int i = args.indexOf(option) + 1; i > 0 && i < args.size() && !args.get(i).startsWith("--"); i++) {
                    names.add(args.get(i));
                }
            }
            for (String path : AwsCliExamplesIT.values(args, "--path")) {
                names.add(path + "/parameter-1");
                names.add(path + "/nested/parameter-2");
            }
            if (args.contains("describe-parameters")) {
                names.add("MyParameter");
            }
            for (String name : names) {
                String plain = name.replaceAll(":\\d+$", "");
                secrets.putParameter(ParameterSpec.string(plain, "abc123"));
                secrets.putParameter(new ParameterSpec(plain, "def456", io.vavr.control.Option.none(), true, io.vavr.control.Option.none(),
                        io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
                        io.vavr.collection.List.empty()));
            }
        }
    }
}
