package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about how traffic will be distributed between multiple target groups in a forward rule. Source: Elastic Load Balancing v2 API reference (TargetGroupTuple).
 *
 * @param targetGroupArn The Amazon Resource Name (ARN) of the target group.
 * @param weight The weight.
 */
@Value.Builder
public record TargetGroupTuple(
        Option<String> targetGroupArn,
        Option<Integer> weight) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetGroupTupleBuilder builder() {
        return new TargetGroupTupleBuilder();
    }

    /** A builder holding this record's values. */
    public TargetGroupTupleBuilder toBuilder() {
        return new TargetGroupTupleBuilder().from(this);
    }
}
