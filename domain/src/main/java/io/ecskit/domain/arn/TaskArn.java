package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

/**
 * {@code arn:aws:ecs:<region>:<account>:task/<cluster>/<task id>}; the ID is 32 hex digits.
 *
 * @param region the task's region
 * @param account the owning account
 * @param cluster the cluster the task runs in
 * @param taskId the task's ID
 */
public record TaskArn(Region region, AccountId account, ClusterName cluster, String taskId) implements WireValue {

    /** The ARN, or why the text is not a task ARN. */
    public static Either<Violation, TaskArn> parse(String arn) {
        return Arns.parseClusterScoped(arn, "task")
                .map(s -> new TaskArn(s.parts().region(), s.parts().account(), s.cluster(), s.id()));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static TaskArn of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    @Override
    public String wire() {
        return toString();
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "task/" + cluster.value() + "/" + taskId);
    }
}
