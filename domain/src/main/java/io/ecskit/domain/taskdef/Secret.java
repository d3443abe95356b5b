package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * A secret from Secrets Manager or SSM Parameter Store, exposed as an environment variable or log option.
 *
 * @param name Environment variable (or log option) the secret's value is put in (required).
 * @param valueFrom ARN of the Secrets Manager secret or SSM parameter, or the parameter's name in the same region (required).
 */
@Value.Builder
public record Secret(
        String name,
        String valueFrom) {

    /** A builder with every optional component absent and every list empty. */
    public static SecretBuilder builder() {
        return new SecretBuilder();
    }

    /** A builder holding this record's values. */
    public SecretBuilder toBuilder() {
        return new SecretBuilder().from(this);
    }

    /** The secret {@code valueFrom} exposed as {@code name}. */
    public static Secret of(String name, String valueFrom) {
        return new Secret(name, valueFrom);
    }
}
