package io.ecskit.domain.identity;

/**
 * Who a request's credentials are, as STS GetCallerIdentity answers: tools ask it first, e.g. to build an ECR
 * repository URI from the account. Source: STS API reference (GetCallerIdentity).
 *
 * @param account The account the credentials belong to, 12 digits.
 * @param arn The caller's ARN, e.g. {@code arn:aws:iam::123456789012:root} for the account's root credentials.
 * @param userId The caller's unique id (the account id for root credentials).
 */
public record CallerIdentity(String account, String arn, String userId) {
}
