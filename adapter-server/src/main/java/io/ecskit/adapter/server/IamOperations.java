package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.iam.ManagedPolicy;
import io.ecskit.domain.iam.PolicySpec;
import io.ecskit.domain.iam.Role;
import io.ecskit.domain.iam.RoleSpec;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.iam.model.*;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * IAM ({@code Version=2010-05-08}, AWS's query protocol) on {@link io.ecskit.port.out.IamPort}: the server table's IAM
 * rows (issue 25 item 8). Requests are read and answers written generically from the SDK's IAM model ({@link QueryWire},
 * lists as {@code Name.member.N}); policy documents are answered URL-encoded, as IAM answers them. List calls page with
 * IAM's {@code Marker}/{@code MaxItems} (1..1000, 100 by default) and {@code IsTruncated}. Members ecskit does not model
 * are refused by name (rule iamMemberModelled).
 */
final class IamOperations {

    static final String VERSION = "2010-05-08";
    static final String PREFIX = VERSION + ".";
    static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
    /** The members IAM answers URL-encoded. */
    private static final Set<String> DOCUMENTS = Set.of("AssumeRolePolicyDocument", "PolicyDocument", "Document");
    private static final int DEFAULT_PAGE = 100;
    private static final int LARGEST_PAGE = 1000;
    static final QueryWire.Flavour FLAVOUR = new QueryWire.Flavour(false, EcsRule.IAM_PARAMETER_KNOWN, IamOperations::error);

    private IamOperations() {
    }

    static void register(Map<String, Operation> operations) {
        registerRoles(operations);
        registerPolicies(operations);
    }

