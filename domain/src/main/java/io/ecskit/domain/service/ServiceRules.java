package io.ecskit.domain.service;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.regex.Pattern;

/** What CreateService/UpdateService refuse that can be known without calling AWS (ECS-RULES §5). */
public final class ServiceRules {

    private static final Pattern SUBNET = Pattern.compile("^subnet-[0-9a-f]{8,17}$");
    private static final Pattern SECURITY_GROUP = Pattern.compile("^sg-[0-9a-f]{8,17}$");

    private ServiceRules() {
    }

    static final int MAX_SUBNETS = 16;
    static final int MAX_SECURITY_GROUPS = 5;

    /** Every rule below, for a CreateService or UpdateService with these settings. */
    public static Seq<Violation> check(TaskDefinition td, int desiredCount, Option<AwsVpcConfiguration> network,
                                       Seq<LoadBalancer> loadBalancers, Option<DeploymentConfiguration> deployment) {
        return desiredCount(desiredCount)
                .appendAll(network(td, network))
                .appendAll(loadBalancers(td, loadBalancers))
                .appendAll(deploymentConfiguration(deployment));
    }

    /** desiredCount 0 or more. */
    public static Seq<Violation> desiredCount(int desiredCount) {
        return desiredCount < 0
                ? List.of(Violation.invalidParameter("desiredCount", "desiredCount can not be negative."))
                : List.empty();
    }

    /** awsvpc needs a network configuration (1..16 subnets, at most 5 security groups); other modes take none. */
    public static Seq<Violation> network(TaskDefinition td, Option<AwsVpcConfiguration> network) {
        if (td.effectiveNetworkMode() != NetworkMode.AWSVPC) {
            return network.isDefined()
                    ? List.of(Violation.invalidParameter("networkConfiguration",
                            "Network Configuration is not valid for the given networkMode of this task definition."))
                    : List.empty();
        }
        if (network.isEmpty()) {
            return List.of(Violation.invalidParameter("networkConfiguration",
                    "Network Configuration must be provided when networkMode 'awsvpc' is specified."));
        }
        return vpc(network.get());
    }

    /** Each load balancer names a container and port of the definition; awsvpc needs target groups. */
    public static Seq<Violation> loadBalancers(TaskDefinition td, Seq<LoadBalancer> loadBalancers) {
        return loadBalancers.zipWithIndex().flatMap(li -> loadBalancer(td, "loadBalancers[" + li._2 + "]", li._1));
    }

    /** The rolling percentages: minimum healthy 0..100, maximum at least 100. */
    public static Seq<Violation> deploymentConfiguration(Option<DeploymentConfiguration> deployment) {
        List<Violation> found = List.empty();
        if (deployment.flatMap(DeploymentConfiguration::minimumHealthyPercent).exists(p -> p < 0 || p > 100)) {
            found = found.append(Violation.invalidParameter("deploymentConfiguration.minimumHealthyPercent",
                    "minimumHealthyPercent must be between 0 and 100."));
        }
        if (deployment.flatMap(DeploymentConfiguration::maximumPercent).exists(p -> p < 100)) {
            found = found.append(Violation.invalidParameter("deploymentConfiguration.maximumPercent",
                    "maximumPercent must be at least 100 for a rolling update."));
        }
        return found;
    }

    private static Seq<Violation> vpc(AwsVpcConfiguration vpc) {
        List<Violation> found = List.empty();
        String at = "networkConfiguration.awsvpcConfiguration";
        if (vpc.subnets().isEmpty()) {
            found = found.append(Violation.invalidParameter(at + ".subnets", "subnets can not be empty."));
        }
        if (vpc.subnets().size() > MAX_SUBNETS) {
            found = found.append(Violation.invalidParameter(at + ".subnets", "subnets can have at most 16 items."));
        }
        if (vpc.securityGroups().size() > MAX_SECURITY_GROUPS) {
            found = found.append(Violation.invalidParameter(at + ".securityGroups", "securityGroups can have at most 5 items."));
        }
        found = found.appendAll(vpc.subnets().zipWithIndex().filter(si -> !SUBNET.matcher(si._1).matches())
                .map(si -> Violation.invalidParameter(at + ".subnets[" + si._2 + "]", "Invalid subnet id: " + si._1)));
        return found.appendAll(vpc.securityGroups().zipWithIndex().filter(gi -> !SECURITY_GROUP.matcher(gi._1).matches())
                .map(gi -> Violation.invalidParameter(at + ".securityGroups[" + gi._2 + "]", "Invalid security group id: " + gi._1)));
    }

    private static Seq<Violation> loadBalancer(TaskDefinition td, String at, LoadBalancer lb) {
        List<Violation> found = List.empty();
        if (td.effectiveNetworkMode() == NetworkMode.AWSVPC && lb.targetGroupArn().isEmpty()) {
            found = found.append(Violation.invalidParameter(at + ".targetGroupArn",
                    "Classic Load Balancers are not supported with the awsvpc network mode; specify a target group."));
        }
        String container = lb.containerName().getOrElse("");
        if (td.container(container).isEmpty()) {
            found = found.append(Violation.invalidParameter(at + ".containerName",
                    "The container " + container + " does not exist in the task definition."));
        } else if (!td.container(container).get().portMappings().exists(p -> p.containerPort().equals(lb.containerPort()))) {
            found = found.append(Violation.invalidParameter(at + ".containerPort", "The container " + container
                    + " did not have a container port " + lb.containerPort().map(String::valueOf).getOrElse("") + " defined."));
        }
        return found;
    }
}
