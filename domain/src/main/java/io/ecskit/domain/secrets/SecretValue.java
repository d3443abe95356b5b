package io.ecskit.domain.secrets;

/**
 * What GetSecretValue and PutSecretValue answer: the secret's ARN and name with the version read or written. Source:
 * Secrets Manager API reference, GetSecretValue.
 *
 * @param arn the secret's ARN
 * @param name the secret's name
 * @param version the version
 */
public record SecretValue(String arn, String name, SecretVersion version) {
}
