package io.ecskit.domain.arn;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a service or RunTask names a task definition: {@code family} (its latest ACTIVE revision),
 * {@code family:revision}, or a full ARN (kept, so it goes back to AWS as given).
 *
 * @param family the family
 * @param revision the revision, absent for "the latest ACTIVE one"
 * @param arn the ARN when the reference was one
 */
public record TaskDefinitionRef(String family, Option<Integer> revision, Option<TaskDefinitionArn> arn) implements WireValue {

    private static final Pattern FAMILY_REVISION = Pattern.compile("^([a-zA-Z0-9_\\-]{1,255})(?::(.*))?$");

    /**
     * A reference from its parts; a null {@code revision} or {@code arn} becomes absent, {@code family} is kept as
     * given (use {@code parse} to check one).
     */
    public TaskDefinitionRef {
        revision = revision == null ? Option.none() : revision;
        arn = arn == null ? Option.none() : arn;
    }

    /** The family's latest ACTIVE revision. */
    public static TaskDefinitionRef latest(String family) {
        return new TaskDefinitionRef(family, Option.none(), Option.none());
    }

    /** {@code family:revision}. */
    public static TaskDefinitionRef of(String family, int revision) {
        return new TaskDefinitionRef(family, Option.of(revision), Option.none());
    }

    /** The revision an ARN names. */
    public static TaskDefinitionRef of(TaskDefinitionArn arn) {
        return new TaskDefinitionRef(arn.family(), Option.of(arn.revision()), Option.of(arn));
    }

    /**
     * Parses what ECS accepts as a taskDefinition parameter. {@code family:latest} is not one of
     * them: ECS answers it with ClientException (REVISION_NUMBER).
     */
    public static Either<Violation, TaskDefinitionRef> parse(String text) {
        if (text != null && text.startsWith("arn:")) {
            return TaskDefinitionArn.parse(text).map(TaskDefinitionRef::of)
                    .mapLeft(bad -> EcsRule.TASK_DEFINITION_ARN_FORMAT.at("taskDefinition", text));
        }
        return parseFamilyRevision(text);
    }

    /** {@link #parse} for a value known to be valid (a literal: FAMILY, FAMILY:REVISION or an ARN); a bad one is IllegalArgumentException with ECS's message. */
    public static TaskDefinitionRef of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    static Either<Violation, TaskDefinitionRef> parseFamilyRevision(String text) {
        Matcher m = text == null ? null : FAMILY_REVISION.matcher(text);
        if (m == null || !m.matches()) {
            return Either.left(EcsRule.FAMILY_FORMAT.at("taskDefinition"));
        }
        if (m.group(2) == null) {
            return Either.right(latest(m.group(1)));
        }
        try {
            int revision = Integer.parseInt(m.group(2));
            if (revision >= 1) {
                return Either.right(of(m.group(1), revision));
            }
        } catch (NumberFormatException notANumber) {
            // falls through to ECS's message
        }
        return Either.left(EcsRule.REVISION_NUMBER.at("taskDefinition", m.group(2)));
    }

    /** Whether both name the same family and revision, however written. */
    public boolean sameRevision(TaskDefinitionRef other) {
        return family.equals(other.family) && revision.equals(other.revision);
    }

    @Override
    public String wire() {
        return arn.map(TaskDefinitionArn::wire).getOrElse(this::familyRevision);
    }

    private String familyRevision() {
        return revision.map(r -> family + ":" + r).getOrElse(family);
    }

    @Override
    public String toString() {
        return familyRevision();
    }
}
