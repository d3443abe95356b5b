package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.secrets.Parameter;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.secrets.Secret;
import io.ecskit.domain.secrets.SecretSpec;
import io.ecskit.domain.secrets.SecretVersion;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkBytes;

import java.util.Map;
import java.util.Set;

/**
 * Secrets Manager ({@code secretsmanager.}) and SSM Parameter Store ({@code AmazonSSM.}) on
 * {@link io.ecskit.port.out.SecretsPort}: the server table's rows for the secrets task definitions name (issue 25 item 7).
 * Members a row does not act on are refused by name ({@link Wire#read}); paging is the services' (ListSecrets up to 100
 * a page, GetParametersByPath 10, DescribeParameters 50).
 */
final class SecretsOperations {

    static final String SECRETS_MANAGER = "secretsmanager.";
    static final String SSM = "AmazonSSM.";

    private SecretsOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(SECRETS_MANAGER + "CreateSecret", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.CreateSecretRequest::builder, "CreateSecret",
                    Set.of("Name", "ClientRequestToken", "Description", "KmsKeyId", "SecretBinary", "SecretString", "Tags"));
            required(r.name(), "Name", "InvalidParameterException");
            return kit.api().secrets().createSecret(new SecretSpec(r.name(), Option.of(r.description()), Option.of(r.kmsKeyId()),
                            Option.of(r.secretString()), Option.of(r.secretBinary()).map(SecretsOperations::base64),
                            List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())), Option.of(r.clientRequestToken())))
                    .fold(Answer::error, s -> Answer.ok(software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse.builder()
                            .arn(s.arn()).name(s.name()).versionId(s.versions().headOption().map(SecretVersion::versionId).getOrNull()).build()));
        });
        operations.put(SECRETS_MANAGER + "GetSecretValue", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest::builder, "GetSecretValue",
                    Set.of());
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().secretValue(r.secretId(), Option.of(r.versionId()), Option.of(r.versionStage()))
                    .map(sv -> software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse.builder().arn(sv.arn())
                            .name(sv.name()).versionId(sv.version().versionId()).secretString(sv.version().secretString().getOrNull())
                            .secretBinary(sv.version().secretBinary().map(SecretsOperations::bytes).getOrNull())
                            .versionStages(sv.version().versionStages().asJava()).createdDate(sv.version().createdDate()).build())
                    .fold(Answer::error, Answer::ok);
        });
        operations.put(SECRETS_MANAGER + "PutSecretValue", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest::builder, "PutSecretValue",
                    Set.of("SecretId", "ClientRequestToken", "SecretBinary", "SecretString"));
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().putSecretValue(r.secretId(), Option.of(r.secretString()),
                            Option.of(r.secretBinary()).map(SecretsOperations::base64), Option.of(r.clientRequestToken()))
                    .map(sv -> software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse.builder().arn(sv.arn())
                            .name(sv.name()).versionId(sv.version().versionId()).versionStages(sv.version().versionStages().asJava()).build())
                    .fold(Answer::error, Answer::ok);
        });
        operations.put(SECRETS_MANAGER + "UpdateSecret", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.UpdateSecretRequest::builder, "UpdateSecret",
                    Set.of("SecretId", "ClientRequestToken", "Description", "KmsKeyId", "SecretBinary", "SecretString"));
            required(r.secretId(), "SecretId", "InvalidParameterException");
            boolean value = r.secretString() != null || r.secretBinary() != null;
            return kit.api().secrets().updateSecret(r.secretId(), Option.of(r.description()), Option.of(r.kmsKeyId()), Option.of(r.secretString()),
                            Option.of(r.secretBinary()).map(SecretsOperations::base64), Option.of(r.clientRequestToken()))
                    .fold(Answer::error, s -> Answer.ok(software.amazon.awssdk.services.secretsmanager.model.UpdateSecretResponse.builder()
                            .arn(s.arn()).name(s.name())
                            .versionId(value ? s.versions().headOption().map(SecretVersion::versionId).getOrNull() : null).build()));
        });
        operations.put(SECRETS_MANAGER + "TagResource", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.TagResourceRequest::builder, "TagResource", Set.of());
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().tagSecret(r.secretId(), List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())))
                    .fold(Answer::error, done -> Answer.ok(software.amazon.awssdk.services.secretsmanager.model.TagResourceResponse.builder().build()));
        });
        operations.put(SECRETS_MANAGER + "UntagResource", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.UntagResourceRequest::builder, "UntagResource", Set.of());
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().untagSecret(r.secretId(), List.ofAll(r.tagKeys()))
                    .fold(Answer::error, done -> Answer.ok(software.amazon.awssdk.services.secretsmanager.model.UntagResourceResponse.builder().build()));
        });
        operations.put(SECRETS_MANAGER + "DescribeSecret", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.DescribeSecretRequest::builder, "DescribeSecret",
                    Set.of());
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().describeSecret(r.secretId()).fold(Answer::error, s -> Answer.ok(
                    software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse.builder().arn(s.arn()).name(s.name())
                            .description(s.description().getOrNull()).kmsKeyId(s.kmsKeyId().getOrNull()).createdDate(s.createdDate())
                            .lastChangedDate(s.lastChangedDate()).deletedDate(s.deletedDate().getOrNull())
                            .tags(tags(s)).versionIdsToStages(stages(s)).build()));
        });
        operations.put(SECRETS_MANAGER + "ListSecrets", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.ListSecretsRequest::builder, "ListSecrets",
                    Set.of("IncludePlannedDeletion", "MaxResults", "NextToken", "SortOrder", "SortBy"));
            if ("last-accessed-date".equals(r.sortByAsString())) {
                // reads change nothing in the simulation, so LastAccessedDate is not kept
                return Answer.error(400, "InvalidParameterException", "ecskit server does not support ListSecrets.SortBy "
                        + "last-accessed-date yet (last accessed dates are not kept); leave it out or use real AWS.");
            }
            return kit.api().secrets().secrets(Boolean.TRUE.equals(r.includePlannedDeletion())).fold(Answer::error, all -> {
                Seq<Secret> sorted = sorted(all, r.sortByAsString(), r.sortOrderAsString());
                Pages.Page<Secret> page = Pages.request("ListSecrets", r.maxResults(), r.nextToken(), 100, 100).of(sorted, Secret::name);
                return Answer.ok(software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse.builder()
                        .secretList(page.items().map(s -> software.amazon.awssdk.services.secretsmanager.model.SecretListEntry.builder()
                                .arn(s.arn()).name(s.name()).description(s.description().getOrNull()).kmsKeyId(s.kmsKeyId().getOrNull())
                                .createdDate(s.createdDate()).lastChangedDate(s.lastChangedDate()).deletedDate(s.deletedDate().getOrNull())
                                .tags(tags(s)).secretVersionsToStages(stages(s)).build()).asJava())
                        .nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(SECRETS_MANAGER + "DeleteSecret", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.DeleteSecretRequest::builder, "DeleteSecret",
                    Set.of("SecretId", "RecoveryWindowInDays", "ForceDeleteWithoutRecovery"));
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().deleteSecret(r.secretId(), Option.of(r.recoveryWindowInDays()), Boolean.TRUE.equals(r.forceDeleteWithoutRecovery()))
                    .fold(Answer::error, s -> Answer.ok(software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse.builder()
                            .arn(s.arn()).name(s.name()).deletionDate(s.deletedDate().getOrNull()).build()));
        });
        operations.put(SECRETS_MANAGER + "RestoreSecret", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.secretsmanager.model.RestoreSecretRequest::builder, "RestoreSecret", Set.of());
            required(r.secretId(), "SecretId", "InvalidParameterException");
            return kit.api().secrets().restoreSecret(r.secretId()).fold(Answer::error, s -> Answer.ok(
                    software.amazon.awssdk.services.secretsmanager.model.RestoreSecretResponse.builder().arn(s.arn()).name(s.name()).build()));
        });

        operations.put(SSM + "PutParameter", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.PutParameterRequest::builder, "PutParameter",
                    Set.of("Name", "Description", "Value", "Type", "KeyId", "Overwrite", "AllowedPattern", "Tags", "Tier", "DataType"));
            required(r.name(), "Name", "ValidationException");
            required(r.value(), "Value", "ValidationException");
            return kit.api().secrets().putParameter(new ParameterSpec(r.name(), r.value(), Option.of(r.typeAsString()),
                            Boolean.TRUE.equals(r.overwrite()), Option.of(r.description()), Option.of(r.keyId()), Option.of(r.tierAsString()),
                            Option.of(r.dataType()), Option.of(r.allowedPattern()),
                            List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value()))))
                    .fold(Answer::error, p -> Answer.ok(software.amazon.awssdk.services.ssm.model.PutParameterResponse.builder()
                            .version(p.version()).tier(p.tier()).build()));
        });
        operations.put(SSM + "GetParameter", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.GetParameterRequest::builder, "GetParameter", Set.of());
            required(r.name(), "Name", "ValidationException");
            return kit.api().secrets().parameter(r.name(), Boolean.TRUE.equals(r.withDecryption())).fold(Answer::error,
                    p -> Answer.ok(software.amazon.awssdk.services.ssm.model.GetParameterResponse.builder().parameter(parameter(p, r.name()))
                            .build()));
        });
        operations.put(SSM + "GetParameters", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.GetParametersRequest::builder, "GetParameters", Set.of());
            java.util.List<software.amazon.awssdk.services.ssm.model.Parameter> found = new java.util.ArrayList<>();
            java.util.List<String> invalid = new java.util.ArrayList<>();
            for (String name : new java.util.LinkedHashSet<>(r.names())) {
                var p = kit.api().secrets().parameter(name, Boolean.TRUE.equals(r.withDecryption()));
                if (p.isRight()) {
                    found.add(parameter(p.get(), name));
                } else if (p.getLeft().isNotFound() || p.getLeft().code().startsWith("Parameter")) {
                    invalid.add(name);
                } else {
                    return Answer.error(p.getLeft());
                }
            }
            return Answer.ok(software.amazon.awssdk.services.ssm.model.GetParametersResponse.builder().parameters(found).invalidParameters(invalid)
                    .build());
        });
        operations.put(SSM + "GetParametersByPath", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest::builder, "GetParametersByPath",
                    Set.of("Path", "Recursive", "WithDecryption", "MaxResults", "NextToken"));
            required(r.path(), "Path", "ValidationException");
            return kit.api().secrets().parametersByPath(r.path(), Boolean.TRUE.equals(r.recursive()), Boolean.TRUE.equals(r.withDecryption()))
                    .fold(Answer::error, all -> {
                        Pages.Page<Parameter> page = Pages.request("GetParametersByPath", r.maxResults(), r.nextToken(), 10, 10).of(all, Parameter::name);
                        return Answer.ok(software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse.builder()
                                .parameters(page.items().map(p -> parameter(p, p.name())).asJava()).nextToken(page.nextToken().getOrNull()).build());
                    });
        });
        operations.put(SSM + "DescribeParameters", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.DescribeParametersRequest::builder, "DescribeParameters",
                    Set.of("MaxResults", "NextToken"));
            return kit.api().secrets().parameters().fold(Answer::error, all -> {
                Pages.Page<Parameter> page = Pages.request("DescribeParameters", r.maxResults(), r.nextToken(), 50, 50).of(all, Parameter::name);
                return Answer.ok(software.amazon.awssdk.services.ssm.model.DescribeParametersResponse.builder()
                        .parameters(page.items().map(SecretsOperations::metadata).asJava()).nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(SSM + "GetParameterHistory", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.GetParameterHistoryRequest::builder, "GetParameterHistory",
                    Set.of("Name", "WithDecryption", "MaxResults", "NextToken"));
            required(r.name(), "Name", "ValidationException");
            String user = kit.api().identity().callerIdentity().map(i -> i.arn()).getOrNull();
            return kit.api().secrets().parameterHistory(r.name(), Boolean.TRUE.equals(r.withDecryption())).fold(Answer::error, all -> {
                Pages.Page<Parameter> page = Pages.request("GetParameterHistory", r.maxResults(), r.nextToken(), 50, 50).of(all, p -> p.name() + ":" + p.version());
                return Answer.ok(software.amazon.awssdk.services.ssm.model.GetParameterHistoryResponse.builder()
                        .parameters(page.items().map(p -> software.amazon.awssdk.services.ssm.model.ParameterHistory.builder().name(p.name())
                                .type(p.type()).value(p.value()).version(p.version()).lastModifiedDate(p.lastModifiedDate())
                                .description(p.description().getOrNull()).keyId(p.keyId().getOrNull()).tier(p.tier()).dataType(p.dataType())
                                .allowedPattern(p.allowedPattern().getOrNull()).lastModifiedUser(user).labels(java.util.List.of()).policies(java.util.List.of()).build()).asJava())
                        .nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(SSM + "DeleteParameter", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.DeleteParameterRequest::builder, "DeleteParameter", Set.of());
            required(r.name(), "Name", "ValidationException");
            return kit.api().secrets().deleteParameter(r.name()).fold(Answer::error,
                    done -> Answer.ok(software.amazon.awssdk.services.ssm.model.DeleteParameterResponse.builder().build()));
        });
        operations.put(SSM + "DeleteParameters", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ssm.model.DeleteParametersRequest::builder, "DeleteParameters", Set.of());
            java.util.List<String> deleted = new java.util.ArrayList<>();
            java.util.List<String> invalid = new java.util.ArrayList<>();
            for (String name : new java.util.LinkedHashSet<>(r.names())) {
                (kit.api().secrets().deleteParameter(name).isRight() ? deleted : invalid).add(name);
            }
            return Answer.ok(software.amazon.awssdk.services.ssm.model.DeleteParametersResponse.builder().deletedParameters(deleted)
                    .invalidParameters(invalid).build());
        });
    }

    /** A member the service's model requires: Coral's "Member must not be null" (Parameter Store's code is ValidationException). */
    private static void required(Object value, String member, String code) {
        if (value == null) {
            throw Wire.missing(Character.toLowerCase(member.charAt(0)) + member.substring(1), code);
        }
    }

    private static Seq<Secret> sorted(Seq<Secret> all, String sortBy, String sortOrder) {
        Seq<Secret> byKey = "name".equals(sortBy) ? all.sortBy(Secret::name)
                : "last-changed-date".equals(sortBy) ? all.sortBy(Secret::lastChangedDate) : all.sortBy(Secret::createdDate);
        return "desc".equals(sortOrder) ? byKey.reverse() : byKey;
    }

    private static java.util.List<software.amazon.awssdk.services.secretsmanager.model.Tag> tags(Secret s) {
        return s.tags().map(t -> software.amazon.awssdk.services.secretsmanager.model.Tag.builder().key(t.key().getOrNull())
                .value(t.value().getOrNull()).build()).asJava();
    }

    private static Map<String, java.util.List<String>> stages(Secret s) {
        Map<String, java.util.List<String>> stages = new java.util.LinkedHashMap<>();
        s.versions().forEach(v -> stages.put(v.versionId(), v.versionStages().asJava()));
        return stages;
    }

    /** GetParameter's answer: the name as asked ({@code name:3} answers Selector {@code :3}). */
    private static software.amazon.awssdk.services.ssm.model.Parameter parameter(Parameter p, String asked) {
        int colon = asked.startsWith("arn:") ? -1 : asked.lastIndexOf(':');
        return software.amazon.awssdk.services.ssm.model.Parameter.builder().name(p.name()).type(p.type()).value(p.value())
                .version(p.version()).lastModifiedDate(p.lastModifiedDate()).arn(p.arn()).dataType(p.dataType())
                .selector(colon > 0 ? asked.substring(colon) : null).build();
    }

    private static software.amazon.awssdk.services.ssm.model.ParameterMetadata metadata(Parameter p) {
        return software.amazon.awssdk.services.ssm.model.ParameterMetadata.builder().name(p.name()).arn(p.arn()).type(p.type())
                .keyId(p.keyId().getOrNull()).lastModifiedDate(p.lastModifiedDate()).description(p.description().getOrNull())
                .allowedPattern(p.allowedPattern().getOrNull()).version(p.version()).tier(p.tier()).dataType(p.dataType())
                .policies(java.util.List.of()).build();
    }

    private static String base64(SdkBytes bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes.asByteArray());
    }

    private static SdkBytes bytes(String base64) {
        return SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(base64));
    }
}
