package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.vavr.control.Option;

/** {@code arn:aws:ecs:<region>:<account>:service/<cluster>/<service>} (the long ARN format). */
public record ServiceArn(Region region, AccountId account, ClusterName cluster, ServiceName name) {

    public static Option<ServiceArn> parse(String arn) {
        return Arns.parse(arn, "ecs").flatMap(p -> {
            String[] parts = p.resource().split("/", -1);
            if (parts.length != 3 || !parts[0].equals("service")) {
                return Option.none();
            }
            return ClusterName.of(parts[1]).toOption().flatMap(cluster -> ServiceName.of(parts[2]).toOption()
                    .map(name -> new ServiceArn(p.region(), p.account(), cluster, name)));
        });
    }

    public ClusterArn clusterArn() {
        return new ClusterArn(region, account, cluster);
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "service/" + cluster.value() + "/" + name.value());
    }
}