    private static void registerRoles(Map<String, Operation> operations) {
        operations.put(PREFIX + "CreateRole", (kit, body) -> {
            var r = read(body, CreateRoleRequest::builder);
            required(r.roleName(), "roleName");
            required(r.assumeRolePolicyDocument(), "assumeRolePolicyDocument");
            return answer("CreateRole", kit.api().iam().createRole(new RoleSpec(r.roleName(), r.assumeRolePolicyDocument(), Option.of(r.path()),
                            Option.of(r.description()), Option.of(r.maxSessionDuration()), Option.of(r.permissionsBoundary()), tags(r.tags()))),
                    role -> CreateRoleResponse.builder().role(role(role, Shown.CREATED)).build());
        });
        operations.put(PREFIX + "GetRole", (kit, body) -> {
            var r = read(body, GetRoleRequest::builder);
            required(r.roleName(), "roleName");
            return answer("GetRole", kit.api().iam().role(r.roleName()), role -> GetRoleResponse.builder().role(role(role, Shown.WHOLE)).build());
        });
        operations.put(PREFIX + "ListRoles", (kit, body) -> {
            var r = read(body, ListRolesRequest::builder);
            return page("ListRoles", kit.api().iam().roles(Option.of(r.pathPrefix())), r.maxItems(), r.marker(), Role::roleName,
                    (items, marker) -> ListRolesResponse.builder().roles(items.map(role -> role(role, Shown.LISTED)).asJava())
                            .isTruncated(marker != null).marker(marker).build());
        });
        operations.put(PREFIX + "UpdateRole", (kit, body) -> {
            var r = read(body, UpdateRoleRequest::builder);
            required(r.roleName(), "roleName");
            return answer("UpdateRole", kit.api().iam().updateRole(r.roleName(), Option.of(r.description()), Option.of(r.maxSessionDuration())),
                    done -> UpdateRoleResponse.builder().build());
        });
        operations.put(PREFIX + "UpdateRoleDescription", (kit, body) -> {
            var r = read(body, UpdateRoleDescriptionRequest::builder);
            required(r.roleName(), "roleName");
            required(r.description(), "description");
            return answer("UpdateRoleDescription", kit.api().iam().updateRole(r.roleName(), Option.of(r.description()), Option.none())
                    .flatMap(done -> kit.api().iam().role(r.roleName())), role -> UpdateRoleDescriptionResponse.builder().role(role(role, Shown.CREATED)).build());
        });
        operations.put(PREFIX + "UpdateAssumeRolePolicy", (kit, body) -> {
            var r = read(body, UpdateAssumeRolePolicyRequest::builder);
            required(r.roleName(), "roleName");
            required(r.policyDocument(), "policyDocument");
            return answer("UpdateAssumeRolePolicy", kit.api().iam().updateAssumeRolePolicy(r.roleName(), r.policyDocument()),
                    done -> UpdateAssumeRolePolicyResponse.builder().build());
        });
        operations.put(PREFIX + "DeleteRole", (kit, body) -> {
            var r = read(body, DeleteRoleRequest::builder);
            required(r.roleName(), "roleName");
            return answer("DeleteRole", kit.api().iam().deleteRole(r.roleName()), done -> DeleteRoleResponse.builder().build());
        });
        operations.put(PREFIX + "TagRole", (kit, body) -> {
            var r = read(body, TagRoleRequest::builder);
            required(r.roleName(), "roleName");
            if (!r.hasTags()) {
                throw new Wire.Refused(validation("tags"));
            }
            return answer("TagRole", kit.api().iam().tagRole(r.roleName(), tags(r.tags())), done -> TagRoleResponse.builder().build());
        });
        operations.put(PREFIX + "UntagRole", (kit, body) -> {
            var r = read(body, UntagRoleRequest::builder);
            required(r.roleName(), "roleName");
            if (!r.hasTagKeys()) {
                throw new Wire.Refused(validation("tagKeys"));
            }
            return answer("UntagRole", kit.api().iam().untagRole(r.roleName(), List.ofAll(r.tagKeys())), done -> UntagRoleResponse.builder().build());
        });
        operations.put(PREFIX + "ListRoleTags", (kit, body) -> {
            var r = read(body, ListRoleTagsRequest::builder);
            required(r.roleName(), "roleName");
            return page("ListRoleTags", kit.api().iam().role(r.roleName()).map(role -> (Seq<io.ecskit.domain.Tag>) role.tags()), r.maxItems(),
                    r.marker(), t -> t.key().getOrElse(""), (items, marker) -> ListRoleTagsResponse.builder().tags(items.map(IamOperations::tag).asJava())
                            .isTruncated(marker != null).marker(marker).build());
        });
        operations.put(PREFIX + "ListInstanceProfilesForRole", (kit, body) -> {
            var r = read(body, ListInstanceProfilesForRoleRequest::builder);
            required(r.roleName(), "roleName");
            // ecskit serves no instance profile calls, so no role is ever in one
            return page("ListInstanceProfilesForRole", kit.api().iam().role(r.roleName()).map(role -> (Seq<String>) List.<String>empty()),
                    r.maxItems(), r.marker(), s -> s, (items, marker) -> ListInstanceProfilesForRoleResponse.builder()
                            .instanceProfiles(java.util.List.of()).isTruncated(false).build());
        });
        operations.put(PREFIX + "CreateServiceLinkedRole", (kit, body) -> {
            var r = read(body, CreateServiceLinkedRoleRequest::builder);
            required(r.awsServiceName(), "aWSServiceName");
            return answer("CreateServiceLinkedRole", kit.api().iam().createServiceLinkedRole(r.awsServiceName(), Option.of(r.description()),
                    Option.of(r.customSuffix())), role -> CreateServiceLinkedRoleResponse.builder().role(role(role, Shown.CREATED)).build());
        });
        operations.put(PREFIX + "DeleteServiceLinkedRole", (kit, body) -> {
            var r = read(body, DeleteServiceLinkedRoleRequest::builder);
            required(r.roleName(), "roleName");
            return answer("DeleteServiceLinkedRole", kit.api().iam().deleteServiceLinkedRole(r.roleName()),
                    task -> DeleteServiceLinkedRoleResponse.builder().deletionTaskId(task).build());
        });
        operations.put(PREFIX + "GetServiceLinkedRoleDeletionStatus", (kit, body) -> {
            var r = read(body, GetServiceLinkedRoleDeletionStatusRequest::builder);
            required(r.deletionTaskId(), "deletionTaskId");
            return answer("GetServiceLinkedRoleDeletionStatus", kit.api().iam().serviceLinkedRoleDeletionStatus(r.deletionTaskId()),
                    status -> GetServiceLinkedRoleDeletionStatusResponse.builder().status(status).build());
        });
    }

