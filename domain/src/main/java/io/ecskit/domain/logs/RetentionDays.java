package io.ecskit.domain.logs;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** A log group retention period; CloudWatch Logs accepts only these day counts. */
public record RetentionDays(int days) {

    public static final Seq<Integer> ALLOWED = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public RetentionDays {
        if (!ALLOWED.contains(days)) {
            throw new IllegalArgumentException("not a retention CloudWatch Logs allows: " + days);
        }
    }

    public static Validation<Seq<Violation>, RetentionDays> of(int days) {
        return ALLOWED.contains(days)
                ? Validation.valid(new RetentionDays(days))
                : Validation.invalid(List.of(Violation.invalidParameter("retentionInDays",
                        "1 validation error detected: Value '" + days + "' at 'retentionInDays' failed to satisfy "
                                + "constraint: Member must satisfy enum value set: " + ALLOWED.mkString("[", ", ", "]"))));
    }
}
