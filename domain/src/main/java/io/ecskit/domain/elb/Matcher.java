package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The codes to use when checking for a successful response from a target. Source: Elastic Load Balancing v2 API reference (Matcher).
 *
 * @param httpCode For Application Load Balancers, you can specify values between 200 and 499, with the default value being 200.
 * @param grpcCode You can specify values between 0 and 99.
 */
@Value.Builder
public record Matcher(
        Option<String> httpCode,
        Option<String> grpcCode) {

    /** A builder with every optional component absent and every list empty. */
    public static MatcherBuilder builder() {
        return new MatcherBuilder();
    }

    /** A builder holding this record's values. */
    public MatcherBuilder toBuilder() {
        return new MatcherBuilder().from(this);
    }
}
