package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;

/**
 * The controls of a simulated ECS (the in-memory backend): its clock and the faults a test scripts.
 * A driven port like the others, so a driving adapter (the AWS-protocol server's control endpoint)
 * can offer them without knowing which backend it serves. Images are matched by the full reference
 * as the task definition writes it; {@link ContainerMatcher} picks containers by family, name, command, task and more.
 * A container nobody scripted runs until it is stopped (a service's task, and a one-off task unless
 * {@link #oneOffTasksExit} says how they end).
 */
public interface Simulation {

    /** The simulated now. */
    Instant now();

    /**
     * Moves a manual (virtual) clock forward and lets the simulated ECS catch up.
     *
     * @throws IllegalStateException when the clock is not manual (real or accelerated time)
     */
    Instant advance(Duration duration);

    /** Tasks with this image fail to start: CannotPullContainerError, stop code TaskFailedToStart. */
    Simulation failImagePull(String image);

    /** Essential containers with this image exit with {@code exitCode} after running for {@code after}. */
    Simulation exitEssentialContainer(String image, Duration after, int exitCode);

    /** Containers with this image fail their health check; the scheduler replaces their tasks. */
    Simulation failHealthChecks(String image);

    /** Containers {@code which} picks fail to start: CannotPullContainerError, stop code TaskFailedToStart. */
    Simulation failImagePull(ContainerMatcher which);

    /**
     * Containers {@code which} picks exit with {@code exitCode} once they ran for {@code after}: an essential one stops
     * its task (EssentialContainerExited), another leaves its task running. A later script for the same container wins.
     */
    Simulation exit(ContainerMatcher which, Duration after, int exitCode);

    /** Containers {@code which} picks fail their health check; the scheduler replaces their tasks. */
    Simulation failHealthChecks(ContainerMatcher which);

    /**
     * Standalone tasks (RunTask, StartTask) whose essential container no {@link #exit} script picks exit with
     * {@code exitCode} once they ran for {@code after}, so one-off tasks finish; without it they run until stopped.
     */
    Simulation oneOffTasksExit(int exitCode, Duration after);

    /**
     * Fargate Spot takes its capacity back: every task of the cluster (of one service, when given) placed with the
     * FARGATE_SPOT capacity provider and not yet stopping stops with stop code SpotInterruption and ECS's reason (rule
     * spotInterruption); a service's scheduler starts replacements as ECS does. Answers the tasks interrupted.
     */
    io.vavr.collection.Seq<TaskArn> interruptSpotTasks(ClusterName cluster, io.vavr.control.Option<String> service);

    /** The next {@code times} calls of {@code operation} (e.g. "CreateService") are throttled. */
    Simulation throttle(String operation, int times);

    /** The task's essential container exits with 1 after {@code after}. */
    Simulation stopTaskAfter(TaskArn task, Duration after);

    /** The CloudWatch alarm goes into ALARM: deployments watching it fail, or roll back. */
    Simulation fireAlarm(String alarmName);

    /** The alarm is OK again. */
    Simulation clearAlarm(String alarmName);

    /**
     * Scripted load: the service's running tasks report {@code cpuPercent} and {@code memoryPercent} as AWS/ECS
     * CPUUtilization and MemoryUtilization each minute, the work shared out when the number of tasks changes (what
     * target tracking scaling acts on).
     */
    Simulation serviceLoad(ClusterName cluster, String service, double cpuPercent, double memoryPercent);

    /**
     * Scripted traffic: clients send {@code requestsPerSecond} (0 and more; 0 stops it) through an application load
     * balancer's listener (its default actions) or listener rule (its actions), named by ARN; requests are whole, what a
     * rate leaves over carrying into the next minute, and the traffic ends when the listener or rule is deleted. ELB forwards them as the forward
     * action weighs its target groups (the weights a blue/green, linear or canary deployment shifts), spread over each
     * group's healthy targets (over all of its targets when none is healthy, as ELB fails open; a group without targets
     * answers 503 itself), and reports each minute in AWS/ApplicationELB, as ELB does while requests flow:
     * RequestCount, HTTPCode_Target_2XX_Count, HTTPCode_Target_5XX_Count and HTTPCode_ELB_5XX_Count (dimensions
     * LoadBalancer, and LoadBalancer with TargetGroup), RequestCountPerTarget (TargetGroup, and LoadBalancer with
     * TargetGroup): what 5xx alarms and ALBRequestCountPerTarget target tracking act on. Scripting it again replaces it.
     *
     * @throws IllegalArgumentException when no listener or rule has that ARN, its load balancer is not an application one,
     *     or the rate is negative, above 10,000,000 or not finite
     */
    Simulation requests(String listenerOrRuleArn, double requestsPerSecond);

    /**
     * Tasks with a container {@code which} picks answer {@code fraction} (0 to 1) of the requests a load balancer sends
     * them with an HTTP 5xx (HTTPCode_Target_5XX_Count), the rest with a 2xx: a release whose application fails. A
     * later script for the same task wins; scripting the same matcher again replaces it, 0 ends it, and
     * {@link #clearFaults} ends them all.
     *
     * @throws IllegalArgumentException when the fraction is outside 0..1
     */
    Simulation failRequests(ContainerMatcher which, double fraction);

    /** What the AWS_LAMBDA lifecycle hook with this function answers from now on (SUCCEEDED by default, or FAILED). */
    Simulation answerHook(String functionArn, io.ecskit.domain.service.DeploymentLifecycleHookStatus answer);

    /** Clears every scripted fault. */
    Simulation clearFaults();

    /** Makes a tagged image on the backend's own ECR host pullable, as a push would (rule imagePullable). */
    Either<EcsError, Image> putImage(String image);

    /**
     * A finding the basic scans of {@code image} report from now on (DescribeImageScanFindings once a scan is COMPLETE):
     * {@code image} is a reference on the backend's own ECR host by tag or digest; the severity is one of ECR's
     * (INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL, UNDEFINED). InvalidParameterException otherwise.
     */
    Either<EcsError, io.ecskit.domain.ecr.ImageScan.Finding> scanFinding(String image, io.ecskit.domain.ecr.ImageScan.Finding finding);

    /** What a push leaves in ECR: an image whose digest is the manifest's sha256, tagged. */
    Either<EcsError, Image> putImage(io.ecskit.domain.ecr.RepositoryName repository, io.ecskit.domain.ecr.ImageTag tag, byte[] manifest);

    /** An EC2 container instance joins the cluster. */
    Either<EcsError, ContainerInstanceArn> registerContainerInstance(ClusterName cluster);

    /** A running task's container writes a line to its awslogs stream. */
    Either<EcsError, Done> log(TaskArn task, String container, String line);

    /** How many times the AWS operation was called. */
    int calls(String operation);

    /** Forgets the call counts. */
    Simulation resetCalls();
}
