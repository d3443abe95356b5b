package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * IAM with the kit's credentials and endpoint; List calls follow every page (the SDK's paginators). IAM answers policy
 * documents URL-encoded; they are decoded here, so the domain holds the JSON as written.
 */
final class AwsIam implements IamPort {

    private final AwsClients aws;

    @Inject
    AwsIam(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Role> createRole(RoleSpec spec) {
        return aws.call(() -> aws.iam.createRole(r -> r.roleName(spec.roleName()).assumeRolePolicyDocument(spec.assumeRolePolicyDocument())
                .path(spec.path().getOrNull()).description(spec.description().getOrNull()).maxSessionDuration(spec.maxSessionDuration().getOrNull())
                .permissionsBoundary(spec.permissionsBoundary().getOrNull()).tags(tags(spec.tags()))), r -> role(r.role()));
    }

    @Override
    public Either<EcsError, Role> role(String roleName) {
        return aws.call(() -> aws.iam.getRole(r -> r.roleName(roleName)), r -> role(r.role()));
    }

    @Override
    public Either<EcsError, Seq<Role>> roles(Option<String> pathPrefix) {
        return aws.call(() -> List.ofAll(aws.iam.listRolesPaginator(r -> r.pathPrefix(pathPrefix.getOrNull())).roles()).map(AwsIam::role));
    }

    @Override
    public Either<EcsError, Done> updateRole(String roleName, Option<String> description, Option<Integer> maxSessionDuration) {
        return aws.call(() -> aws.iam.updateRole(r -> r.roleName(roleName).description(description.getOrNull())
                .maxSessionDuration(maxSessionDuration.getOrNull())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> updateAssumeRolePolicy(String roleName, String policyDocument) {
        return aws.call(() -> aws.iam.updateAssumeRolePolicy(r -> r.roleName(roleName).policyDocument(policyDocument)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> deleteRole(String roleName) {
        return aws.call(() -> aws.iam.deleteRole(r -> r.roleName(roleName)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> tagRole(String roleName, Seq<Tag> tags) {
        return aws.call(() -> aws.iam.tagRole(r -> r.roleName(roleName).tags(tags(tags))), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> untagRole(String roleName, Seq<String> tagKeys) {
        return aws.call(() -> aws.iam.untagRole(r -> r.roleName(roleName).tagKeys(tagKeys.asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Role> createServiceLinkedRole(String awsServiceName, Option<String> description, Option<String> customSuffix) {
        return aws.call(() -> aws.iam.createServiceLinkedRole(r -> r.awsServiceName(awsServiceName).description(description.getOrNull())
                .customSuffix(customSuffix.getOrNull())), r -> role(r.role()));
    }

    @Override
    public Either<EcsError, String> deleteServiceLinkedRole(String roleName) {
        return aws.call(() -> aws.iam.deleteServiceLinkedRole(r -> r.roleName(roleName)), r -> r.deletionTaskId());
    }

    @Override
    public Either<EcsError, String> serviceLinkedRoleDeletionStatus(String deletionTaskId) {
        return aws.call(() -> aws.iam.getServiceLinkedRoleDeletionStatus(r -> r.deletionTaskId(deletionTaskId)), r -> r.statusAsString());
    }

    @Override
    public Either<EcsError, Done> attachRolePolicy(String roleName, String policyArn) {
        return aws.call(() -> aws.iam.attachRolePolicy(r -> r.roleName(roleName).policyArn(policyArn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> detachRolePolicy(String roleName, String policyArn) {
        return aws.call(() -> aws.iam.detachRolePolicy(r -> r.roleName(roleName).policyArn(policyArn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<AttachedPolicy>> attachedRolePolicies(String roleName, Option<String> pathPrefix) {
        return aws.call(() -> List.ofAll(aws.iam.listAttachedRolePoliciesPaginator(r -> r.roleName(roleName).pathPrefix(pathPrefix.getOrNull()))
                .attachedPolicies()).map(p -> new AttachedPolicy(p.policyName(), p.policyArn())));
    }

    @Override
    public Either<EcsError, Done> putRolePolicy(String roleName, String policyName, String policyDocument) {
        return aws.call(() -> aws.iam.putRolePolicy(r -> r.roleName(roleName).policyName(policyName).policyDocument(policyDocument)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, RolePolicy> rolePolicy(String roleName, String policyName) {
        return aws.call(() -> aws.iam.getRolePolicy(r -> r.roleName(roleName).policyName(policyName)),
                r -> new RolePolicy(r.roleName(), r.policyName(), decoded(r.policyDocument())));
    }

    @Override
    public Either<EcsError, Done> deleteRolePolicy(String roleName, String policyName) {
        return aws.call(() -> aws.iam.deleteRolePolicy(r -> r.roleName(roleName).policyName(policyName)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<String>> rolePolicies(String roleName) {
        return aws.call(() -> List.ofAll(aws.iam.listRolePoliciesPaginator(r -> r.roleName(roleName)).policyNames()));
    }

    @Override
    public Either<EcsError, ManagedPolicy> createPolicy(PolicySpec spec) {
        // built from CreatePolicy's answer: IAM is eventually consistent, a GetPolicy right after may not see it yet
        return aws.call(() -> aws.iam.createPolicy(r -> r.policyName(spec.policyName()).policyDocument(spec.policyDocument())
                .path(spec.path().getOrNull()).description(spec.description().getOrNull()).tags(tags(spec.tags()))),
                r -> policy(r.policy(), Option.of(spec.policyDocument())));
    }

    @Override
    public Either<EcsError, ManagedPolicy> policy(String policyArn) {
        return aws.call(() -> aws.iam.getPolicy(r -> r.policyArn(policyArn)), r -> r.policy()).flatMap(p -> {
            // the default version's document, when IAM lets this caller read it
            Either<EcsError, String> document = aws.call(() -> aws.iam.getPolicyVersion(r -> r.policyArn(policyArn).versionId(p.defaultVersionId())),
                    v -> decoded(v.policyVersion().document()));
            return Either.right(policy(p, document.toOption()));
        });
    }

    @Override
    public Either<EcsError, Done> deletePolicy(String policyArn) {
        return aws.call(() -> aws.iam.deletePolicy(r -> r.policyArn(policyArn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<ManagedPolicy>> policies(Option<String> scope, boolean onlyAttached, Option<String> pathPrefix) {
        return aws.call(() -> List.ofAll(aws.iam.listPoliciesPaginator(r -> r.scope(scope.getOrNull()).onlyAttached(onlyAttached)
                .pathPrefix(pathPrefix.getOrNull())).policies()).map(p -> policy(p, Option.none())));
    }

    private static ManagedPolicy policy(software.amazon.awssdk.services.iam.model.Policy p, Option<String> document) {
        return new ManagedPolicy(p.policyName(), Option.of(p.policyId()), p.arn(), p.path(), Option.of(p.defaultVersionId()),
                p.attachmentCount() == null ? 0 : p.attachmentCount(), p.permissionsBoundaryUsageCount() == null ? 0 : p.permissionsBoundaryUsageCount(),
                Option.of(p.description()), Option.of(p.createDate()), Option.of(p.updateDate()),
                List.ofAll(p.tags()).map(t -> Tag.of(t.key(), t.value())), document);
    }

    private static Role role(software.amazon.awssdk.services.iam.model.Role r) {
        return new Role(r.path(), r.roleName(), r.roleId(), r.arn(), r.createDate(), decoded(r.assumeRolePolicyDocument()),
                Option.of(r.description()), r.maxSessionDuration() == null ? Role.DEFAULT_MAX_SESSION_DURATION : r.maxSessionDuration(),
                Option.of(r.permissionsBoundary()).map(b -> b.permissionsBoundaryArn()), List.ofAll(r.tags()).map(t -> Tag.of(t.key(), t.value())),
                Option.of(r.roleLastUsed()).flatMap(u -> Option.of(u.lastUsedDate())), Option.of(r.roleLastUsed()).flatMap(u -> Option.of(u.region())));
    }

    private static java.util.List<software.amazon.awssdk.services.iam.model.Tag> tags(Seq<Tag> tags) {
        return tags.map(t -> software.amazon.awssdk.services.iam.model.Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build())
                .asJava();
    }

    /** IAM answers documents URL-encoded (RFC 3986, so a literal '+' arrives as %2B). */
    private static String decoded(String document) {
        return document == null ? "" : URLDecoder.decode(document, StandardCharsets.UTF_8);
    }
}
