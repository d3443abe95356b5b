package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

/**
 * {@code arn:aws:ecs:<region>:<account>:service/<cluster>/<service>}, the long ARN format, the
 * default for every account since 2021.
 *
 * @param region the service's region
 * @param account the owning account
 * @param cluster the cluster the service runs in
 * @param name the service's name
 */
public record ServiceArn(Region region, AccountId account, ClusterName cluster, ServiceName name) implements WireValue {

    /** The ARN, or why the text is not a service ARN in the long format. */
    public static Either<Violation, ServiceArn> parse(String arn) {
        return Arns.parseClusterScoped(arn, "service").flatMap(s -> ServiceName.parse(s.id())
                .map(name -> new ServiceArn(s.parts().region(), s.parts().account(), s.cluster(), name)));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static ServiceArn of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    /** The ARN of the cluster the service runs in. */
    public ClusterArn clusterArn() {
        return new ClusterArn(region, account, cluster);
    }

    @Override
    public String wire() {
        return toString();
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "service/" + cluster.value() + "/" + name.value());
    }
}
