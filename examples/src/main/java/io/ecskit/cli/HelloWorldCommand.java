package io.ecskit.cli;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.json.EcsJson;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.RedeployService;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The seed's walkthrough end to end: register the corrected hello-world task definition, create
 * the cluster and the log group, create the Fargate service with awsvpc networking and follow its
 * deployment, list and describe, update the service, clean up.
 */
@Command(name = "hello-world", description = "Run the seed's walkthrough (in memory by default: no AWS needed).")
final class HelloWorldCommand implements Callable<Integer> {

    static final ClusterName CLUSTER = new ClusterName("test-cluster");
    static final ServiceName SERVICE = new ServiceName("test-service");
    static final LogGroupName LOG_GROUP = new LogGroupName("test-log");

    @Spec
    CommandSpec spec;

    @ParentCommand
    EcskitCli root;

    @picocli.CommandLine.Option(names = "--subnets", split = ",", defaultValue = "subnet-8f0fdfc5",
            description = "Subnets for the awsvpc network configuration (default: the seed's)")
    java.util.List<String> subnets;

    @picocli.CommandLine.Option(names = "--security-groups", split = ",", defaultValue = "sg-0c7754adb2c02617b",
            description = "Security groups (default: the seed's)")
    java.util.List<String> securityGroups;

    @picocli.CommandLine.Option(names = "--execution-role-arn", description = "Task execution role (awslogs needs one on Fargate)")
    String executionRoleArn;

    @picocli.CommandLine.Option(names = "--image-source", defaultValue = "public.ecr.aws/docker/library/httpd:2.4",
            description = "What to push to ECR: IMAGE or docker-archive:FILE (default: the public httpd image)")
    String imageSource;

    private PrintWriter out;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        try (EcsKit kit = root.openKit()) {
            AwsVpcConfiguration network = AwsVpcConfiguration.of(subnets, securityGroups, AssignPublicIp.ENABLED);

            step("0. push the image to ECR: create-repository hello-world, log in, copy " + imageSource + " (no Docker)");
            var pushed = ImageAndLogCommands.push(kit, ImageAndLogCommands.source(imageSource), new RepositoryName("hello-world"),
                    new ImageTag("latest"), TagMutability.MUTABLE, out);
            out.println("    " + pushed.byDigest());
            TaskDefinition td = helloWorld(kit, pushed.byDigest().toString());

            step("1. register-task-definition --cli-input-json file://hello-world-task-def.json");
            RegisteredTaskDefinition registered = orFail(kit.taskDefinitions().register(td));
            out.println("    " + registered.taskDefinitionArn() + " (" + registered.status() + ")");

            step("2. create-cluster --cluster-name " + CLUSTER.value());
            out.println("    " + orFail(kit.clusters().create(ClusterSpec.named(CLUSTER))).clusterArn());

            step("3. create-log-group --log-group-name " + LOG_GROUP.value());
            var group = kit.logs().createGroup(LOG_GROUP, Option.none());
            out.println(group.isRight() ? "    " + group.get().arn()
                    : "    " + group.getLeft().message() + " (kept)");

            step("4. create-service --cluster " + CLUSTER.value() + " --service-name " + SERVICE.value()
                    + " --task-definition hello-world --desired-count 1 --launch-type FARGATE");
            DeploymentOutcome created = deploy(kit, td, 1, network);
            if (!created.succeeded()) {
                return EcskitCli.DEPLOYMENT_FAILED;
            }

            step("5. list-task-definitions, list-services, describe-services");
            orFail(kit.taskDefinitions().list(Option.of("hello-world"), TaskDefinitionStatus.ACTIVE))
                    .forEach(arn -> out.println("    task definition " + arn));
            orFail(kit.services().list(CLUSTER)).forEach(arn -> out.println("    service " + arn));
            orFail(kit.services().describe(CLUSTER, List.of(SERVICE))).found().forEach(this::describe);

            step("6. update-service --task-definition hello-world (a new revision: GREETING=hello again)");
            ProgressPrinter progress = ProgressPrinter.forConsole(out);
            DeploymentOutcome updated = orFail(kit.redeploy().redeploy(
                    RedeployService.Command.environment(CLUSTER, SERVICE, LinkedHashMap.of("GREETING", "hello again")), progress));
            progress.finish();
            OutcomePrinter.print(out, updated);
            if (!updated.succeeded()) {
                return EcskitCli.DEPLOYMENT_FAILED;
            }

            step("7. logs: what the containers wrote to test-log (api/hello-world/<task>)");
            var lines = orFail(kit.readLogs().read(io.ecskit.port.in.ReadLogs.Query.service(CLUSTER, SERVICE),
                    kit.time().now().minus(java.time.Duration.ofHours(1)), kit.time().now().plusMillis(1)));
            out.println("    " + lines.size() + " line(s)");
            lines.takeRight(5).forEach(e -> out.println("    " + e.stream().value() + " " + e.message()));

            step("8. clean up: update-service --desired-count 0, delete-service, deregister, delete-cluster, delete-repository");
            orFail(kit.cleanUp().cleanUp(CleanUp.Command.cluster(CLUSTER).deregisterFamily("hello-world")
                    .deleteLogGroups(List.of(LOG_GROUP)).deleteRepository(new RepositoryName("hello-world")),
                    io.ecskit.port.in.DeploymentProgress.Listener.NONE))
                    .forEach(done -> out.println("    " + done));
            out.println();
            out.println("hello-world: done on the " + root.global.backend + " backend (" + kit.region() + ")");
            return EcskitCli.OK;
        }
    }

    private DeploymentOutcome deploy(EcsKit kit, TaskDefinition td, int desired, AwsVpcConfiguration network) {
        ProgressPrinter progress = ProgressPrinter.forConsole(out);
        DeploymentOutcome outcome = orFail(kit.deploy().deploy(
                DeployService.Command.of(td, CLUSTER, SERVICE, desired).withNetwork(network), progress));
        progress.finish();
        OutcomePrinter.print(out, outcome);
        return outcome;
    }

    private void describe(Service s) {
        out.println("    " + s.serviceName().value() + ": " + s.status() + ", " + s.launchType().map(Enum::name).getOrElse("-")
                + ", desired " + s.desiredCount() + ", running " + s.runningCount() + ", pending " + s.pendingCount());
        s.deployments().forEach(d -> out.println("      deployment " + d.id() + " " + d.status() + " "
                + d.rolloutState().map(Enum::name).getOrElse("-") + " " + d.taskDefinition()));
    }

    private void step(String text) {
        out.println();
        out.println("==> " + text);
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
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T orFail(Either<EcsError, T> result) {
        return result.getOrElseThrow(EcsErrorException::new);
    }
}
