package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

/**
 * {@code arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>}.
 *
 * @param region the region the revision is registered in
 * @param account the owning account
 * @param family the task definition family
 * @param revision the revision number, 1 or more
 */
public record TaskDefinitionArn(Region region, AccountId account, String family, int revision) implements WireValue {

    /** The ARN, or why the text is not a task definition ARN with a revision. */
    public static Either<Violation, TaskDefinitionArn> parse(String arn) {
        return Arns.parse(arn, "ecs").flatMap(p -> {
            if (!p.resource().startsWith("task-definition/")) {
                return Either.left(Arns.invalid(arn));
            }
            return TaskDefinitionRef.parseFamilyRevision(p.resource().substring("task-definition/".length()))
                    .flatMap(ref -> ref.revision().isDefined()
                            ? Either.right(new TaskDefinitionArn(p.region(), p.account(), ref.family(), ref.revision().get()))
                            : Either.left(Arns.invalid(arn)));
        });
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static TaskDefinitionArn of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    /** {@code family:revision}, the short form the CLI prints. */
    public String familyRevision() {
        return family + ":" + revision;
    }

    /** This revision as a reference (keeping the ARN). */
    public TaskDefinitionRef ref() {
        return TaskDefinitionRef.of(this);
    }

    @Override
    public String wire() {
        return toString();
    }

    @Override
    public String toString() {
        return Arns.format("ecs", region, account, "task-definition/" + familyRevision());
    }
}
