package io.ecskit.domain;

/** The AWS error code a rejected request comes back with. */
public enum ErrorKind {
    /** ECS {@code ClientException}: the request was understood and refused (e.g. RegisterTaskDefinition's refusals). */
    CLIENT_EXCEPTION("ClientException"),
    /**
     * {@code InvalidParameterException}: a parameter of the request is invalid (most refusals of services, tasks, ECR
     * and CloudWatch Logs).
     */
    INVALID_PARAMETER_EXCEPTION("InvalidParameterException"),
    /**
     * Refused before any request is sent, as the AWS CLI and SDKs refuse input that does not fit
     * the API model (unknown member, missing required member, wrong type): botocore's ParamValidationError.
     */
    PARAM_VALIDATION("ParamValidationError");

    private final String awsCode;

    ErrorKind(String awsCode) {
        this.awsCode = awsCode;
    }

    /** AWS's error code for this kind, e.g. {@code ClientException}. */
    public String awsCode() {
        return awsCode;
    }
}
