package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (RegisterScalableTargetResponse).
 *
 * @param scalableTargetARN The ARN of the scalable target.
 */
@Value.Builder
public record RegisterScalableTargetResponse(
        Option<String> scalableTargetARN) {

    /** A builder with every optional component absent and every list empty. */
    public static RegisterScalableTargetResponseBuilder builder() {
        return new RegisterScalableTargetResponseBuilder();
    }

    /** A builder holding this record's values. */
    public RegisterScalableTargetResponseBuilder toBuilder() {
        return new RegisterScalableTargetResponseBuilder().from(this);
    }
}
