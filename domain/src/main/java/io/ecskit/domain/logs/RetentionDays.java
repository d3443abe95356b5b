package io.ecskit.domain.logs;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** A log group retention period; CloudWatch Logs accepts only these day counts. */
public record RetentionDays(int days) {

    /**
     * The day counts PutRetentionPolicy accepts for {@code retentionInDays}, 1 day to 10 years (CloudWatch Logs API
     * reference); without a policy events never expire.
     */
    public static final Seq<Integer> ALLOWED = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /**
     * The retention period in days, checked.
     *
     * @throws IllegalArgumentException when {@code days} is not one of {@link #ALLOWED}; {@link #parse} answers
     *     CloudWatch Logs' refusal instead.
     */
    public RetentionDays {
        if (!ALLOWED.contains(days)) {
            throw new IllegalArgumentException("not a retention CloudWatch Logs allows: " + days);
        }
    }

    /** The retention, or CloudWatch Logs' answer to a day count it does not allow. */
    public static Either<Violation, RetentionDays> parse(int days) {
        return ALLOWED.contains(days)
                ? Either.right(new RetentionDays(days))
                : Either.left(EcsRule.RETENTION_DAYS.at("retentionInDays", days, ALLOWED.mkString("[", ", ", "]")));
    }
}
