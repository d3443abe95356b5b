package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TargetHealthReasonEnum). */
public enum TargetHealthReasonEnum implements WireValue {
    /** {@code Elb.RegistrationInProgress}. */
    ELB_REGISTRATIONINPROGRESS("Elb.RegistrationInProgress"),
    /** {@code Elb.InitialHealthChecking}. */
    ELB_INITIALHEALTHCHECKING("Elb.InitialHealthChecking"),
    /** {@code Target.ResponseCodeMismatch}. */
    TARGET_RESPONSECODEMISMATCH("Target.ResponseCodeMismatch"),
    /** {@code Target.Timeout}. */
    TARGET_TIMEOUT("Target.Timeout"),
    /** {@code Target.FailedHealthChecks}. */
    TARGET_FAILEDHEALTHCHECKS("Target.FailedHealthChecks"),
    /** {@code Target.NotRegistered}. */
    TARGET_NOTREGISTERED("Target.NotRegistered"),
    /** {@code Target.NotInUse}. */
    TARGET_NOTINUSE("Target.NotInUse"),
    /** {@code Target.DeregistrationInProgress}. */
    TARGET_DEREGISTRATIONINPROGRESS("Target.DeregistrationInProgress"),
    /** {@code Target.InvalidState}. */
    TARGET_INVALIDSTATE("Target.InvalidState"),
    /** {@code Target.IpUnusable}. */
    TARGET_IPUNUSABLE("Target.IpUnusable"),
    /** {@code Target.HealthCheckDisabled}. */
    TARGET_HEALTHCHECKDISABLED("Target.HealthCheckDisabled"),
    /** {@code Elb.InternalError}. */
    ELB_INTERNALERROR("Elb.InternalError");

    private final String wire;

    TargetHealthReasonEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
