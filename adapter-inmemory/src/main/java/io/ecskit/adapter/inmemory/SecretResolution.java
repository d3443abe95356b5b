package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.secrets.Parameter;
import io.ecskit.domain.secrets.Secret;
import io.ecskit.domain.secrets.SecretVersion;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a task's start does with the secrets its containers name (issue 25 item 7): every {@code secrets[].valueFrom} and
 * {@code logConfiguration.secretOptions[].valueFrom} is read from Parameter Store (a name or a parameter ARN) or Secrets
 * Manager (a secret ARN, optionally {@code :json-key:version-stage:version-id}), and {@code repositoryCredentials} from
 * Secrets Manager, before any image is pulled; the first that cannot be read stops the task with Fargate's
 * ResourceInitializationError (rules taskSsmParametersExist, taskSecretsExist). Checked once the region has a parameter
 * (for Parameter Store references) or a secret (for Secrets Manager ones), as the network is once it has a subnet: a test
 * that never creates any sees every task start, as before. Source: ECS developer guide, "Pass sensitive data to an Amazon
 * ECS container" (the valueFrom forms); Fargate's stoppedReasons as public reports quote them.
 */
final class SecretResolution {

    private static final String SECRETS_MANAGER = "arn:aws:secretsmanager:";
    /** A secret's JSON as the agent's Go decoder reads it: one value, nothing after it. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SecretResolution() {
    }

    /**
     * The values each container's secrets resolve to (container name → variable → value), or the stoppedReason of a task
     * that cannot start.
     */
    static Either<String, Map<String, Map<String, String>>> resolve(SecretsState store, String region, String account,
                                                                    Seq<ContainerDefinition> containers) {
        return resolve(store, region, account, containers, (action, resource) -> Option.none());
    }

    /**
     * As {@link #resolve(SecretsState, String, String, Seq)}, with the execution role's permissions: {@code denied} answers,
     * for an action on a resource, the principal IAM refuses it to (rule executionRoleMayRead), or none when allowed.
     */
    static Either<String, Map<String, Map<String, String>>> resolve(SecretsState store, String region, String account,
                                                                    Seq<ContainerDefinition> containers,
                                                                    java.util.function.BiFunction<String, String, Option<String>> denied) {
        Map<String, Map<String, String>> resolved = new LinkedHashMap<>();
        java.util.List<String> missingParameters = new java.util.ArrayList<>();
        for (ContainerDefinition c : containers) {
            Map<String, String> values = new LinkedHashMap<>();
            Seq<io.ecskit.domain.taskdef.Secret> options = c.logConfiguration().map(l -> l.secretOptions()).getOrElse(List.empty());
            for (io.ecskit.domain.taskdef.Secret reference : c.secrets().appendAll(options)) {
                // the log driver's options are read (and may fail the start) but are not the container's environment
                boolean environment = !options.contains(reference);
                String from = reference.valueFrom();
                if (from.startsWith("arn:") && !from.startsWith("arn:aws:ssm:" + region + ":" + account + ":")
                        && !from.startsWith(SECRETS_MANAGER + region + ":" + account + ":")) {
                    continue;   // another region's or account's store: not simulated here
                }
                if (from.startsWith(SECRETS_MANAGER)) {
                    String named = String.join(":", java.util.Arrays.copyOf(from.split(":", -1), Math.min(7, from.split(":", -1).length)));
                    // IAM judges the secret's own ARN (a reference may leave out its six-character suffix)
                    String arn = store.find(named).map(Secret::arn).getOrElse(named);
                    Option<String> principal = denied.apply("secretsmanager:GetSecretValue", arn);
                    if (principal.isDefined()) {
                        return Either.left(EcsRule.TASK_SECRETS_EXIST.message("failed to fetch secret " + arn + " from secrets manager: "
                                + EcsRule.EXECUTION_ROLE_MAY_READ.message(principal.get(), "secretsmanager:GetSecretValue", arn)));
                    }
                    if (store.secrets.isEmpty()) {
                        continue;
                    }
                    Either<String, String> value = secret(store, from);
                    if (value.isLeft()) {
                        return Either.left(EcsRule.TASK_SECRETS_EXIST.message(value.getLeft()));
                    }
                    if (environment) {
                        values.put(reference.name(), value.get());
                    }
                } else {
                    String arn = from.startsWith("arn:") ? from : "arn:aws:ssm:" + region + ":" + account + ":parameter/"
                            + (from.startsWith("/") ? from.substring(1) : from);
                    Option<String> principal = denied.apply("ssm:GetParameters", arn);
                    if (principal.isDefined()) {
                        return Either.left(EcsRule.TASK_SSM_PARAMETERS_READABLE.message(
                                EcsRule.EXECUTION_ROLE_MAY_READ.message(principal.get(), "ssm:GetParameters", arn)));
                    }
                    if (store.parameters.isEmpty()) {
                        continue;
                    }
                    Either<EcsError, Parameter> parameter = InMemorySecrets.resolve(store, region, from);
                    if (parameter.isLeft()) {
                        missingParameters.add(from.contains(":parameter/") ? name(from) : from);
                    } else if (environment) {
                        values.put(reference.name(), parameter.get().value());
                    }
                }
            }
            Option<String> credentials = c.repositoryCredentials().map(r -> r.credentialsParameter());
            // a secret's ARN, or its name (a secret of the task's region)
            boolean local = credentials.exists(cr -> !cr.startsWith("arn:") || cr.startsWith(SECRETS_MANAGER + region + ":" + account + ":"));
            if (credentials.isDefined() && local && !store.secrets.isEmpty()) {
                Either<String, String> value = credentials.get().startsWith("arn:") ? secret(store, credentials.get())
                        : store.find(credentials.get()).isDefined() ? Either.right("")
                        : Either.left("failed to fetch secret " + credentials.get() + " from secrets manager: ResourceNotFoundException: "
                                + EcsRule.SECRET_FOUND.message());
                if (value.isLeft()) {
                    return Either.left(EcsRule.TASK_SECRETS_EXIST.message(value.getLeft()));
                }
            }
            resolved.put(c.name().getOrElse(""), values);
        }
        if (!missingParameters.isEmpty()) {
            return Either.left(EcsRule.TASK_SSM_PARAMETERS_EXIST.message(String.join(",", missingParameters)));
        }
        return Either.right(resolved);
    }

