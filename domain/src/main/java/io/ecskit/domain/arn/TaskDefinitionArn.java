package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.vavr.control.Option;

/** {@code arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>} */
public record TaskDefinitionArn(Region region, AccountId account, String family, int revision) {

    public static Option<TaskDefinitionArn> parse(String arn) {
        return Arns.parse(arn, "ecs")
                .filter(p -> p.resource().startsWith("task-definition/"))
                .flatMap(p -> TaskDefinitionRef.parse(p.resource().substring("task-definition/".length()))
                        .toOption()
                        .filter(ref -> ref.revision().isDefined())
                        .map(ref -> new TaskDefinitionArn(p.region(), p.account(), ref.family(), ref.revision().get())));
    }

    /** {@code family:revision}, the short form the CLI prints. */
    public String familyRevision() {
        return family + ":" + revision;
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "task-definition/" + familyRevision());
    }
}
