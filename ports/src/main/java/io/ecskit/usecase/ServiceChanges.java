package io.ecskit.usecase;

import io.ecskit.domain.service.AwsVpcConfiguration;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.TaskDefinitionDiff.Change;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DiffTaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.function.Function;

/**
 * The settings a deploy asks for that differ from the live service: what UpdateService is sent
 * (nothing at all when nothing differs) and what a diff shows, from one comparison so the two
 * never disagree. Subnets and security groups compare as sets: ECS does not promise their order.
 * A network configuration the command leaves out is kept as it is.
 */
record ServiceChanges(Service live, Option<Integer> desiredCount, Option<AwsVpcConfiguration> network,
                      Option<List<LoadBalancer>> loadBalancers, Option<DeploymentConfiguration> deploymentConfiguration) {

    private static final String VPC = DiffTaskDefinition.SERVICE + "networkConfiguration.awsvpcConfiguration.";
    private static final String DEPLOYMENT = DiffTaskDefinition.SERVICE + "deploymentConfiguration.";

    static ServiceChanges between(Service live, DeployService.Command desired) {
        return new ServiceChanges(live,
                Option.when(live.desiredCount() != desired.desiredCount(), desired.desiredCount()),
                desired.network().filter(n -> !sameNetwork(live.networkConfiguration(), n)),
                Option.when(!desired.loadBalancers().toList().equals(live.loadBalancers()), desired.loadBalancers().toList()),
                Option.when(!desired.deploymentConfiguration().equals(live.deploymentConfiguration()), desired.deploymentConfiguration()));
    }

    boolean isEmpty() {
        return desiredCount.isEmpty() && network.isEmpty() && loadBalancers.isEmpty() && deploymentConfiguration.isEmpty();
    }

    /** Sets only what differs: UpdateService leaves every field it is not sent as it is. */
    ServiceUpdate.Builder applyTo(ServiceUpdate.Builder update) {
        return update.desiredCount(desiredCount).networkConfiguration(network).loadBalancers(loadBalancers)
                .deploymentConfiguration(deploymentConfiguration);
    }

    /** Field by field, live → desired, with UpdateService's paths under {@value DiffTaskDefinition#SERVICE}. */
    Seq<Change> fields() {
        Seq<Change> count = desiredCount.map(n -> change(DiffTaskDefinition.SERVICE + "desiredCount",
                Option.of(live.desiredCount()), Option.of(n))).toList();
        Seq<Change> vpc = network.toList().flatMap(n -> {
            Option<AwsVpcConfiguration> was = live.networkConfiguration();
            return List.of(
                    change(VPC + "subnets", was.map(v -> sorted(v.subnets())), Option.of(sorted(n.subnets()))),
                    change(VPC + "securityGroups", was.map(v -> sorted(v.securityGroups())), Option.of(sorted(n.securityGroups()))),
                    change(VPC + "assignPublicIp", was.map(AwsVpcConfiguration::assignPublicIp), Option.of(n.assignPublicIp())));
        });
        Seq<Change> balancers = loadBalancers.map(lbs -> change(DiffTaskDefinition.SERVICE + "loadBalancers",
                Option.of(text(live.loadBalancers())), Option.of(text(lbs)))).toList();
        Seq<Change> deployment = deploymentConfiguration.toList().flatMap(d -> {
            DeploymentConfiguration was = live.deploymentConfiguration();
            return List.of(
                    field(DEPLOYMENT + "minimumHealthyPercent", was, d, DeploymentConfiguration::minimumHealthyPercent),
                    field(DEPLOYMENT + "maximumPercent", was, d, DeploymentConfiguration::maximumPercent),
                    field(DEPLOYMENT + "deploymentCircuitBreaker.enable", was, d, c -> c.circuitBreaker().enable()),
                    field(DEPLOYMENT + "deploymentCircuitBreaker.rollback", was, d, c -> c.circuitBreaker().rollback()));
        });
        return count.appendAll(vpc).appendAll(balancers).appendAll(deployment).filter(c -> !c.live().equals(c.desired()));
    }

    private static boolean sameNetwork(Option<AwsVpcConfiguration> live, AwsVpcConfiguration desired) {
        return live.exists(l -> l.subnets().toSet().equals(desired.subnets().toSet())
                && l.securityGroups().toSet().equals(desired.securityGroups().toSet())
                && l.assignPublicIp() == desired.assignPublicIp());
    }

    private static <T> Change field(String path, DeploymentConfiguration live, DeploymentConfiguration desired,
                                    Function<DeploymentConfiguration, T> value) {
        return change(path, Option.of(value.apply(live)), Option.of(value.apply(desired)));
    }

    private static Change change(String path, Option<?> live, Option<?> desired) {
        return new Change(path, live.map(String::valueOf), desired.map(String::valueOf));
    }

    private static String sorted(List<String> values) {
        return values.sorted().mkString("[", ", ", "]");
    }

    private static String text(List<LoadBalancer> lbs) {
        return lbs.map(lb -> lb.targetGroupArn().orElse(lb.loadBalancerName()).getOrElse("-") + " → "
                + lb.containerName() + ":" + lb.containerPort()).mkString("[", ", ", "]");
    }
}
