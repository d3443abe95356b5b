/**
 * ecskit on AWS through the AWS SDK for Java v2: {@link io.ecskit.adapter.aws.AwsEcsKit}, with the
 * SDK's region and credential chains, throttling retried within a budget, every call logged on
 * SLF4J logger {@code io.ecskit.aws} and recorded ({@code calls()}), and image pushes without a
 * Docker daemon (Jib).
 */
package io.ecskit.adapter.aws;
