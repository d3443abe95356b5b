package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Secrets Manager and SSM Parameter Store in memory (issue 25 item 7), with the services' checks and errors
 * (docs/ecs-rules.md, "Secrets and parameters"). A secret scheduled for deletion is gone once its recovery window has
 * passed on the clock. Reads change nothing (LastAccessedDate is not kept), so a journaled state replays the same.
 */
final class InMemorySecrets implements SecretsPort {

    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z0-9/_+=.@!-]{1,512}");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-zA-Z0-9_.\\-/]{1,2048}");
    private static final int STANDARD_VALUE_LIMIT = 4096;
    private static final int ADVANCED_VALUE_LIMIT = 8192;

    private final InMemoryState state;

    @Inject
    InMemorySecrets(InMemoryState state) {
        this.state = state;
    }

    private SecretsState store() {
        SecretsState store = state.secrets;
        store.purge(state.now());
        return store;
    }

    @Override
    public Either<EcsError, Secret> createSecret(SecretSpec spec) {
        return state.call("CreateSecret", () -> {
            if (!SECRET_NAME.matcher(spec.name()).matches()) {
                return Either.left(EcsError.of(EcsRule.SECRET_NAME_FORMAT));
            }
            if (spec.secretString().isDefined() && spec.secretBinary().isDefined()) {
                return Either.left(EcsError.of(EcsRule.SECRET_ONE_VALUE));
            }
            Option<Secret> existing = Option.of(store().secrets.get(spec.name()));
            if (existing.isDefined()) {
                return Either.left(existing.get().deletedDate().isDefined() ? EcsError.of(EcsRule.SECRET_NAME_FREE)
                        : EcsError.of(EcsRule.SECRET_UNIQUE, spec.name()));
            }
            Instant now = state.now();
            String arn = "arn:aws:secretsmanager:" + state.region.code() + ":" + state.account.value() + ":secret:" + spec.name() + "-"
                    + suffix();
            List<SecretVersion> versions = spec.secretString().isDefined() || spec.secretBinary().isDefined()
                    ? List.of(new SecretVersion(spec.clientRequestToken().getOrElse(this::uuid), spec.secretString(), spec.secretBinary(),
                            List.of(CURRENT), now))
                    : List.empty();
            Secret secret = new Secret(arn, spec.name(), spec.description(), spec.kmsKeyId(), spec.tags(), now, now, Option.none(),
                    Option.none(), versions);
            state.secrets.secrets.put(spec.name(), secret);
            return Either.right(secret);
        });
    }

    /** Six letters and digits, as Secrets Manager ends a secret's ARN. */
    private String suffix() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            s.append(alphabet.charAt(state.random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private String uuid() {
        return new java.util.UUID(state.random.nextLong() & ~0xF000L | 0x4000L,
                state.random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
    }

    @Override
    public Either<EcsError, io.ecskit.domain.secrets.SecretValue> secretValue(String secretId, Option<String> versionId,
                                                                             Option<String> versionStage) {
        return state.call("GetSecretValue", () -> live(secretId).flatMap(secret -> version(secret, versionId, versionStage)
                .map(v -> new io.ecskit.domain.secrets.SecretValue(secret.arn(), secret.name(), v))));
    }

    /** The version GetSecretValue answers, for a task's secrets too. */
    static Either<EcsError, SecretVersion> version(Secret secret, Option<String> versionId, Option<String> versionStage) {
        if (versionId.isDefined()) {
            Option<SecretVersion> v = secret.versions().find(x -> x.versionId().equals(versionId.get()))
                    .filter(x -> versionStage.forAll(stage -> x.versionStages().contains(stage)));
            return v.toEither(() -> EcsError.of(EcsRule.SECRET_VERSION_FOUND, versionId.get()));
        }
        String stage = versionStage.getOrElse(CURRENT);
        return secret.staged(stage).toEither(() -> EcsError.of(EcsRule.SECRET_STAGE_FOUND, stage));
    }

    /** The secret a name or ARN names, refused when it is scheduled for deletion. */
    private Either<EcsError, Secret> live(String secretId) {
        return find(secretId).flatMap(s -> s.deletedDate().isDefined() ? Either.left(EcsError.of(EcsRule.SECRET_NOT_SCHEDULED_FOR_DELETION))
                : Either.right(s));
    }

    private Either<EcsError, Secret> find(String secretId) {
        return store().find(secretId).toEither(() -> EcsError.of(EcsRule.SECRET_FOUND));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.secrets.SecretValue> putSecretValue(String secretId, Option<String> secretString,
                                                                                Option<String> secretBinary, Option<String> clientRequestToken) {
        return state.call("PutSecretValue", () -> {
            if (secretString.isDefined() && secretBinary.isDefined()) {
                return Either.left(EcsError.of(EcsRule.SECRET_ONE_VALUE));
            }
            if (secretString.isEmpty() && secretBinary.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.SECRET_VALUE_REQUIRED));
            }
            return live(secretId).flatMap(secret -> put(secret, secretString, secretBinary, clientRequestToken));
        });
    }

    /**
     * A new version of {@code secret}: AWSCURRENT moves to it, AWSPREVIOUS to the one that was current; a version left
     * without a label is deprecated but stays readable by its id. The same token again answers the version it made.
     */
    private Either<EcsError, io.ecskit.domain.secrets.SecretValue> put(Secret secret, Option<String> secretString, Option<String> secretBinary,
                                                                       Option<String> clientRequestToken) {
        Instant now = state.now();
        String id = clientRequestToken.getOrElse(this::uuid);
        Option<SecretVersion> same = secret.versions().find(v -> v.versionId().equals(id));
        if (same.isDefined()) {
            return same.get().secretString().equals(secretString) && same.get().secretBinary().equals(secretBinary)
                    ? Either.right(new io.ecskit.domain.secrets.SecretValue(secret.arn(), secret.name(), same.get()))
                    : Either.left(EcsError.of(EcsRule.SECRET_VERSION_UNCHANGED));
        }
        SecretVersion version = new SecretVersion(id, secretString, secretBinary, List.of(CURRENT), now);
        List<SecretVersion> older = secret.versions()
                .map(v -> new SecretVersion(v.versionId(), v.secretString(), v.secretBinary(),
                        v.versionStages().contains(CURRENT) ? v.versionStages().remove(CURRENT).remove(PREVIOUS).append(PREVIOUS)
                                : v.versionStages().remove(PREVIOUS), v.createdDate()));
        state.secrets.secrets.put(secret.name(), new Secret(secret.arn(), secret.name(), secret.description(), secret.kmsKeyId(),
                secret.tags(), secret.createdDate(), now, secret.lastAccessedDate(), secret.deletedDate(), older.prepend(version)));
        return Either.right(new io.ecskit.domain.secrets.SecretValue(secret.arn(), secret.name(), version));
    }

    @Override
    public Either<EcsError, Secret> updateSecret(String secretId, Option<String> description, Option<String> kmsKeyId,
                                                 Option<String> secretString, Option<String> secretBinary, Option<String> clientRequestToken) {
        return state.call("UpdateSecret", () -> {
            if (secretString.isDefined() && secretBinary.isDefined()) {
                return Either.left(EcsError.of(EcsRule.SECRET_ONE_VALUE));
            }
            return live(secretId).flatMap(secret -> {
                if (secretString.isDefined() || secretBinary.isDefined()) {
                    Either<EcsError, io.ecskit.domain.secrets.SecretValue> put = put(secret, secretString, secretBinary, clientRequestToken);
                    if (put.isLeft()) {
                        return Either.left(put.getLeft());
                    }
                }
                Secret current = state.secrets.secrets.get(secret.name());
                Secret updated = new Secret(current.arn(), current.name(), description.orElse(current.description()),
                        kmsKeyId.orElse(current.kmsKeyId()), current.tags(), current.createdDate(), state.now(), current.lastAccessedDate(),
                        current.deletedDate(), current.versions());
                state.secrets.secrets.put(secret.name(), updated);
                return Either.right(updated);
            });
        });
    }

    @Override
    public Either<EcsError, Done> tagSecret(String secretId, Seq<io.ecskit.domain.Tag> tags) {
        return state.call("TagResource", () -> find(secretId).map(secret -> {
            List<io.ecskit.domain.Tag> merged = secret.tags().map(t -> tags.findLast(n -> n.key().equals(t.key())).getOrElse(t))
                    .appendAll(tags.filter(n -> !secret.tags().exists(t -> t.key().equals(n.key()))).distinctBy(io.ecskit.domain.Tag::key));
            state.secrets.secrets.put(secret.name(), withTags(secret, merged));
            return Done.DONE;
        }));
    }

    @Override
    public Either<EcsError, Done> untagSecret(String secretId, Seq<String> tagKeys) {
        return state.call("UntagResource", () -> find(secretId).map(secret -> {
            state.secrets.secrets.put(secret.name(), withTags(secret, secret.tags().filter(t -> !t.key().exists(tagKeys::contains))));
            return Done.DONE;
        }));
    }

    private Secret withTags(Secret s, List<io.ecskit.domain.Tag> tags) {
        return new Secret(s.arn(), s.name(), s.description(), s.kmsKeyId(), tags, s.createdDate(), state.now(), s.lastAccessedDate(),
                s.deletedDate(), s.versions());
    }

    @Override
    public Either<EcsError, Secret> describeSecret(String secretId) {
        return state.call("DescribeSecret", () -> find(secretId));
    }

    @Override
    public Either<EcsError, Seq<Secret>> secrets(boolean includePlannedDeletion) {
        return state.call("ListSecrets", () -> Either.right(List.ofAll(store().secrets.values())
                .filter(s -> includePlannedDeletion || s.deletedDate().isEmpty())));
    }

    @Override
    public Either<EcsError, Secret> deleteSecret(String secretId, Option<Long> recoveryWindowInDays, boolean forceDeleteWithoutRecovery) {
        return state.call("DeleteSecret", () -> {
            if (forceDeleteWithoutRecovery && recoveryWindowInDays.isDefined()) {
                return Either.left(EcsError.of(EcsRule.SECRET_FORCE_OR_WINDOW));
            }
            if (recoveryWindowInDays.exists(d -> d < 7 || d > 30)) {
                return Either.left(EcsError.of(EcsRule.SECRET_RECOVERY_WINDOW));
            }
            return find(secretId).flatMap(secret -> {
                if (secret.deletedDate().isDefined() && !forceDeleteWithoutRecovery) {
                    return Either.left(EcsError.of(EcsRule.SECRET_NOT_SCHEDULED_FOR_DELETION));
                }
                Instant now = state.now();
                Instant deletion = forceDeleteWithoutRecovery ? now : now.plus(Duration.ofDays(recoveryWindowInDays.getOrElse(30L)));
                Secret scheduled = new Secret(secret.arn(), secret.name(), secret.description(), secret.kmsKeyId(), secret.tags(),
                        secret.createdDate(), secret.lastChangedDate(), secret.lastAccessedDate(), Option.of(deletion), secret.versions());
                if (forceDeleteWithoutRecovery) {
                    state.secrets.secrets.remove(secret.name());
                } else {
                    state.secrets.secrets.put(secret.name(), scheduled);
                }
                return Either.right(scheduled);
            });
        });
    }

    @Override
    public Either<EcsError, Secret> restoreSecret(String secretId) {
        return state.call("RestoreSecret", () -> find(secretId).map(secret -> {
            Secret restored = new Secret(secret.arn(), secret.name(), secret.description(), secret.kmsKeyId(), secret.tags(),
                    secret.createdDate(), secret.lastChangedDate(), secret.lastAccessedDate(), Option.none(), secret.versions());
            state.secrets.secrets.put(secret.name(), restored);
            return restored;
        }));
    }

    // ---- SSM Parameter Store ---------------------------------------------------------------------------

    @Override
    public Either<EcsError, Parameter> putParameter(ParameterSpec spec) {
        return state.call("PutParameter", () -> {
            Option<EcsError> invalid = nameProblem(spec.name());
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            if (spec.name().toLowerCase(java.util.Locale.ROOT).startsWith("/aws/")) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_NAME_RESERVED, spec.name()));
            }
            if (spec.overwrite() && spec.tags().nonEmpty()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_TAGS_ON_CREATE));
            }
            if (spec.tier().exists(t -> t.equals("Intelligent-Tiering"))) {
                return Either.left(EcsError.of(EcsRule.SECRETS_MEMBER_MODELLED, "parameter tiering by demand", "Tier Intelligent-Tiering"));
            }
            java.util.List<Parameter> existingVersions = state.secrets.parameters.get(spec.name());
            String tier = spec.tier().getOrElse(() -> existingVersions == null ? "Standard" : existingVersions.get(existingVersions.size() - 1).tier());
            int limit = tier.equals("Advanced") ? ADVANCED_VALUE_LIMIT : STANDARD_VALUE_LIMIT;
            if (spec.value().length() > limit) {
                return Either.left(tier.equals("Advanced")
                        ? new EcsError.Other("ValidationException", "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message("", "value",
                        "have length less than or equal to 8192"), Option.none())
                        : EcsError.of(EcsRule.PARAMETER_VALUE_SIZE));
            }
            java.util.List<Parameter> versions = state.secrets.parameters.get(spec.name());
            if (versions != null && !spec.overwrite()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_NEW));
            }
            Option<Parameter> latest = versions == null ? Option.none() : Option.of(versions.get(versions.size() - 1));
            Option<String> type = spec.type().orElse(latest.map(Parameter::type));
            if (type.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_TYPE_REQUIRED));
            }
            Option<String> pattern = spec.allowedPattern().orElse(latest.flatMap(Parameter::allowedPattern));
            if (pattern.isDefined() && !compiles(pattern.get())) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_PATTERN_VALID, pattern.get()));
            }
            if (pattern.isDefined() && !matches(pattern.get(), spec.value())) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_PATTERN_MATCHED, pattern.get()));
            }
            String arnName = spec.name().startsWith("/") ? spec.name().substring(1) : spec.name();
            Parameter parameter = new Parameter(spec.name(), type.get(), spec.value(), latest.map(p -> p.version() + 1).getOrElse(1L), state.now(),
                    "arn:aws:ssm:" + state.region.code() + ":" + state.account.value() + ":parameter/" + arnName,
                    spec.dataType().orElse(latest.map(Parameter::dataType)).getOrElse("text"),
                    spec.description().orElse(latest.flatMap(Parameter::description)),
                    type.get().equals("SecureString") ? spec.keyId().orElse(latest.flatMap(Parameter::keyId)).orElse(Option.of("alias/aws/ssm"))
                            : Option.none(),
                    tier, pattern, spec.tags().isEmpty() ? latest.map(Parameter::tags).getOrElse(List.empty()) : spec.tags());
            state.secrets.parameters.computeIfAbsent(spec.name(), n -> new java.util.ArrayList<>()).add(parameter);
            return Either.right(parameter);
        });
    }

    /**
     * Whether the value matches the parameter's AllowedPattern; a pattern that is not a regular expression, or that would
     * read more than a million characters backtracking over the value (the region's lock is held), matches nothing.
     */
    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return pattern.length() <= 1024;
        } catch (java.util.regex.PatternSyntaxException notARegex) {
            return false;
        }
    }

    private static boolean matches(String pattern, String value) {
        try {
            return FilterPattern.budgeted(Pattern.compile(pattern), value, true);
        } catch (java.util.regex.PatternSyntaxException | FilterPattern.TooCostly | StackOverflowError unusable) {
            return false;
        }
    }

    private static Option<EcsError> nameProblem(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean path = name.contains("/");
        if (!path && (lower.startsWith("aws") || lower.startsWith("ssm"))) {
            return Option.of(EcsError.of(EcsRule.PARAMETER_NAME_PREFIX));
        }
        if (!PARAMETER_NAME.matcher(name).matches() || lower.startsWith("/ssm/") || path && !name.startsWith("/") || name.contains("//")) {
            return Option.of(EcsError.of(EcsRule.PARAMETER_NAME_FORMAT));
        }
        return Option.none();
    }

    @Override
    public Either<EcsError, Parameter> parameter(String name, boolean withDecryption) {
        return state.call("GetParameter", () -> resolve(state.secrets, state.region.code(), name).map(p -> shown(p, withDecryption)));
    }

    /** The version of a parameter a name, ARN or {@code name:version} names (for a task's secrets too). */
    static Either<EcsError, Parameter> resolve(SecretsState store, String region, String reference) {
        String name = reference;
        Option<Long> version = Option.none();
        int colon = reference.startsWith("arn:") ? -1 : reference.lastIndexOf(':');
        if (colon > 0 && reference.substring(colon + 1).matches("\\d{1,18}")) {
            name = reference.substring(0, colon);
            version = Option.of(Long.parseLong(reference.substring(colon + 1)));
        }
        if (reference.startsWith("arn:")) {
            int at = reference.indexOf(":parameter/");
            if (at < 0) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_FOUND));
            }
            name = reference.substring(at + ":parameter/".length());
            int versionColon = name.lastIndexOf(':');
            if (versionColon > 0 && name.substring(versionColon + 1).matches("\\d{1,18}")) {
                version = Option.of(Long.parseLong(name.substring(versionColon + 1)));
                name = name.substring(0, versionColon);
            }
            if (!store.parameters.containsKey(name) && store.parameters.containsKey("/" + name)) {
                name = "/" + name;
            }
        }
        java.util.List<Parameter> versions = store.parameters.get(name);
        if (versions == null) {
            return Either.left(EcsError.of(EcsRule.PARAMETER_FOUND));
        }
        if (version.isDefined()) {
            long wanted = version.get();
            String found = name;
            return Option.ofOptional(versions.stream().filter(p -> p.version() == wanted).findFirst())
                    .toEither(() -> EcsError.of(EcsRule.PARAMETER_VERSION_FOUND, wanted, found));
        }
        return Either.right(versions.get(versions.size() - 1));
    }

    /** A SecureString's value without decryption: its ciphertext (base64), as Parameter Store answers it. */
    private static Parameter shown(Parameter p, boolean withDecryption) {
        if (withDecryption || !p.type().equals("SecureString")) {
            return p;
        }
        byte[] sealed = ("ecskit-sealed:" + p.keyId().getOrElse("") + ":" + p.version() + ":" + p.value()).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < sealed.length; i++) {
            sealed[i] ^= (byte) (0x5A + i);
        }
        String ciphertext = "AQICAH" + Base64.getEncoder().encodeToString(sealed);
        return new Parameter(p.name(), p.type(), ciphertext, p.version(), p.lastModifiedDate(), p.arn(), p.dataType(), p.description(),
                p.keyId(), p.tier(), p.allowedPattern(), p.tags());
    }

    @Override
    public Either<EcsError, Seq<Parameter>> parametersByPath(String path, boolean recursive, boolean withDecryption) {
        return state.call("GetParametersByPath", () -> {
            if (!path.startsWith("/") || !PARAMETER_NAME.matcher(path).matches()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_NAME_FORMAT));
            }
            String prefix = path.endsWith("/") ? path : path + "/";
            return Either.right(List.ofAll(state.secrets.parameters.entrySet())
                    .filter(e -> e.getKey().startsWith(prefix) && (recursive || e.getKey().indexOf('/', prefix.length()) < 0))
                    .map(e -> shown(e.getValue().get(e.getValue().size() - 1), withDecryption)));
        });
    }

    @Override
    public Either<EcsError, Seq<Parameter>> parameters() {
        return state.call("DescribeParameters", () -> Either.right(List.ofAll(state.secrets.parameters.values())
                .map(versions -> versions.get(versions.size() - 1))));
    }

    @Override
    public Either<EcsError, Seq<Parameter>> parameterHistory(String name, boolean withDecryption) {
        return state.call("GetParameterHistory", () -> resolve(state.secrets, state.region.code(), name)
                .map(p -> List.ofAll(state.secrets.parameters.get(p.name())).map(v -> shown(v, withDecryption))));
    }

    @Override
    public Either<EcsError, Done> deleteParameter(String name) {
        return state.call("DeleteParameter", () -> state.secrets.parameters.remove(name) == null
                ? Either.left(EcsError.of(EcsRule.PARAMETER_FOUND)) : Either.right(Done.DONE));
    }
}
