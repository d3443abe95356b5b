package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.secrets.Parameter;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.secrets.Secret;
import io.ecskit.domain.secrets.SecretSpec;
import io.ecskit.domain.secrets.SecretVersion;
import io.ecskit.port.out.SecretsPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;

import java.util.Base64;

/** Secrets Manager and SSM Parameter Store with the kit's credentials, region and endpoint; List and Describe calls follow every page. */
final class AwsSecrets implements SecretsPort {

    private final AwsClients aws;

    @Inject
    AwsSecrets(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Secret> createSecret(SecretSpec spec) {
        return aws.call(() -> aws.secretsManager.createSecret(r -> r.name(spec.name()).description(spec.description().getOrNull())
                        .kmsKeyId(spec.kmsKeyId().getOrNull()).secretString(spec.secretString().getOrNull())
                        .secretBinary(spec.secretBinary().map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).getOrNull())
                        .clientRequestToken(spec.clientRequestToken().getOrNull())
                        .tags(spec.tags().map(t -> software.amazon.awssdk.services.secretsmanager.model.Tag.builder().key(t.key().getOrNull())
                                .value(t.value().getOrNull()).build()).asJava())), r -> r.arn())
                .flatMap(this::describeSecret);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.secrets.SecretValue> secretValue(String secretId, Option<String> versionId,
                                                                             Option<String> versionStage) {
        return aws.call(() -> aws.secretsManager.getSecretValue(r -> r.secretId(secretId).versionId(versionId.getOrNull())
                .versionStage(versionStage.getOrNull())), r -> new io.ecskit.domain.secrets.SecretValue(r.arn(), r.name(),
                new SecretVersion(r.versionId(), Option.of(r.secretString()),
                        Option.of(r.secretBinary()).map(b -> Base64.getEncoder().encodeToString(b.asByteArray())), List.ofAll(r.versionStages()),
                        r.createdDate())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.secrets.SecretValue> putSecretValue(String secretId, Option<String> secretString,
                                                                                Option<String> secretBinary, Option<String> clientRequestToken) {
        return aws.call(() -> aws.secretsManager.putSecretValue(r -> r.secretId(secretId).secretString(secretString.getOrNull())
                        .secretBinary(secretBinary.map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).getOrNull())
                        .clientRequestToken(clientRequestToken.getOrNull())), r -> r.versionId())
                .flatMap(id -> secretValue(secretId, Option.of(id), Option.none()));
    }

    @Override
    public Either<EcsError, Secret> updateSecret(String secretId, Option<String> description, Option<String> kmsKeyId,
                                                 Option<String> secretString, Option<String> secretBinary, Option<String> clientRequestToken) {
        return aws.call(() -> aws.secretsManager.updateSecret(r -> r.secretId(secretId).description(description.getOrNull())
                        .kmsKeyId(kmsKeyId.getOrNull()).secretString(secretString.getOrNull())
                        .secretBinary(secretBinary.map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).getOrNull())
                        .clientRequestToken(clientRequestToken.getOrNull())), r -> r.arn())
                .flatMap(this::describeSecret);
    }

    @Override
    public Either<EcsError, Done> tagSecret(String secretId, Seq<Tag> tags) {
        return aws.call(() -> aws.secretsManager.tagResource(r -> r.secretId(secretId).tags(tags.map(t ->
                software.amazon.awssdk.services.secretsmanager.model.Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull())
                        .build()).asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> untagSecret(String secretId, Seq<String> tagKeys) {
        return aws.call(() -> aws.secretsManager.untagResource(r -> r.secretId(secretId).tagKeys(tagKeys.asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Secret> describeSecret(String secretId) {
        return aws.call(() -> aws.secretsManager.describeSecret(r -> r.secretId(secretId)), AwsSecrets::secret);
    }

    private static Secret secret(DescribeSecretResponse r) {
        // DescribeSecret answers the versions' stages, not their values
        List<SecretVersion> versions = List.ofAll(r.versionIdsToStages().entrySet())
                .map(e -> new SecretVersion(e.getKey(), Option.none(), Option.none(), List.ofAll(e.getValue()), r.createdDate()));
        return new Secret(r.arn(), r.name(), Option.of(r.description()), Option.of(r.kmsKeyId()),
                List.ofAll(r.tags()).map(t -> Tag.of(t.key(), t.value())), r.createdDate(), r.lastChangedDate(),
                Option.of(r.lastAccessedDate()), Option.of(r.deletedDate()), versions);
    }

    @Override
    public Either<EcsError, Seq<Secret>> secrets(boolean includePlannedDeletion) {
        return aws.call(() -> List.ofAll(aws.secretsManager.listSecretsPaginator(r -> r.includePlannedDeletion(includePlannedDeletion)).stream()
                .flatMap(page -> page.secretList().stream())).map(s -> new Secret(s.arn(), s.name(), Option.of(s.description()), Option.of(s.kmsKeyId()),
                List.ofAll(s.tags()).map(t -> Tag.of(t.key(), t.value())), s.createdDate(), s.lastChangedDate(), Option.of(s.lastAccessedDate()),
                Option.of(s.deletedDate()), List.ofAll(s.secretVersionsToStages().entrySet()).map(e -> new SecretVersion(e.getKey(),
                        Option.none(), Option.none(), List.ofAll(e.getValue()), s.createdDate())))));
    }

    @Override
    public Either<EcsError, Secret> deleteSecret(String secretId, Option<Long> recoveryWindowInDays, boolean forceDeleteWithoutRecovery) {
        return describeSecret(secretId).flatMap(before -> aws.call(() -> aws.secretsManager.deleteSecret(r -> r.secretId(secretId)
                        .recoveryWindowInDays(recoveryWindowInDays.getOrNull()).forceDeleteWithoutRecovery(forceDeleteWithoutRecovery ? true : null)),
                r -> new Secret(before.arn(), before.name(), before.description(), before.kmsKeyId(), before.tags(), before.createdDate(),
                        before.lastChangedDate(), before.lastAccessedDate(), Option.of(r.deletionDate()), before.versions())));
    }

    @Override
    public Either<EcsError, Secret> restoreSecret(String secretId) {
        return aws.call(() -> aws.secretsManager.restoreSecret(r -> r.secretId(secretId)), r -> r.arn()).flatMap(this::describeSecret);
    }

    @Override
    public Either<EcsError, Parameter> putParameter(ParameterSpec spec) {
        return aws.call(() -> aws.ssm.putParameter(r -> r.name(spec.name()).value(spec.value()).type(spec.type().getOrNull())
                        .overwrite(spec.overwrite() ? true : null).description(spec.description().getOrNull()).keyId(spec.keyId().getOrNull())
                        .tier(spec.tier().getOrNull()).dataType(spec.dataType().getOrNull()).allowedPattern(spec.allowedPattern().getOrNull())
                        .tags(spec.tags().isEmpty() ? null : spec.tags().map(t -> software.amazon.awssdk.services.ssm.model.Tag.builder()
                                .key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava())), r -> r.version())
                .flatMap(version -> parameter(spec.name() + ":" + version, true));
    }

    @Override
    public Either<EcsError, Parameter> parameter(String name, boolean withDecryption) {
        return aws.call(() -> aws.ssm.getParameter(r -> r.name(name).withDecryption(withDecryption)), r -> parameter(r.parameter()));
    }

    private static Parameter parameter(software.amazon.awssdk.services.ssm.model.Parameter p) {
        return new Parameter(p.name(), p.typeAsString(), p.value(), p.version(), p.lastModifiedDate(), p.arn(),
                p.dataType() == null ? "text" : p.dataType(), Option.none(), Option.none(), "Standard", Option.none(), List.empty());
    }

    @Override
    public Either<EcsError, Seq<Parameter>> parametersByPath(String path, boolean recursive, boolean withDecryption) {
        return aws.call(() -> List.ofAll(aws.ssm.getParametersByPathPaginator(r -> r.path(path).recursive(recursive)
                .withDecryption(withDecryption)).stream().flatMap(page -> page.parameters().stream())).map(AwsSecrets::parameter));
    }

    @Override
    public Either<EcsError, Seq<Parameter>> parameters() {
        return aws.call(() -> List.ofAll(aws.ssm.describeParametersPaginator(r -> { }).stream().flatMap(page -> page.parameters().stream())).map(p -> new Parameter(p.name(),
                p.typeAsString(), "", p.version(), p.lastModifiedDate(), p.arn(), p.dataType() == null ? "text" : p.dataType(),
                Option.of(p.description()), Option.of(p.keyId()), p.tierAsString() == null ? "Standard" : p.tierAsString(),
                Option.of(p.allowedPattern()), List.empty())));
    }

    @Override
    public Either<EcsError, Seq<Parameter>> parameterHistory(String name, boolean withDecryption) {
        return aws.call(() -> List.ofAll(aws.ssm.getParameterHistoryPaginator(r -> r.name(name).withDecryption(withDecryption)).stream()
                .flatMap(page -> page.parameters().stream()))
                .map(p -> new Parameter(p.name(), p.typeAsString(), p.value(), p.version(), p.lastModifiedDate(), "",
                        p.dataType() == null ? "text" : p.dataType(), Option.of(p.description()), Option.of(p.keyId()),
                        p.tierAsString() == null ? "Standard" : p.tierAsString(), Option.of(p.allowedPattern()), List.empty())));
    }

    @Override
    public Either<EcsError, Done> deleteParameter(String name) {
        return aws.call(() -> aws.ssm.deleteParameter(r -> r.name(name)), r -> Done.DONE);
    }
}
