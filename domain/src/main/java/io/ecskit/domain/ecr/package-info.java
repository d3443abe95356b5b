/**
 * Amazon ECR: repositories, images, tags and digests as CreateRepository, PutImage and DescribeImages know them,
 * image references ({@code <registry>/<repository>:<tag>} or {@code @sha256:<digest>}), where a pushed image comes
 * from, and the registry credentials of GetAuthorizationToken (valid 12 hours).
 *
 * <p>Names, tags and digests are value types checked against ECR's API model (repository names 2..256 characters,
 * tags 1..300, digests {@code sha256:} and 64 hex digits); {@code parse} answers ECR's refusal as a
 * {@link io.ecskit.domain.Violation}.
 */
package io.ecskit.domain.ecr;