    private static void registerPolicies(Map<String, Operation> operations) {
        operations.put(PREFIX + "AttachRolePolicy", (kit, body) -> {
            var r = read(body, AttachRolePolicyRequest::builder);
            required(r.roleName(), "roleName");
            required(r.policyArn(), "policyArn");
            return answer("AttachRolePolicy", kit.api().iam().attachRolePolicy(r.roleName(), r.policyArn()), done -> AttachRolePolicyResponse.builder().build());
        });
        operations.put(PREFIX + "DetachRolePolicy", (kit, body) -> {
            var r = read(body, DetachRolePolicyRequest::builder);
            required(r.roleName(), "roleName");
            required(r.policyArn(), "policyArn");
            return answer("DetachRolePolicy", kit.api().iam().detachRolePolicy(r.roleName(), r.policyArn()), done -> DetachRolePolicyResponse.builder().build());
        });
        operations.put(PREFIX + "ListAttachedRolePolicies", (kit, body) -> {
            var r = read(body, ListAttachedRolePoliciesRequest::builder);
            required(r.roleName(), "roleName");
            return page("ListAttachedRolePolicies", kit.api().iam().attachedRolePolicies(r.roleName(), Option.of(r.pathPrefix())), r.maxItems(),
                    r.marker(), io.ecskit.domain.iam.AttachedPolicy::policyArn, (items, marker) -> ListAttachedRolePoliciesResponse.builder()
                            .attachedPolicies(items.map(a -> AttachedPolicy.builder().policyName(a.policyName()).policyArn(a.policyArn()).build()).asJava())
                            .isTruncated(marker != null).marker(marker).build());
        });
        operations.put(PREFIX + "PutRolePolicy", (kit, body) -> {
            var r = read(body, PutRolePolicyRequest::builder);
            required(r.roleName(), "roleName");
            required(r.policyName(), "policyName");
            required(r.policyDocument(), "policyDocument");
            return answer("PutRolePolicy", kit.api().iam().putRolePolicy(r.roleName(), r.policyName(), r.policyDocument()),
                    done -> PutRolePolicyResponse.builder().build());
        });
        operations.put(PREFIX + "GetRolePolicy", (kit, body) -> {
            var r = read(body, GetRolePolicyRequest::builder);
            required(r.roleName(), "roleName");
            required(r.policyName(), "policyName");
            return answer("GetRolePolicy", kit.api().iam().rolePolicy(r.roleName(), r.policyName()), p -> GetRolePolicyResponse.builder()
                    .roleName(p.roleName()).policyName(p.policyName()).policyDocument(p.policyDocument()).build());
        });
        operations.put(PREFIX + "DeleteRolePolicy", (kit, body) -> {
            var r = read(body, DeleteRolePolicyRequest::builder);
            required(r.roleName(), "roleName");
            required(r.policyName(), "policyName");
            return answer("DeleteRolePolicy", kit.api().iam().deleteRolePolicy(r.roleName(), r.policyName()), done -> DeleteRolePolicyResponse.builder().build());
        });
        operations.put(PREFIX + "ListRolePolicies", (kit, body) -> {
            var r = read(body, ListRolePoliciesRequest::builder);
            required(r.roleName(), "roleName");
            return page("ListRolePolicies", kit.api().iam().rolePolicies(r.roleName()), r.maxItems(), r.marker(), s -> s,
                    (items, marker) -> ListRolePoliciesResponse.builder().policyNames(items.asJava()).isTruncated(marker != null).marker(marker).build());
        });
        operations.put(PREFIX + "CreatePolicy", (kit, body) -> {
            var r = read(body, CreatePolicyRequest::builder);
            required(r.policyName(), "policyName");
            required(r.policyDocument(), "policyDocument");
            return answer("CreatePolicy", kit.api().iam().createPolicy(new PolicySpec(r.policyName(), r.policyDocument(), Option.of(r.path()),
                    Option.of(r.description()), tags(r.tags()))), p -> CreatePolicyResponse.builder().policy(policy(p, true)).build());
        });
        operations.put(PREFIX + "GetPolicy", (kit, body) -> {
            var r = read(body, GetPolicyRequest::builder);
            required(r.policyArn(), "policyArn");
            return answer("GetPolicy", kit.api().iam().policy(r.policyArn()), p -> GetPolicyResponse.builder().policy(policy(p, true)).build());
        });
        operations.put(PREFIX + "GetPolicyVersion", (kit, body) -> {
            var r = read(body, GetPolicyVersionRequest::builder);
            required(r.policyArn(), "policyArn");
            required(r.versionId(), "versionId");
            return answer("GetPolicyVersion", kit.api().iam().policy(r.policyArn()).flatMap(p -> {
                if (p.document().isEmpty()) {
                    return io.vavr.control.Either.left(EcsError.of(EcsRule.IAM_POLICY_DOCUMENT_KNOWN, p.arn(), "the documents of "
                            + "AmazonECSTaskExecutionRolePolicy, AmazonSSMReadOnlyAccess and AdministratorAccess"));
                }
                String version = p.defaultVersionId().getOrElse("v1");
                if (!version.equals(r.versionId())) {
                    // IAM names the version in the same words (ecskit keeps one version of a policy)
                    return io.vavr.control.Either.left(EcsError.of(EcsRule.IAM_POLICY_FOUND, p.arn() + " version " + r.versionId()));
                }
                return io.vavr.control.Either.right(p);
            }), p -> GetPolicyVersionResponse.builder().policyVersion(PolicyVersion.builder().document(p.document().get())
                    .versionId(p.defaultVersionId().getOrElse("v1")).isDefaultVersion(true).createDate(p.createDate().getOrNull()).build()).build());
        });
        operations.put(PREFIX + "DeletePolicy", (kit, body) -> {
            var r = read(body, DeletePolicyRequest::builder);
            required(r.policyArn(), "policyArn");
            return answer("DeletePolicy", kit.api().iam().deletePolicy(r.policyArn()), done -> DeletePolicyResponse.builder().build());
        });
        operations.put(PREFIX + "ListPolicies", (kit, body) -> {
            var r = read(body, ListPoliciesRequest::builder);
            modelled(r.policyUsageFilterAsString(), "PolicyUsageFilter");
            return page("ListPolicies", kit.api().iam().policies(Option.of(r.scopeAsString()), Boolean.TRUE.equals(r.onlyAttached()),
                    Option.of(r.pathPrefix())), r.maxItems(), r.marker(), ManagedPolicy::arn, (items, marker) -> ListPoliciesResponse.builder()
                    .policies(items.map(p -> policy(p, false)).asJava()).isTruncated(marker != null).marker(marker).build());
        });
    }

