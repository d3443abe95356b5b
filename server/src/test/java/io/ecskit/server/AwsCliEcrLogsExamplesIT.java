package io.ecskit.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.port.EcsKit;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's ground truth: the AWS CLI's documented ECR and CloudWatch Logs examples ({@code awscli/examples/{ecr,logs}/*.rst},
 * read from the installed package, with the output real AWS gave) run against {@code ecskit server} by the AWS CLI, as
 * {@link AwsCliExamplesIT} does for ECS. What an example names (repositories, tagged images, policies, log groups and
 * streams) is created first; it matches when every member path of AWS's recorded output is in ecskit's answer with the
 * same JSON type. The counts may only grow; the misses are printed with their first difference.
 */
class AwsCliEcrLogsExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
            + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":7023,\"digest\":\"sha256:"
            + "b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7\"},\"layers\":[]}";
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"pull\",\"Effect\":\"Allow\","
            + "\"Principal\":\"*\",\"Action\":[\"ecr:BatchGetImage\"]}]}";
    private static final String LIFECYCLE = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Expire images older than 14 days\","
            + "\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},"
            + "\"action\":{\"type\":\"expire\"}}]}";

    /** The number of matching examples this build must reach (raise it as ecskit answers more). */
    static final int FLOOR = 21;

    @Test
    void documentedEcrAndLogsExamples_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<AwsCliExamplesIT.Example> examples = new ArrayList<>();
        for (String service : List.of("ecr", "logs")) {
            try (Stream<Path> files = Files.list(cli.examples(service))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".rst")).sorted().toList()) {
                    examples.addAll(AwsCliExamplesIT.parse(file, service));
                }
            }
        }
        int matching = AwsCliExamplesIT.matching("AWS CLI ECR and Logs examples", examples, "us-west-2", (server, args) -> {
            seed(server.kit("us-west-2"), args);
            return args;
        });
        assertThat(examples).as("examples read from the awscli package").hasSizeGreaterThan(20);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(FLOOR);
    }

    /** What an example names, created first: repositories, images by tag, policies, log groups and streams. */
    private static void seed(EcsKit kit, List<String> args) {
        var ecr = kit.api().imageRepositories();
        List<String> repositories = new ArrayList<>(AwsCliExamplesIT.values(args, "--repository-name"));
        repositories.addAll(AwsCliExamplesIT.values(args, "--repository-names"));
        boolean creating = args.contains("create-repository");
        for (String repository : repositories) {
            if (creating) {
                continue;
            }
            var parsed = RepositoryName.parse(AwsCliExamplesIT.name(repository));
            if (parsed.isLeft()) {
                continue;   // an example naming a repository ECR would refuse is run unseeded
            }
            RepositoryName name = parsed.get();
            ecr.create(RepositorySpec.named(name));
            List<String> ids = new ArrayList<>(AwsCliExamplesIT.values(args, "--image-ids"));
            ids.addAll(AwsCliExamplesIT.values(args, "--image-id"));
            for (String id : ids) {
                for (String part : id.split(",")) {
                    if (part.startsWith("imageTag=")) {
                        String tag = part.substring("imageTag=".length());
                        ecr.putImage(name, MANIFEST.replace("\"layers\"", "\"annotations\":{\"tag\":\"" + tag + "\"},\"layers\""),
                                Option.of(new ImageTag(tag)), Option.none());
                    }
                }
            }
            if (!args.contains("set-repository-policy")) {
                ecr.setPolicy(name, POLICY);
            }
            if (!args.contains("put-lifecycle-policy")) {
                ecr.putLifecyclePolicy(name, LIFECYCLE);
            }
            if (args.contains("get-lifecycle-policy-preview")) {
                ecr.startLifecyclePolicyPreview(name, Option.none());
            }
        }
        var logs = kit.api().logs();
        boolean creatingGroup = args.contains("create-log-group");
        boolean creatingStream = args.contains("create-log-stream");
        for (String group : AwsCliExamplesIT.values(args, "--log-group-name")) {
            var name = LogGroupName.parse(group);
            if (!creatingGroup && name.isRight()) {
                logs.createGroup(name.get(), Option.none());
                if (!creatingStream) {
                    for (String stream : AwsCliExamplesIT.values(args, "--log-stream-name")) {
                        LogStreamName.parse(stream).forEach(s -> logs.createStream(name.get(), s));
                    }
                }
            }
        }
    }
}
