package io.ecskit.port.out;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** What a Describe* call found, and what it did not ({@code failures}, reason {@code MISSING}). */
public record Descriptions<T>(Seq<T> found, Seq<Failure> failures) {

    /** Null lists are empty ones. */
    public Descriptions {
        found = found == null ? List.empty() : found;
        failures = failures == null ? List.empty() : failures;
    }

    /** One resource ECS could not describe: its ARN and ECS's reason, e.g. MISSING. */
    public record Failure(String arn, String reason, Option<String> detail) {
        /** The failure ECS reports for a resource it does not know: reason {@code MISSING}. */
        public static Failure missing(String arn) {
            return new Failure(arn, "MISSING", Option.none());
        }
    }
}
