package io.ecskit.cli;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.in.RedeployService;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The seed's walkthrough end to end: push the image, register the corrected hello-world task
 * definition, create the cluster and the log group, create the Fargate service with awsvpc networking
 * and follow its deployment, list and describe, update the service, read the logs, clean up.
 */
@Command(name = "hello-world", mixinStandardHelpOptions = true,
        description = "Run the seed's walkthrough: push, register, create cluster and log group, create the Fargate "
                + "service, list and describe, update, read logs, clean up. In memory by default: no AWS needed, "
                + "time simulated.",
        footer = {"  ecskit hello-world",
            "  ecskit hello-world --backend aws --subnets subnet-0a1b2c3d --security-groups sg-0a1b2c3d "
                + "--execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
            "  ecskit hello-world --output json | jq .service.deployments"})
final class HelloWorldCommand extends CliCommand.OnKit {

    static final ClusterName CLUSTER = new ClusterName("test-cluster");
    static final ServiceName SERVICE = new ServiceName("test-service");
    static final LogGroupName LOG_GROUP = new LogGroupName("test-log");
    static final RepositoryName REPOSITORY = new RepositoryName("hello-world");

    @picocli.CommandLine.Option(names = "--subnets", split = ",", defaultValue = "subnet-8f0fdfc5", paramLabel = "SUBNET",
            description = "Subnets for the awsvpc network configuration (default: the seed's subnet-8f0fdfc5)")
    java.util.List<String> subnets;

    @picocli.CommandLine.Option(names = "--security-groups", split = ",", defaultValue = "sg-0c7754adb2c02617b", paramLabel = "GROUP",
            description = "Security groups (default: the seed's sg-0c7754adb2c02617b)")
    java.util.List<String> securityGroups;

    @picocli.CommandLine.Option(names = "--execution-role-arn", paramLabel = "ARN",
            description = "Task execution role: Fargate needs one to pull from ECR and write awslogs (default: the file's)")
    String executionRoleArn;

    @picocli.CommandLine.Option(names = "--image-source", defaultValue = "public.ecr.aws/docker/library/httpd:2.4", paramLabel = "IMAGE",
            description = "What to push to ECR: IMAGE or docker-archive:FILE (default: "
                    + "public.ecr.aws/docker/library/httpd:2.4)")
    String imageSource;

    @picocli.CommandLine.Option(names = "--write-task-definition", paramLabel = "FILE",
            description = "Where to write the corrected task definition (default: hello-world-task-def.json in the temp "
                    + "directory)")
    Path written;

    private PrintWriter out;

