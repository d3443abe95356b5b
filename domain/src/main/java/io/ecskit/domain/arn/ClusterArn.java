package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.vavr.control.Option;

/** {@code arn:aws:ecs:<region>:<account>:cluster/<name>} */
public record ClusterArn(Region region, AccountId account, ClusterName name) {

    public static Option<ClusterArn> parse(String arn) {
        return Arns.parse(arn, "ecs")
                .filter(p -> p.resource().startsWith("cluster/"))
                .flatMap(p -> ClusterName.of(p.resource().substring("cluster/".length())).toOption()
                        .map(name -> new ClusterArn(p.region(), p.account(), name)));
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "cluster/" + name.value());
    }
}
