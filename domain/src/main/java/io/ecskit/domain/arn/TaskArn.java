package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.vavr.control.Option;

/** {@code arn:aws:ecs:<region>:<account>:task/<cluster>/<task id>}; the id is 32 hex digits. */
public record TaskArn(Region region, AccountId account, ClusterName cluster, String taskId) {

    public static Option<TaskArn> parse(String arn) {
        return Arns.parseClusterScoped(arn, "task")
                .map(s -> new TaskArn(s.parts().region(), s.parts().account(), s.cluster(), s.id()));
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "task/" + cluster.value() + "/" + taskId);
    }
}
