package io.ecskit.port.out;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.secrets.Parameter;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.secrets.Secret;
import io.ecskit.domain.secrets.SecretSpec;
import io.ecskit.domain.secrets.SecretVersion;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Secrets Manager and SSM Parameter Store of one region, as far as ECS workloads use them (issue 25 item 7): the values a
 * task definition's {@code secrets} name. Errors are the services' own (docs/ecs-rules.md, "Secrets and parameters").
 * Source: Secrets Manager and Systems Manager API references.
 */
public interface SecretsPort {

    /** CreateSecret: the secret with its first version ({@code AWSCURRENT}) when a value is given. */
    Either<EcsError, Secret> createSecret(SecretSpec spec);

    /**
     * GetSecretValue of a secret named by name or ARN: the version {@code versionId} or {@code versionStage} names
     * ({@code AWSCURRENT} when neither). ResourceNotFoundException when there is no such secret or version,
     * InvalidRequestException when the secret is scheduled for deletion.
     */
    Either<EcsError, io.ecskit.domain.secrets.SecretValue> secretValue(String secretId, Option<String> versionId, Option<String> versionStage);

    /**
     * PutSecretValue: a new version, {@code AWSCURRENT} (the one before becomes {@code AWSPREVIOUS}; older ones keep no
     * label and stay readable by id). The same ClientRequestToken again answers that version, or ResourceExistsException
     * when the value differs.
     */
    Either<EcsError, io.ecskit.domain.secrets.SecretValue> putSecretValue(String secretId, Option<String> secretString, Option<String> secretBinary,
                                                   Option<String> clientRequestToken);

    /**
     * UpdateSecret: a new description or KMS key, and with a value a new version as PutSecretValue makes it; the secret
     * as it is after.
     */
    Either<EcsError, Secret> updateSecret(String secretId, Option<String> description, Option<String> kmsKeyId, Option<String> secretString,
                                          Option<String> secretBinary, Option<String> clientRequestToken);

    /** TagResource: the tags set (a key given again takes the new value). */
    Either<EcsError, io.ecskit.domain.Done> tagSecret(String secretId, Seq<io.ecskit.domain.Tag> tags);

    /** UntagResource: the keys removed. */
    Either<EcsError, io.ecskit.domain.Done> untagSecret(String secretId, Seq<String> tagKeys);

    /** DescribeSecret by name or ARN. */
    Either<EcsError, Secret> describeSecret(String secretId);

    /** ListSecrets, every page, by name; those scheduled for deletion only when asked. */
    Either<EcsError, Seq<Secret>> secrets(boolean includePlannedDeletion);

    /**
     * DeleteSecret: scheduled for deletion after {@code recoveryWindowInDays} (7..30, 30 by default) or at once with
     * {@code forceDeleteWithoutRecovery}.
     */
    Either<EcsError, Secret> deleteSecret(String secretId, Option<Long> recoveryWindowInDays, boolean forceDeleteWithoutRecovery);

    /** RestoreSecret: a secret scheduled for deletion is not deleted after all. */
    Either<EcsError, Secret> restoreSecret(String secretId);

    /** PutParameter: version 1, or the next with {@code overwrite}. */
    Either<EcsError, Parameter> putParameter(ParameterSpec spec);

    /**
     * GetParameter by name, ARN, {@code name:version} or {@code name:label}; a SecureString's value is answered as stored
     * only with {@code withDecryption}. ParameterNotFound when there is no such parameter or version.
     */
    Either<EcsError, Parameter> parameter(String name, boolean withDecryption);

    /** GetParametersByPath, every page: the parameters under {@code path} (one level, or all with {@code recursive}). */
    Either<EcsError, Seq<Parameter>> parametersByPath(String path, boolean recursive, boolean withDecryption);

    /** DescribeParameters, every page: every parameter's latest version, by name. */
    Either<EcsError, Seq<Parameter>> parameters();

    /** GetParameterHistory: every version of a parameter, oldest first. */
    Either<EcsError, Seq<Parameter>> parameterHistory(String name, boolean withDecryption);

    /** DeleteParameter; ParameterNotFound when there is none. */
    Either<EcsError, io.ecskit.domain.Done> deleteParameter(String name);
}
