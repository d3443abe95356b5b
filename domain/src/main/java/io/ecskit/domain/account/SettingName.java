package io.ecskit.domain.account;

import io.ecskit.domain.WireValue;
import io.vavr.collection.List;

/**
 * The ECS account settings, with the values ECS accepts for each and its default for an account that set
 * nothing. Source: ECS API reference, PutAccountSetting ({@code name}, {@code value}) and the developer guide's
 * "Account settings" page (defaults).
 */
public enum SettingName implements WireValue {
    /** {@code serviceLongArnFormat}: the long ARN and ID format of services; {@code enabled} by default. */
    SERVICE_LONG_ARN_FORMAT("serviceLongArnFormat", "enabled", List.of("enabled", "disabled")),
    /** {@code taskLongArnFormat}: the long ARN and ID format of tasks; {@code enabled} by default. */
    TASK_LONG_ARN_FORMAT("taskLongArnFormat", "enabled", List.of("enabled", "disabled")),
    /** {@code containerInstanceLongArnFormat}: the long ARN and ID format of container instances; {@code enabled} by default. */
    CONTAINER_INSTANCE_LONG_ARN_FORMAT("containerInstanceLongArnFormat", "enabled", List.of("enabled", "disabled")),
    /** {@code awsvpcTrunking}: ENI trunking, more awsvpc tasks per container instance; {@code disabled} by default. */
    AWSVPC_TRUNKING("awsvpcTrunking", "disabled", List.of("enabled", "disabled")),
    /** {@code containerInsights}: the Container Insights default of new clusters: {@code enhanced}, {@code enabled} or {@code disabled} (default). */
    CONTAINER_INSIGHTS("containerInsights", "disabled", List.of("enhanced", "enabled", "disabled")),
    /** {@code fargateFIPSMode}: FIPS 140 compliance of Fargate tasks; {@code disabled} by default. */
    FARGATE_FIPS_MODE("fargateFIPSMode", "disabled", List.of("enabled", "disabled")),
    /** {@code tagResourceAuthorization}: tags on create need the ecs:TagResource permission; {@code on} by default. */
    TAG_RESOURCE_AUTHORIZATION("tagResourceAuthorization", "on", List.of("on", "off")),
    /** {@code fargateTaskRetirementWaitPeriod}: days Fargate waits before retiring a task for maintenance: 0, 7 (default) or 14. */
    FARGATE_TASK_RETIREMENT_WAIT_PERIOD("fargateTaskRetirementWaitPeriod", "7", List.of("0", "7", "14")),
    /** {@code guardDutyActivate}: read-only; whether GuardDuty Runtime Monitoring is on for the account; {@code off}. */
    GUARD_DUTY_ACTIVATE("guardDutyActivate", "off", List.of("on", "off")),
    /** {@code defaultLogDriverMode}: the log driver mode of containers that set none: {@code non-blocking} (default) or {@code blocking}. */
    DEFAULT_LOG_DRIVER_MODE("defaultLogDriverMode", "non-blocking", List.of("blocking", "non-blocking")),
    /** {@code fargateEventWindows}: Fargate task retirements follow the account's EC2 event windows; {@code disabled} by default. */
    FARGATE_EVENT_WINDOWS("fargateEventWindows", "disabled", List.of("enabled", "disabled"));

    private final String wire;
    private final String defaultValue;
    private final List<String> values;

    SettingName(String wire, String defaultValue, List<String> values) {
        this.wire = wire;
        this.defaultValue = defaultValue;
        this.values = values;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }

    /** The value an account has that set nothing. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The values ECS accepts for this setting. */
    public List<String> acceptedValues() {
        return values;
    }

    /** Whether only AWS sets it (guardDutyActivate): PutAccountSetting and PutAccountSettingDefault refuse it. */
    public boolean readOnly() {
        return this == GUARD_DUTY_ACTIVATE;
    }
}
