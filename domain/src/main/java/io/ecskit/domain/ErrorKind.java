package io.ecskit.domain;

/** The AWS error code a rejected request comes back with. */
public enum ErrorKind {
    CLIENT_EXCEPTION("ClientException"),
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

    public String awsCode() {
        return awsCode;
    }
}
