package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the override status applied to a target. Source: Elastic Load Balancing v2 API reference (AdministrativeOverride).
 *
 * @param state The state of the override.
 * @param reason The reason code for the state.
 * @param description A description of the override state that provides additional details.
 */
@Value.Builder
public record AdministrativeOverride(
        Option<TargetAdministrativeOverrideStateEnum> state,
        Option<TargetAdministrativeOverrideReasonEnum> reason,
        Option<String> description) {

    /** A builder with every optional component absent and every list empty. */
    public static AdministrativeOverrideBuilder builder() {
        return new AdministrativeOverrideBuilder();
    }

    /** A builder holding this record's values. */
    public AdministrativeOverrideBuilder toBuilder() {
        return new AdministrativeOverrideBuilder().from(this);
    }
}