    /** A parameter ARN's name as the stoppedReason shows it (with the leading slash of a hierarchy). */
    private static String name(String arn) {
        String name = arn.substring(arn.indexOf(":parameter/") + ":parameter/".length());
        return name.contains("/") ? "/" + name : name;
    }

    /** The value a Secrets Manager reference names, or the cause Fargate reports. */
    static Either<String, String> secret(SecretsState store, String valueFrom) {
        // arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-XXXXXX[:json-key:version-stage:version-id]
        String[] parts = valueFrom.split(":", -1);
        if (parts.length != 7 && parts.length != 10) {
            return Either.left("an invalid ARN format for the AWS Secrets Manager secret was specified. Specify a valid ARN and try again.");
        }
        String arn = String.join(":", java.util.Arrays.copyOf(parts, 7));
        Option<String> jsonKey = parts.length == 10 ? Option.of(parts[7]).filter(s -> !s.isEmpty()) : Option.none();
        Option<String> stage = parts.length == 10 ? Option.of(parts[8]).filter(s -> !s.isEmpty()) : Option.none();
        Option<String> versionId = parts.length == 10 ? Option.of(parts[9]).filter(s -> !s.isEmpty()) : Option.none();
        Option<Secret> secret = store.find(arn);
        String fetch = "failed to fetch secret " + arn + " from secrets manager: ";
        if (secret.isEmpty()) {
            return Either.left(fetch + "ResourceNotFoundException: " + EcsRule.SECRET_FOUND.message());
        }
        if (secret.get().deletedDate().isDefined()) {
            return Either.left(fetch + "InvalidRequestException: " + EcsRule.SECRET_NOT_SCHEDULED_FOR_DELETION.message());
        }
        Either<EcsError, SecretVersion> version = InMemorySecrets.version(secret.get(), versionId, stage);
        if (version.isLeft()) {
            return Either.left(fetch + "ResourceNotFoundException: " + version.getLeft().message());
        }
        String text = version.get().secretString().getOrElse(() -> new String(java.util.Base64.getDecoder()
                .decode(version.get().secretBinary().getOrElse("")), java.nio.charset.StandardCharsets.UTF_8));
        if (jsonKey.isEmpty()) {
            return Either.right(text);
        }
        return jsonValue(text, jsonKey.get());
    }

    /**
     * The value of a top-level key of a JSON object secret, as the agent injects it (a string as it is, anything else as
     * its JSON text); the agent's words when the key is missing or the secret is not JSON.
     */
    private static Either<String, String> jsonValue(String text, String key) {
        com.fasterxml.jackson.databind.JsonNode object;
        try {
            object = JSON.readTree(text);
        } catch (java.io.IOException notJson) {
            object = null;
        }
        if (object == null || !object.isObject()) {
            String first = text.strip().isEmpty() ? "" : text.strip().substring(0, 1);
            return Either.left(first.isEmpty() ? "unexpected end of JSON input" : "invalid character '" + first + "' looking for beginning of value");
        }
        com.fasterxml.jackson.databind.JsonNode value = object.get(key);
        return value == null ? Either.left("retrieved secret from Secrets Manager did not contain json key " + key)
                : Either.right(value.isTextual() ? value.textValue() : value.toString());
    }
}
