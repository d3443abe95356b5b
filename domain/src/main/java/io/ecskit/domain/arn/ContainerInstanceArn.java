package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

/**
 * {@code arn:aws:ecs:<region>:<account>:container-instance/<cluster>/<id>}.
 *
 * @param region the instance's region
 * @param account the owning account
 * @param cluster the cluster the instance is registered in
 * @param id the container instance's ID
 */
public record ContainerInstanceArn(Region region, AccountId account, ClusterName cluster, String id) implements WireValue {

    /** The ARN, or why the text is not a container instance ARN. */
    public static Either<Violation, ContainerInstanceArn> parse(String arn) {
        return Arns.parseClusterScoped(arn, "container-instance")
                .map(s -> new ContainerInstanceArn(s.parts().region(), s.parts().account(), s.cluster(), s.id()));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static ContainerInstanceArn of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    @Override
    public String wire() {
        return toString();
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "container-instance/" + cluster.value() + "/" + id);
    }
}
