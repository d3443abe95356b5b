package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.iam.AttachedPolicy;
import io.ecskit.domain.iam.ManagedPolicy;
import io.ecskit.domain.iam.PolicySpec;
import io.ecskit.domain.iam.Role;
import io.ecskit.domain.iam.RolePolicy;
import io.ecskit.domain.iam.RoleSpec;
import io.ecskit.port.out.IamPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * IAM roles and policies in memory (issue 25 item 8), with IAM's checks and errors (docs/ecs-rules.md, "IAM roles"). The
 * state is the account's ({@link IamState}), shared by every region's kit of a server. AWS managed policies: any
 * {@code arn:aws:iam::aws:policy/...} can be attached (AWS has over a thousand; ecskit refuses none that may exist), and
 * the documents of those ECS workloads attach most are carried ({@link #AWS_DOCUMENTS}), so a task's execution role is
 * judged by them.
 */
final class InMemoryIam implements IamPort {

    static final String AWS_POLICY = "arn:aws:iam::aws:policy/";
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern PATH = Pattern.compile("(/)|(/[\\u0021-\\u007E]+/)");
    private static final Pattern POLICY_PATH = Pattern.compile("((/[A-Za-z0-9.,+@=_-]+)*)/");
    private static final int TRUST_POLICY_QUOTA = 2048;
    private static final int INLINE_POLICIES_QUOTA = 10240;
    private static final int MANAGED_POLICY_QUOTA = 6144;
    private static final int POLICIES_PER_ROLE = 10;
    private static final int MAX_TAGS = 50;

    /** The documents of the AWS managed policies ECS tasks' roles use most (IAM's AWS managed policy reference). */
    static final Map<String, String> AWS_DOCUMENTS = Map.of(
            AWS_POLICY + "service-role/AmazonECSTaskExecutionRolePolicy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":[\"ecr:GetAuthorizationToken\",\"ecr:BatchCheckLayerAvailability\",\"ecr:GetDownloadUrlForLayer\","
                    + "\"ecr:BatchGetImage\",\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}]}",
            AWS_POLICY + "AmazonSSMReadOnlyAccess", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":[\"ssm:Describe*\",\"ssm:Get*\",\"ssm:List*\"],\"Resource\":\"*\"}]}",
            AWS_POLICY + "AdministratorAccess", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");

    /** The service-linked roles ecskit knows: service → role name, its policy, whether a custom suffix is taken, its description. */
    record LinkedRole(String roleName, String policy, boolean suffix, String description) {
    }

    static final Map<String, LinkedRole> LINKED_ROLES = Map.of(
            "ecs.amazonaws.com", new LinkedRole("AWSServiceRoleForECS", "aws-service-role/AmazonECSServiceRolePolicy", false,
                    "Role to enable Amazon ECS to manage your cluster."),
            "ecs.application-autoscaling.amazonaws.com", new LinkedRole("AWSServiceRoleForApplicationAutoScaling_ECSService",
                    "aws-service-role/AWSApplicationAutoscalingECSServicePolicy", false, ""),
            "elasticloadbalancing.amazonaws.com", new LinkedRole("AWSServiceRoleForElasticLoadBalancing",
                    "aws-service-role/AWSElasticLoadBalancingServiceRolePolicy", false,
                    "Allows ELB to call AWS services on your behalf."),
            "autoscaling.amazonaws.com", new LinkedRole("AWSServiceRoleForAutoScaling", "aws-service-role/AutoScalingServiceRolePolicy", true,
                    "Default Service-Linked Role enables access to AWS Services and Resources used or managed by Auto Scaling"),
            "replication.ecr.amazonaws.com", new LinkedRole("AWSServiceRoleForECRReplication", "aws-service-role/ECRReplicationServiceRolePolicy",
                    false, ""));

    private final InMemoryState state;

    @Inject
    InMemoryIam(InMemoryState state) {
        this.state = state;
    }

    private IamState iam() {
        return state.iam;
    }

    /** An IAM change: the account's other regions catch up first (IAM is global; see IamState#catchUpOthers). */
    private <T> Either<EcsError, T> write(String operation, java.util.function.Supplier<Either<EcsError, T>> body) {
        iam().catchUpOthers(state);
        return state.call(operation, body);
    }

    private String arn(String path, String kind, String name) {
        return "arn:aws:iam::" + state.account.value() + ":" + kind + path + name;
    }

    @Override
    public Either<EcsError, Role> createRole(RoleSpec spec) {
        return write("CreateRole", () -> {
            Seq<String> problems = name("roleName", spec.roleName(), 64).appendAll(description(spec.description()))
                    .appendAll(spec.maxSessionDuration().map(d -> sessionDuration(d)).getOrElse(List.empty()));
            if (!problems.isEmpty()) {
                return Either.left(invalid(problems));
            }
            if (spec.path().exists(p -> !PATH.matcher(p).matches() || p.length() > 512 || p.startsWith("/aws-service-role/"))) {
                return Either.left(EcsError.of(EcsRule.IAM_PATH_FORMAT));
            }
            Option<EcsError> trust = trustPolicy(spec.assumeRolePolicyDocument());
            if (trust.isDefined()) {
                return Either.left(trust.get());
            }
            if (spec.tags().size() > MAX_TAGS) {
                return Either.left(EcsError.of(EcsRule.IAM_TAGS_AT_MOST_FIFTY));
            }
            synchronized (iam()) {
                if (spec.permissionsBoundary().isDefined() && managed(spec.permissionsBoundary().get()).isEmpty()) {
                    return Either.left(EcsError.of(EcsRule.IAM_POLICY_FOUND, spec.permissionsBoundary().get()));
                }
                if (iam().entry(spec.roleName()) != null) {
                    return Either.left(EcsError.of(EcsRule.IAM_ROLE_UNIQUE, spec.roleName()));
                }
                String path = spec.path().getOrElse("/");
                Role role = new Role(path, spec.roleName(), iam().newId("AROA"), arn(path, "role", spec.roleName()), now(),
                        spec.assumeRolePolicyDocument(), spec.description(), spec.maxSessionDuration().getOrElse(Role.DEFAULT_MAX_SESSION_DURATION),
                        spec.permissionsBoundary(), spec.tags().toList(), Option.none(), Option.none());
                iam().roles.put(key(spec.roleName()), new IamState.RoleEntry(role));
                return Either.right(role);
            }
        });
    }

    @Override
    public Either<EcsError, Role> role(String roleName) {
        return state.call("GetRole", () -> entry(roleName).map(e -> e.role));
    }

    @Override
    public Either<EcsError, Seq<Role>> roles(Option<String> pathPrefix) {
        return state.call("ListRoles", () -> {
            synchronized (iam()) {
                String prefix = pathPrefix.getOrElse("/");
                return Either.right(List.ofAll(iam().roles.values()).map(e -> e.role).filter(r -> r.path().startsWith(prefix)));
            }
        });
    }

    @Override
    public Either<EcsError, Done> updateRole(String roleName, Option<String> description, Option<Integer> maxSessionDuration) {
        return write("UpdateRole", () -> {
            Seq<String> problems = description(description).appendAll(maxSessionDuration.map(this::sessionDuration).getOrElse(List.empty()));
            if (!problems.isEmpty()) {
                return Either.left(invalid(problems));
            }
            synchronized (iam()) {
                // a service-linked role's description may be edited; nothing else of it
                return (maxSessionDuration.isEmpty() ? entry(roleName) : modifiable(roleName)).map(e -> {
                    e.role = e.role.withSettings(description.orElse(e.role.description()), maxSessionDuration.getOrElse(e.role.maxSessionDuration()));
                    return Done.DONE;
                });
            }
        });
    }

    @Override
    public Either<EcsError, Done> updateAssumeRolePolicy(String roleName, String policyDocument) {
        return write("UpdateAssumeRolePolicy", () -> {
            Option<EcsError> trust = trustPolicy(policyDocument);
            if (trust.isDefined()) {
                return Either.left(trust.get());
            }
            synchronized (iam()) {
                return modifiable(roleName).map(e -> {
                    e.role = e.role.withTrustPolicy(policyDocument);
                    return Done.DONE;
                });
            }
        });
    }

    @Override
    public Either<EcsError, Done> deleteRole(String roleName) {
        return write("DeleteRole", () -> {
            synchronized (iam()) {
                return modifiable(roleName).flatMap(e -> {
                    if (!e.attached.isEmpty()) {
                        return Either.left(EcsError.of(EcsRule.IAM_ROLE_DETACHED));
                    }
                    if (!e.inline.isEmpty()) {
                        return Either.left(EcsError.of(EcsRule.IAM_ROLE_WITHOUT_INLINE_POLICIES));
                    }
                    iam().roles.remove(key(roleName));
                    return Either.right(Done.DONE);
                });
            }
        });
    }

    @Override
    public Either<EcsError, Done> tagRole(String roleName, Seq<Tag> tags) {
        return write("TagRole", () -> {
            synchronized (iam()) {
                return entry(roleName).flatMap(e -> {
                    java.util.LinkedHashMap<String, Tag> merged = new java.util.LinkedHashMap<>();
                    // IAM's tag keys are case-insensitive: a key given again in another case replaces the first
                    e.role.tags().forEach(t -> merged.put(t.key().getOrElse("").toLowerCase(Locale.ROOT), t));
                    tags.forEach(t -> merged.put(t.key().getOrElse("").toLowerCase(Locale.ROOT), t));
                    if (merged.size() > MAX_TAGS) {
                        return Either.left(EcsError.of(EcsRule.IAM_TAGS_AT_MOST_FIFTY));
                    }
                    e.role = e.role.withTags(List.ofAll(merged.values()));
                    return Either.right(Done.DONE);
                });
            }
        });
    }

    @Override
    public Either<EcsError, Done> untagRole(String roleName, Seq<String> tagKeys) {
        return write("UntagRole", () -> {
            synchronized (iam()) {
                return entry(roleName).map(e -> {
                    e.role = e.role.withTags(e.role.tags().filter(t -> !tagKeys.exists(k -> k.equalsIgnoreCase(t.key().getOrElse("")))));
                    return Done.DONE;
                });
            }
        });
    }

    @Override
    public Either<EcsError, Role> createServiceLinkedRole(String awsServiceName, Option<String> description, Option<String> customSuffix) {
        return write("CreateServiceLinkedRole", () -> {
            Seq<String> problems = description(description).appendAll(customSuffix.map(s -> name("customSuffix", s, 64)).getOrElse(List.empty()));
            if (!problems.isEmpty()) {
                return Either.left(invalid(problems));
            }
            synchronized (iam()) {
                return linkedRole(awsServiceName, description, customSuffix, true);
            }
        });
    }

    /** The service's service-linked role made (ECS makes its own with the account's first cluster: {@code refuseTaken} false). */
    Either<EcsError, Role> linkedRole(String service, Option<String> description, Option<String> customSuffix, boolean refuseTaken) {
        LinkedRole linked = LINKED_ROLES.get(service);
        if (linked == null) {
            return Either.left(EcsError.of(EcsRule.IAM_SERVICE_LINKED_ROLE_KNOWN, String.join(", ", new java.util.TreeSet<>(LINKED_ROLES.keySet())), service));
        }
        if (customSuffix.isDefined() && !linked.suffix()) {
            return Either.left(EcsError.of(EcsRule.IAM_CUSTOM_SUFFIX_ALLOWED, service));
        }
        String name = linked.roleName() + customSuffix.map(s -> "_" + s).getOrElse("");
        IamState.RoleEntry existing = iam().entry(name);
        if (existing != null) {
            return refuseTaken ? Either.left(EcsError.of(EcsRule.IAM_SERVICE_LINKED_ROLE_UNIQUE, name)) : Either.right(existing.role);
        }
        String path = "/aws-service-role/" + service + "/";
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"" + service
                + "\"]},\"Action\":[\"sts:AssumeRole\"]}]}";
        Role role = new Role(path, name, iam().newId("AROA"), arn(path, "role", name), now(), trust,
                description.orElse(Option.of(linked.description()).filter(d -> !d.isEmpty())), Role.DEFAULT_MAX_SESSION_DURATION,
                Option.none(), List.empty(), Option.none(), Option.none());
        IamState.RoleEntry entry = new IamState.RoleEntry(role);
        String policy = AWS_POLICY + linked.policy();
        entry.attached.put(policy, policy.substring(policy.lastIndexOf('/') + 1));
        iam().roles.put(key(name), entry);
        return Either.right(role);
    }

    @Override
    public Either<EcsError, String> deleteServiceLinkedRole(String roleName) {
        // asked before any lock is held: the other regions' clusters are read under their own locks
        boolean clustersUseIt = key(roleName).equals(key(LINKED_ROLES.get(TaskRoles.ECS).roleName())) && iam().anyActiveCluster();
        return write("DeleteServiceLinkedRole", () -> {
            synchronized (iam()) {
                return entry(roleName).flatMap(e -> {
                    if (!e.role.isServiceLinked()) {
                        return Either.left(EcsError.of(EcsRule.IAM_SERVICE_LINKED_ROLE_ONLY, roleName));
                    }
                    String task = "task" + e.role.path() + e.role.roleName() + "/" + new UUID(iam().random.nextLong(), iam().random.nextLong());
                    if (clustersUseIt) {
                        // the deletion task fails and the role stays while ECS clusters use it, as IAM's deletion tasks do
                        iam().deletionTasks.put(task, "FAILED");
                        return Either.right(task);
                    }
                    iam().roles.remove(key(roleName));
                    iam().deletionTasks.put(task, "SUCCEEDED");
                    return Either.right(task);
                });
            }
        });
    }

    @Override
    public Either<EcsError, String> serviceLinkedRoleDeletionStatus(String deletionTaskId) {
        return state.call("GetServiceLinkedRoleDeletionStatus", () -> {
            synchronized (iam()) {
                return Option.of(iam().deletionTasks.get(deletionTaskId))
                        .toEither(() -> EcsError.of(EcsRule.IAM_DELETION_TASK_FOUND, deletionTaskId));
            }
        });
    }

    @Override
    public Either<EcsError, Done> attachRolePolicy(String roleName, String policyArn) {
        return write("AttachRolePolicy", () -> {
            synchronized (iam()) {
                return modifiable(roleName).flatMap(e -> {
                    Option<ManagedPolicy> policy = managed(policyArn);
                    if (policy.isEmpty()) {
                        return Either.left(EcsError.of(EcsRule.IAM_POLICY_FOUND, policyArn));
                    }
                    if (!e.attached.containsKey(policyArn) && e.attached.size() >= POLICIES_PER_ROLE) {
                        return Either.left(EcsError.of(EcsRule.IAM_POLICIES_PER_ROLE));
                    }
                    e.attached.put(policyArn, policy.get().policyName());
                    return Either.right(Done.DONE);
                });
            }
        });
    }

    @Override
    public Either<EcsError, Done> detachRolePolicy(String roleName, String policyArn) {
        return write("DetachRolePolicy", () -> {
            synchronized (iam()) {
                return modifiable(roleName).flatMap(e -> e.attached.remove(policyArn) == null
                        ? Either.left(EcsError.of(EcsRule.IAM_POLICY_ATTACHED, policyArn)) : Either.right(Done.DONE));
            }
        });
    }

    @Override
    public Either<EcsError, Seq<AttachedPolicy>> attachedRolePolicies(String roleName, Option<String> pathPrefix) {
        return state.call("ListAttachedRolePolicies", () -> {
            synchronized (iam()) {
                String prefix = pathPrefix.getOrElse("/");
                return entry(roleName).map(e -> List.ofAll(e.attached.entrySet())
                        .filter(a -> path(a.getKey()).startsWith(prefix)).map(a -> new AttachedPolicy(a.getValue(), a.getKey())));
            }
        });
    }

    @Override
    public Either<EcsError, Done> putRolePolicy(String roleName, String policyName, String policyDocument) {
        return write("PutRolePolicy", () -> {
            Seq<String> problems = name("policyName", policyName, 128);
            if (!problems.isEmpty()) {
                return Either.left(invalid(problems));
            }
            Option<EcsError> broken = IamPolicies.check(policyDocument, IamPolicies.Kind.IDENTITY);
            if (broken.isDefined()) {
                return Either.left(broken.get());
            }
            synchronized (iam()) {
                return modifiable(roleName).flatMap(e -> {
                    int others = e.inline.entrySet().stream().filter(p -> !p.getKey().equals(policyName))
                            .mapToInt(p -> IamPolicies.size(p.getValue())).sum();
                    if (others + IamPolicies.size(policyDocument) > INLINE_POLICIES_QUOTA) {
                        return Either.left(EcsError.of(EcsRule.IAM_ROLE_POLICY_SIZE, e.role.roleName()));
                    }
                    e.inline.put(policyName, policyDocument);
                    return Either.right(Done.DONE);
                });
            }
        });
    }

    @Override
    public Either<EcsError, RolePolicy> rolePolicy(String roleName, String policyName) {
        return state.call("GetRolePolicy", () -> {
            synchronized (iam()) {
                return entry(roleName).flatMap(e -> Option.of(e.inline.get(policyName))
                        .toEither(() -> EcsError.of(EcsRule.IAM_ROLE_POLICY_FOUND, policyName))
                        .map(document -> new RolePolicy(e.role.roleName(), policyName, document)));
            }
        });
    }

    @Override
    public Either<EcsError, Done> deleteRolePolicy(String roleName, String policyName) {
        return write("DeleteRolePolicy", () -> {
            synchronized (iam()) {
                return modifiable(roleName).flatMap(e -> e.inline.remove(policyName) == null
                        ? Either.left(EcsError.of(EcsRule.IAM_ROLE_POLICY_FOUND, policyName)) : Either.right(Done.DONE));
            }
        });
    }

    @Override
    public Either<EcsError, Seq<String>> rolePolicies(String roleName) {
        return state.call("ListRolePolicies", () -> {
            synchronized (iam()) {
                return entry(roleName).map(e -> List.ofAll(e.inline.keySet()));
            }
        });
    }

    @Override
    public Either<EcsError, ManagedPolicy> createPolicy(PolicySpec spec) {
        return write("CreatePolicy", () -> {
            Seq<String> problems = name("policyName", spec.policyName(), 128).appendAll(description(spec.description()));
            if (!problems.isEmpty()) {
                return Either.left(invalid(problems));
            }
            if (spec.path().exists(p -> !POLICY_PATH.matcher(p).matches() || p.length() > 512)) {
                return Either.left(EcsError.of(EcsRule.IAM_PATH_FORMAT));
            }
            Option<EcsError> broken = IamPolicies.check(spec.policyDocument(), IamPolicies.Kind.IDENTITY);
            if (broken.isDefined()) {
                return Either.left(broken.get());
            }
            if (IamPolicies.size(spec.policyDocument()) > MANAGED_POLICY_QUOTA) {
                return Either.left(EcsError.of(EcsRule.IAM_POLICY_SIZE));
            }
            if (spec.tags().size() > MAX_TAGS) {
                return Either.left(EcsError.of(EcsRule.IAM_TAGS_AT_MOST_FIFTY));
            }
            synchronized (iam()) {
                if (iam().policies.values().stream().anyMatch(p -> p.policyName().equalsIgnoreCase(spec.policyName()))) {
                    return Either.left(EcsError.of(EcsRule.IAM_POLICY_UNIQUE, spec.policyName()));
                }
                String path = spec.path().getOrElse("/");
                Instant now = now();
                ManagedPolicy policy = new ManagedPolicy(spec.policyName(), Option.of(iam().newId("ANPA")), arn(path, "policy", spec.policyName()),
                        path, Option.of("v1"), 0, 0, spec.description(), Option.of(now), Option.of(now), spec.tags().toList(),
                        Option.of(spec.policyDocument()));
                iam().policies.put(policy.arn(), policy);
                return Either.right(policy);
            }
        });
    }

    @Override
    public Either<EcsError, ManagedPolicy> policy(String policyArn) {
        return state.call("GetPolicy", () -> {
            synchronized (iam()) {
                return managed(policyArn).toEither(() -> EcsError.of(EcsRule.IAM_POLICY_FOUND, policyArn));
            }
        });
    }

    @Override
    public Either<EcsError, Done> deletePolicy(String policyArn) {
        return write("DeletePolicy", () -> {
            synchronized (iam()) {
                Option<ManagedPolicy> policy = Option.of(iam().policies.get(policyArn));
                if (policy.isEmpty()) {
                    // AWS's own policies can't be deleted; IAM answers them as not found for this account
                    return Either.left(EcsError.of(EcsRule.IAM_POLICY_FOUND, policyArn));
                }
                if (attachments(policyArn) > 0 || boundaries(policyArn) > 0) {
                    return Either.left(EcsError.of(EcsRule.IAM_POLICY_DELETABLE));
                }
                iam().policies.remove(policyArn);
                return Either.right(Done.DONE);
            }
        });
    }

    @Override
    public Either<EcsError, Seq<ManagedPolicy>> policies(Option<String> scope, boolean onlyAttached, Option<String> pathPrefix) {
        return state.call("ListPolicies", () -> {
            String s = scope.getOrElse("All");
            if (!List.of("All", "AWS", "Local").contains(s)) {
                return Either.left(invalid(List.of(constraint(s, "scope",
                        "satisfy enum value set: [All, AWS, Local]"))));
            }
            synchronized (iam()) {
                java.util.Set<String> arns = new java.util.TreeSet<>();
                if (!s.equals("Local")) {
                    // AWS's own: those ecskit carries and those attached in this account (AWS has over a thousand)
                    arns.addAll(AWS_DOCUMENTS.keySet());
                    iam().roles.values().forEach(e -> e.attached.keySet().stream().filter(a -> a.startsWith(AWS_POLICY)).forEach(arns::add));
                }
                if (!s.equals("AWS")) {
                    arns.addAll(iam().policies.keySet());
                }
                String prefix = pathPrefix.getOrElse("/");
                return Either.right(List.ofAll(arns).flatMap(this::managed)
                        .filter(p -> p.path().startsWith(prefix) && (!onlyAttached || p.attachmentCount() > 0))
                        .sortBy(ManagedPolicy::policyName));
            }
        });
    }

    // ---- what ECS asks of IAM (TaskRoles) ---------------------------------------------------------

    /** A managed policy by ARN (the account's own, or any of AWS's), with its counts in this account. */
    private Option<ManagedPolicy> managed(String policyArn) {
        ManagedPolicy own = iam().policies.get(policyArn);
        if (own != null) {
            return Option.of(new ManagedPolicy(own.policyName(), own.policyId(), own.arn(), own.path(), own.defaultVersionId(),
                    attachments(policyArn), boundaries(policyArn), own.description(), own.createDate(), own.updateDate(), own.tags(), own.document()));
        }
        String name = policyArn.substring(policyArn.lastIndexOf('/') + 1);
        if (!policyArn.startsWith(AWS_POLICY) || !NAME.matcher(name).matches()) {
            return Option.none();
        }
        // a policy ecskit knows, named under another path (AmazonECSTaskExecutionRolePolicy without service-role/), is not AWS's
        boolean known = AWS_DOCUMENTS.containsKey(policyArn) || LINKED_ROLES.values().stream().anyMatch(l -> (AWS_POLICY + l.policy()).equals(policyArn));
        boolean misplaced = !known && (AWS_DOCUMENTS.keySet().stream().anyMatch(a -> a.endsWith("/" + name))
                || LINKED_ROLES.values().stream().anyMatch(l -> l.policy().endsWith("/" + name)));
        if (misplaced) {
            return Option.none();
        }
        Option<String> document = Option.of(AWS_DOCUMENTS.get(policyArn));
        return Option.of(new ManagedPolicy(name, Option.none(), policyArn, path(policyArn), document.map(d -> "v1"), attachments(policyArn),
                boundaries(policyArn), Option.none(), Option.none(), Option.none(), List.empty(), document));
    }

    /** A policy ARN's path: what lies between {@code policy} and the name. */
    private static String path(String policyArn) {
        String rest = policyArn.substring(policyArn.indexOf(":policy/") + ":policy".length());
        return rest.substring(0, rest.lastIndexOf('/') + 1);
    }

    private int attachments(String policyArn) {
        return (int) iam().roles.values().stream().filter(e -> e.attached.containsKey(policyArn)).count();
    }

    private int boundaries(String policyArn) {
        return (int) iam().roles.values().stream().filter(e -> e.role.permissionsBoundary().contains(policyArn)).count();
    }

    private Either<EcsError, IamState.RoleEntry> entry(String roleName) {
        return Option.of(iam().entry(roleName)).toEither(() -> EcsError.of(EcsRule.IAM_ROLE_FOUND, roleName));
    }

    private Either<EcsError, IamState.RoleEntry> modifiable(String roleName) {
        return entry(roleName).flatMap(e -> e.role.isServiceLinked()
                ? Either.left(EcsError.of(EcsRule.IAM_SERVICE_ROLE_PROTECTED, e.role.roleName())) : Either.right(e));
    }

    private Option<EcsError> trustPolicy(String document) {
        Option<EcsError> broken = IamPolicies.check(document, IamPolicies.Kind.TRUST);
        if (broken.isDefined()) {
            return broken;
        }
        return IamPolicies.size(document) > TRUST_POLICY_QUOTA ? Option.of(EcsError.of(EcsRule.IAM_TRUST_POLICY_SIZE)) : Option.none();
    }

    private Instant now() {
        return state.now();
    }

    private static String key(String roleName) {
        return roleName.toLowerCase(Locale.ROOT);
    }

    // ---- the model's constraints, in Coral's words (rule memberConstraint) -----------------------

    private static Seq<String> name(String member, String value, int max) {
        List<String> problems = List.empty();
        if (value.length() > max) {
            problems = problems.append(constraint(value, member, "have length less than or equal to " + max));
        }
        if (value.isEmpty()) {
            problems = problems.append(constraint(value, member, "have length greater than or equal to 1"));
        } else if (!NAME.matcher(value).matches()) {
            problems = problems.append(constraint(value, member,
                    "satisfy regular expression pattern: [\\w+=,.@-]+"));
        }
        return problems;
    }

    private static Seq<String> description(Option<String> description) {
        return description.filter(d -> d.length() > 1000).map(d -> (Seq<String>) List.of(constraint(d, "description",
                "have length less than or equal to 1000"))).getOrElse(List.empty());
    }

    private Seq<String> sessionDuration(int seconds) {
        if (seconds < Role.DEFAULT_MAX_SESSION_DURATION) {
            return List.of(constraint(seconds, "maxSessionDuration", "have value greater than or equal to 3600"));
        }
        return seconds > 43200 ? List.of(constraint(seconds, "maxSessionDuration",
                "have value less than or equal to 43200")) : List.empty();
    }

    /** Rule memberConstraint of one value. */
    static String constraint(Object value, String member, String constraint) {
        return EcsRule.MEMBER_CONSTRAINT.message(" '" + value + "'", member, constraint);
    }

    /** Every problem at once, as Coral answers them: "N validation error(s) detected: A; B". */
    static EcsError invalid(Seq<String> problems) {
        return invalid(problems, "ValidationError");
    }

    /** As {@link #invalid(Seq)} with the service's code (IAM's ValidationError, others' ValidationException). */
    static EcsError invalid(Seq<String> problems, String code) {
        return new EcsError.Other(code, problems.size() + " validation error" + (problems.size() == 1 ? "" : "s") + " detected: "
                + problems.mkString("; "), Option.none());
    }
}