    /** The IAM actions this server serves. */
    static Seq<String> served(Map<String, Operation> operations) {
        return List.ofAll(operations.keySet()).filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).sorted();
    }

    // ---- mapping ----------------------------------------------------------------------------------

    /** How much of a role a call answers. */
    private enum Shown {
        /** GetRole: everything, RoleLastUsed ({} while never used) included. */
        WHOLE,
        /** CreateRole, CreateServiceLinkedRole, UpdateRoleDescription: without RoleLastUsed. */
        CREATED,
        /** ListRoles: without tags, the permissions boundary and RoleLastUsed. */
        LISTED
    }

    /** A role as IAM answers it. */
    private static software.amazon.awssdk.services.iam.model.Role role(Role role, Shown shown) {
        var b = software.amazon.awssdk.services.iam.model.Role.builder().path(role.path()).roleName(role.roleName()).roleId(role.roleId())
                .arn(role.arn()).createDate(role.createDate()).assumeRolePolicyDocument(role.assumeRolePolicyDocument())
                .description(role.description().getOrNull()).maxSessionDuration(role.maxSessionDuration());
        if (shown != Shown.LISTED) {
            b.tags(role.tags().map(IamOperations::tag).asJava())
                    .permissionsBoundary(role.permissionsBoundary().<AttachedPermissionsBoundary>map(p -> AttachedPermissionsBoundary.builder()
                            .permissionsBoundaryType(PermissionsBoundaryAttachmentType.PERMISSIONS_BOUNDARY_POLICY).permissionsBoundaryArn(p).build()).getOrNull());
        }
        if (shown == Shown.WHOLE) {
            b.roleLastUsed(RoleLastUsed.builder().lastUsedDate(role.lastUsedDate().getOrNull()).region(role.lastUsedRegion().getOrNull()).build());
        }
        return b.build();
    }

    /** A managed policy as IAM answers it; ListPolicies leaves out the description and tags. */
    private static Policy policy(ManagedPolicy p, boolean whole) {
        var b = Policy.builder().policyName(p.policyName()).policyId(p.policyId().getOrNull()).arn(p.arn()).path(p.path())
                .defaultVersionId(p.defaultVersionId().getOrNull()).attachmentCount(p.attachmentCount())
                .permissionsBoundaryUsageCount(p.permissionsBoundaryUsageCount()).isAttachable(true)
                .createDate(p.createDate().getOrNull()).updateDate(p.updateDate().getOrNull());
        if (whole) {
            b.description(p.description().getOrNull()).tags(p.tags().map(IamOperations::tag).asJava());
        }
        return b.build();
    }

    private static Tag tag(io.ecskit.domain.Tag t) {
        return Tag.builder().key(t.key().getOrElse("")).value(t.value().getOrElse("")).build();
    }

    private static io.vavr.collection.List<io.ecskit.domain.Tag> tags(java.util.List<Tag> tags) {
        return List.ofAll(tags).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value()));
    }

    // ---- the wire ---------------------------------------------------------------------------------

    private static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R read(String body, Supplier<B> builder) {
        return QueryWire.read(body, builder, FLAVOUR, NAMESPACE);
    }

    private static <T> Answer answer(String action, io.vavr.control.Either<EcsError, T> result, java.util.function.Function<T, SdkPojo> response) {
        return result.fold(IamOperations::error, value -> QueryWire.query(action, NAMESPACE, response.apply(value), DOCUMENTS));
    }

    /**
     * A List call's page: MaxItems 1..1000 (100 when absent), Marker as this server handed it out, IsTruncated and the
     * next Marker while more remain.
     */
    private static <T> Answer page(String action, io.vavr.control.Either<EcsError, Seq<T>> found, Integer maxItems, String marker,
                                   java.util.function.Function<? super T, String> key,
                                   java.util.function.BiFunction<Seq<T>, String, SdkPojo> response) {
        if (maxItems != null && (maxItems < 1 || maxItems > LARGEST_PAGE)) {
            return error(invalid(EcsRule.MEMBER_CONSTRAINT.message(" '" + maxItems + "'", "maxItems", maxItems < 1
                    ? "have value greater than or equal to 1" : "have value less than or equal to 1000")));
        }
        if (found.isLeft()) {
            return error(found.getLeft());
        }
        Option<Pages.Request> request = Pages.resume("iam:" + action, maxItems == null ? DEFAULT_PAGE : maxItems, marker);
        if (request.isEmpty()) {
            return error(EcsError.of(EcsRule.IAM_MARKER_VALID, marker));
        }
        Pages.Page<T> page = request.get().of(found.get(), key);
        return QueryWire.query(action, NAMESPACE, response.apply(page.items(), page.nextToken().getOrNull()), DOCUMENTS);
    }

    /** Coral's one-problem ValidationError. */
    private static EcsError invalid(String problem) {
        return new EcsError.Other("ValidationError", "1 validation error detected: " + problem, Option.none());
    }

    private static Answer validation(String member) {
        return error(invalid(EcsRule.MEMBER_CONSTRAINT.message(" null", member, "not be null")));
    }

    /** A member IAM requires, by its Coral name (lower camel case). */
    private static void required(Object value, String member) {
        if (value == null) {
            throw new Wire.Refused(validation(member));
        }
    }

    /** A member ecskit does not model, refused by name (rule iamMemberModelled). */
    private static void modelled(Object value, String member) {
        if (value != null) {
            throw new Wire.Refused(error(EcsError.of(EcsRule.IAM_MEMBER_MODELLED, member)));
        }
    }

    /** IAM's error, with the status IAM answers each code with. */
    static Answer error(EcsError error) {
        int status = switch (error.code()) {
            case "NoSuchEntity" -> 404;
            case "EntityAlreadyExists", "DeleteConflict", "LimitExceeded" -> 409;
            default -> error instanceof EcsError.Unavailable ? 500 : error instanceof EcsError.Throttled ? 400 : 400;
        };
        String code = error instanceof EcsError.Throttled ? "Throttling" : error.code();
        return QueryOperations.error(status, code, error.message(), NAMESPACE);
    }
}
