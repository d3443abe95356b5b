package io.ecskit.contract;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;

/** What a backend gives the contract suites: a fresh kit per test and the facts about its world. */
public interface Backend extends AutoCloseable {

    /** For messages: "in-memory", "moto", "aws". */
    String name();

    EcsKit kit();

    /** Subnets and security groups that exist for CreateService. */
    Seq<String> subnets();

    Seq<String> securityGroups();

    /** Prefixed to every name a test creates, so runs against a shared account never clash. */
    String prefix();

    /** The task execution role Fargate task definitions use (awslogs, private ECR images). */
    default String executionRoleArn() {
        return ContractFixtures.EXECUTION_ROLE;
    }

    /** Why this backend cannot do {@code capability}; empty when it can. */
    Option<String> lacks(Capability capability);

    /** Lets time pass for the backend's simulated runtime (IMAGE and TASK capabilities rely on it). */
    void passTime(Duration duration);

    /** Puts an image into a repository as a push would (capability IMAGE_SEEDING). */
    default Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        throw new UnsupportedOperationException(name() + " cannot seed images");
    }

    /** Registers an EC2 container instance (capability CONTAINER_INSTANCES). */
    default void registerContainerInstance(io.ecskit.domain.arn.ClusterName cluster) {
        throw new UnsupportedOperationException(name() + " cannot register container instances");
    }

    /** How many times the AWS operation (e.g. "UpdateService") was called since the last reset (CALL_COUNTS). */
    default int calls(String operation) {
        throw new UnsupportedOperationException(name() + " cannot count calls");
    }

    default void resetCalls() {
        throw new UnsupportedOperationException(name() + " cannot count calls");
    }

    /** Tasks with this image fail to start with CannotPullContainerError (FAULT_INJECTION). */
    default void failImagePull(String image) {
        throw new UnsupportedOperationException(name() + " cannot inject faults");
    }

    /** Containers {@code which} picks exit with {@code exitCode} once they ran for {@code after} (FAULT_INJECTION). */
    default void exit(io.ecskit.port.out.ContainerMatcher which, Duration after, int exitCode) {
        throw new UnsupportedOperationException(name() + " cannot script exits");
    }

    /** Standalone tasks nobody scripted exit with {@code exitCode} after {@code after} (FAULT_INJECTION). */
    default void oneOffTasksExit(int exitCode, Duration after) {
        throw new UnsupportedOperationException(name() + " cannot script exits");
    }

    /** Fargate Spot takes its capacity back from the cluster's FARGATE_SPOT tasks (FAULT_INJECTION); answers them. */
    default io.vavr.collection.Seq<io.ecskit.domain.arn.TaskArn> interruptSpotTasks(io.ecskit.domain.arn.ClusterName cluster) {
        throw new UnsupportedOperationException(name() + " cannot interrupt Spot tasks");
    }

    /** The CloudWatch alarm goes into ALARM (FAULT_INJECTION). */
    default void fireAlarm(String alarmName) {
        throw new UnsupportedOperationException(name() + " cannot fire alarms");
    }

    /** The service's running tasks report this load each minute, shared out as their number changes (FAULT_INJECTION). */
    default void serviceLoad(io.ecskit.domain.arn.ClusterName cluster, String service, double cpuPercent, double memoryPercent) {
        throw new UnsupportedOperationException(name() + " cannot script load");
    }

    /** What the AWS_LAMBDA lifecycle hook with this function answers (FAULT_INJECTION). */
    default void answerHook(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer) {
        throw new UnsupportedOperationException(name() + " cannot script hooks");
    }

    /** A kit of the same account in another region (capability OTHER_REGION). */
    default EcsKit kitIn(String region) {
        throw new UnsupportedOperationException(name() + " has one region");
    }

    @Override
    void close();
}
