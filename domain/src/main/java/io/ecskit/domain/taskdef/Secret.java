package io.ecskit.domain.taskdef;

/** A secret injected from Secrets Manager or SSM Parameter Store (valueFrom is its ARN or name). */
public record Secret(String name, String valueFrom) {

    public static Secret of(String name, String valueFrom) {
        return new Secret(name, valueFrom);
    }
}
