package io.ecskit.domain.ecr;

import java.time.Instant;

/**
 * An ECR repository. {@code uri} is {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>};
 * {@code arn} is {@code arn:aws:ecr:<region>:<account>:repository/<name>}.
 */
public record Repository(
        String arn, RepositoryName name, String registryId, String uri,
        TagMutability tagMutability, boolean scanOnPush, Instant createdAt) {
}