    @Override
    Either<Failure, Printed> run(EcsKit kit) {
        out = narration();
        var source = ImageCommands.source("--image-source", imageSource);
        if (source.isLeft()) {
            return Either.left(source.getLeft());
        }
        boolean simulated = kit.api().time().simulated();
        AwsVpcConfiguration network = AwsVpcConfiguration.of(subnets, securityGroups, AssignPublicIp.ENABLED);
        JsonDocument summary = JsonDocument.object().put("backend", global().backend.name()).put("region", kit.region());

        step("0. push the image to ECR: create-repository hello-world, log in, copy " + imageSource + " (no Docker)");
        var pushed = ImageCommands.push(kit, new PushImage.Command(source.get(), REPOSITORY, new ImageTag("latest"),
                TagMutability.MUTABLE, false), out);
        if (pushed.isLeft()) {
            return Either.left(pushed.getLeft());
        }
        say(pushed.get().byDigest().toString());
        summary.put("image", ImageCommands.imageJson(pushed.get(), REPOSITORY, new ImageTag("latest")));
        TaskDefinition td = helloWorld(kit, pushed.get().byDigest().toString());
        Path file = written != null ? written : Path.of(System.getProperty("java.io.tmpdir"), "hello-world-task-def.json");
        try {
            Files.writeString(file, EcsJson.write(td) + "\n");
        } catch (IOException e) {
            return Either.left(Failure.invalid("--write-task-definition: " + file + ": cannot write: " + e.getMessage()));
        }

        step("1. register-task-definition --cli-input-json file://" + file);
        var registered = Inputs.aws(kit.api().taskDefinitions().register(td));
        if (registered.isLeft()) {
            return Either.left(registered.getLeft());
        }
        say("registered " + registered.get().taskDefinitionArn() + " (" + registered.get().status() + ")");
        summary.put("taskDefinition", registered.get());

        step("2. create-cluster --cluster-name " + CLUSTER.value());
        var cluster = Inputs.aws(kit.api().clusters().create(ClusterSpec.named(CLUSTER)));
        if (cluster.isLeft()) {
            return Either.left(cluster.getLeft());
        }
        say(cluster.get().clusterArn().toString());
        summary.put("cluster", cluster.get());

        step("3. create-log-group --log-group-name " + LOG_GROUP.value());
        var group = kit.api().logs().createGroup(LOG_GROUP, Option.none());
        say(group.isRight() ? group.get().arn() : group.getLeft().message() + " (kept)");

        step("4. create-service --cluster " + CLUSTER.value() + " --service-name " + SERVICE.value()
                + " --task-definition hello-world --desired-count 1 --launch-type FARGATE"
                + " --network-configuration awsvpcConfiguration={subnets=[" + String.join(",", subnets)
                + "],securityGroups=[" + String.join(",", securityGroups) + "],assignPublicIp=ENABLED}");
        var created = followed(kit, simulated, progress -> kit.deploy(
                DeployService.Command.of(td, CLUSTER, SERVICE, 1).withNetwork(network), progress));
        if (created.isLeft()) {
            return Either.left(created.getLeft());
        }
        summary.put("created", Outcomes.json(created.get(), simulated));
        if (!created.get().succeeded()) {
            return Either.right(new Printed(summary, "", EcskitCli.DEPLOYMENT_FAILED));
        }

        step("5. list-task-definitions --family-prefix hello-world, list-services, describe-services");
        var listed = Inputs.aws(kit.api().taskDefinitions().list(Option.of("hello-world"), TaskDefinitionStatus.ACTIVE))
                .flatMap(arns -> Inputs.aws(kit.api().services().list(CLUSTER)).flatMap(services -> Inputs.aws(
                        kit.api().services().describe(CLUSTER, List.of(SERVICE))).map(described -> {
                            arns.forEach(arn -> say("task definition " + arn));
                            services.forEach(arn -> say("service " + arn));
                            described.found().forEach(s -> ServiceCommands.line(s).lines().forEach(this::say));
                            summary.put("taskDefinitionArns", arns).put("serviceArns", services).put("services", described.found());
                            return arns;
                        })));
        if (listed.isLeft()) {
            return Either.left(listed.getLeft());
        }

        step("6. update-service --task-definition hello-world (a new revision: GREETING=hello again)");
        var updated = followed(kit, simulated, progress -> kit.redeploy(
                RedeployService.Command.environment(CLUSTER, SERVICE, LinkedHashMap.of("GREETING", "hello again")), progress));
        if (updated.isLeft()) {
            return Either.left(updated.getLeft());
        }
        summary.put("updated", Outcomes.json(updated.get(), simulated));
        if (!updated.get().succeeded()) {
            return Either.right(new Printed(summary, "", EcskitCli.DEPLOYMENT_FAILED));
        }

        step("7. logs: what the containers wrote to " + LOG_GROUP.value() + " (streams api/hello-world/<task>)");
        var lines = Inputs.aws(kit.readLogs(ReadLogs.Query.service(CLUSTER, SERVICE),
                kit.api().time().now().minus(Duration.ofHours(1)), kit.api().time().now().plusMillis(1)));
        if (lines.isLeft()) {
            return Either.left(lines.getLeft());
        }
        say(lines.get().size() + " line(s)");
        lines.get().takeRight(5).forEach(e -> say(e.stream().value() + " " + e.message()));
        summary.put("logEvents", lines.get().map(LogCommands::eventJson));

        step("8. clean up: update-service --desired-count 0, delete-service, delete-cluster, deregister-task-definition, "
                + "delete-log-group, delete-repository");
        var cleaned = Inputs.aws(kit.cleanUp(CleanUp.Command.cluster(CLUSTER).deregisterFamily("hello-world")
                .deleteLogGroups(List.of(LOG_GROUP)).deleteRepository(REPOSITORY), DeploymentProgress.Listener.NONE));
        if (cleaned.isLeft()) {
            return Either.left(cleaned.getLeft());
        }
        cleaned.get().steps().forEach(done -> say(done.toString()));
        summary.put("cleanup", ClusterCommands.stepsJson(cleaned.get().steps()).put("taskDefinitionFile", file.toString()));
        out.println();
        String done = "hello-world: done on the " + global().backend + " backend (" + kit.region() + ")"
                + (simulated ? "; time was simulated" : "");
        if (json()) {
            out.println(done);
        }
        return Either.right(Printed.of(summary, done));
    }

    private Either<Failure, DeploymentOutcome> followed(EcsKit kit, boolean simulated,
            java.util.function.Function<ProgressPrinter, Either<io.ecskit.domain.error.EcsError, DeploymentOutcome>> use) {
        ProgressPrinter progress = ProgressPrinter.forConsole(out);
        var outcome = Inputs.aws(use.apply(progress));
        progress.finish();
        outcome.forEach(o -> out.println(Outcomes.text(o, simulated)));
        return outcome;
    }

    private void step(String text) {
        out.println();
        out.println("==> " + text);
        out.flush();
    }

    private void say(String line) {
        out.println("    " + line);
    }

    /** The corrected seed task definition, with the pushed image, the kit's region and the given execution role. */
    private TaskDefinition helloWorld(EcsKit kit, String image) {
        try (InputStream in = HelloWorldCommand.class.getResourceAsStream("/hello-world-task-def.json")) {
            TaskDefinition td = EcsJson.readTaskDefinition(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get();
            return td.toBuilder()
                    .executionRoleArn(Option.of(executionRoleArn).orElse(td.executionRoleArn()))
                    .containerDefinitions(td.containerDefinitions().map(c -> c.toBuilder().image(image).logConfiguration(
                            LogConfiguration.awslogs(LOG_GROUP.value(), kit.region(), "api")).build()))
                    .build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
