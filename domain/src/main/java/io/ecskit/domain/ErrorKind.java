package io.ecskit.domain;

/** The AWS error code a rejected request comes back with. */
public enum ErrorKind {
    CLIENT_EXCEPTION("ClientException"),
    INVALID_PARAMETER_EXCEPTION("InvalidParameterException");

    private final String awsCode;

    ErrorKind(String awsCode) {
        this.awsCode = awsCode;
    }

    public String awsCode() {
        return awsCode;
    }
}
