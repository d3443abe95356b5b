package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

/**
 * {@code arn:aws:ecs:<region>:<account>:cluster/<name>}.
 *
 * @param region the cluster's region
 * @param account the owning account
 * @param name the cluster's name
 */
public record ClusterArn(Region region, AccountId account, ClusterName name) implements WireValue {

    /** The ARN, or why the text is not a cluster ARN. */
    public static Either<Violation, ClusterArn> parse(String arn) {
        return Arns.parse(arn, "ecs").flatMap(p -> p.resource().startsWith("cluster/")
                ? ClusterName.parse(p.resource().substring("cluster/".length()))
                        .map(name -> new ClusterArn(p.region(), p.account(), name))
                : Either.left(Arns.invalid(arn)));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static ClusterArn of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    @Override
    public String wire() {
        return toString();
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "cluster/" + name.value());
    }
}
