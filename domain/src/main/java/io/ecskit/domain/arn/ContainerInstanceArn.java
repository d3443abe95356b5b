package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.vavr.control.Option;

/** {@code arn:aws:ecs:<region>:<account>:container-instance/<cluster>/<id>}. */
public record ContainerInstanceArn(Region region, AccountId account, ClusterName cluster, String id) {

    public static Option<ContainerInstanceArn> parse(String arn) {
        return Arns.parseClusterScoped(arn, "container-instance")
                .map(s -> new ContainerInstanceArn(s.parts().region(), s.parts().account(), s.cluster(), s.id()));
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "container-instance/" + cluster.value() + "/" + id);
    }
}
