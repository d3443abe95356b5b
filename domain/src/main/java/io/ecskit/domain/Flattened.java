package io.ecskit.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component whose own components sit at the same level of the AWS shape as its
 * siblings: {@code RegisteredTaskDefinition.definition} holds the RegisterTaskDefinition members
 * that DescribeTaskDefinition's {@code taskDefinition} answers beside its ARN, revision and status.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Flattened {
}
