package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.EcsKit;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.*;

import java.util.Map;
import java.util.Set;

/**
 * ECS's operations (target prefix {@code AmazonEC2ContainerServiceV20141113}) on the ports: each
 * request is read into the SDK's request object, mapped to the domain through {@link SdkMapping}
 * (the AWS adapter's mapping, run the other way), and the port's answer mapped back.
 */
final class EcsOperations {

    static final String PREFIX = "AmazonEC2ContainerServiceV20141113.";

    private EcsOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "CreateCluster", (kit, body) -> {
            CreateClusterRequest r = Wire.read(body, CreateClusterRequest::builder, "CreateCluster", Set.of());
            ClusterSpec spec = Wire.domain(SdkMapping.toDomain(r, ClusterSpec.class));
            return answer(kit.api().clusters().create(spec).map(c -> CreateClusterResponse.builder()
                    .cluster(SdkMapping.toSdk(c, Cluster.class)).build()));
        });
        operations.put(PREFIX + "DescribeClusters", (kit, body) -> {
            DescribeClustersRequest r = Wire.read(body, DescribeClustersRequest::builder, "DescribeClusters", Set.of());
            Seq<String> names = r.hasClusters() && !r.clusters().isEmpty() ? List.ofAll(r.clusters()) : List.of("default");
            limit(names.size() > 100, io.ecskit.domain.EcsRule.DESCRIBE_CLUSTERS_AT_MOST_HUNDRED);
            java.util.List<Cluster> found = new java.util.ArrayList<>();
            java.util.List<Failure> failures = new java.util.ArrayList<>();
            for (String name : names) {
                ClusterName cluster = Wire.one(ClusterName.parse(name));
                var described = kit.api().clusters().describe(cluster);
                if (described.isLeft()) {
                    return Answer.error(described.getLeft());
                }
                // tags only when asked for (include TAGS), as ECS answers
                described.get().map(c -> r.includeAsStrings().contains("TAGS") ? c : c.toBuilder().tags(List.empty()).build())
                        .map(c -> SdkMapping.toSdk(c, Cluster.class)).toJavaOptional().ifPresentOrElse(found::add,
                        () -> failures.add(Failure.builder().arn(arn(kit, "cluster/" + cluster.value())).reason("MISSING").build()));
            }
            return Answer.ok(DescribeClustersResponse.builder().clusters(found).failures(failures).build());
        });
        operations.put(PREFIX + "ListClusters", (kit, body) -> {
            ListClustersRequest r = Wire.read(body, ListClustersRequest::builder, "ListClusters", Set.of());
            Pages.Request page = Pages.request("ListClusters", r.maxResults(), r.nextToken(), 100, 100);
            return answer(kit.api().clusters().list().map(arns -> page.of(arns).map(Object::toString)).map(p -> ListClustersResponse.builder()
                    .clusterArns(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DeleteCluster", (kit, body) -> {
            DeleteClusterRequest r = Wire.read(body, DeleteClusterRequest::builder, "DeleteCluster", Set.of());
            return answer(kit.api().clusters().delete(cluster(r.cluster())).map(c -> DeleteClusterResponse.builder()
                    .cluster(SdkMapping.toSdk(c, Cluster.class)).build()));
        });

        operations.put(PREFIX + "RegisterTaskDefinition", Operation.prepared(body -> {
            RegisterTaskDefinitionRequest r = Wire.read(body, RegisterTaskDefinitionRequest::builder, "RegisterTaskDefinition", Set.of());
            TaskDefinition td = Wire.domain(SdkMapping.toDomain(r, TaskDefinition.class));
            // ECS's rules read the definition alone: checked here, outside the lock; the backend's own check of this
            // very object under it finds the verdict (TaskDefinitionRules), and answers it after a throttle as before
            io.ecskit.domain.taskdef.TaskDefinitionRules.validate(td);
            return kit -> kit.api().taskDefinitions().register(td).fold(Answer::error, registered -> Answer.direct(
                    RegisterTaskDefinitionResponse.class, "taskDefinition", withoutTags(registered), "tags", registered.definition().tags()));
        }));
        operations.put(PREFIX + "DescribeTaskDefinition", (kit, body) -> {
            DescribeTaskDefinitionRequest r = Wire.read(body, DescribeTaskDefinitionRequest::builder, "DescribeTaskDefinition", Set.of());
            TaskDefinitionRef ref = Wire.one(TaskDefinitionRef.parse(required(r.taskDefinition(), "taskDefinition")));
            var described = kit.api().taskDefinitions().describe(ref);
            if (described.isLeft()) {
                return Answer.error(described.getLeft());
            }
            if (described.get().isEmpty()) {
                return Answer.error(400, "ClientException", "Unable to describe task definition.");
            }
            RegisteredTaskDefinition registered = described.get().get();
            boolean withTags = r.hasInclude() && r.includeAsStrings().contains("TAGS");
            return Answer.direct(DescribeTaskDefinitionResponse.class, "taskDefinition", withoutTags(registered),
                    "tags", withTags ? registered.definition().tags() : List.empty());
        });
        operations.put(PREFIX + "ListTaskDefinitionFamilies", (kit, body) -> {
            ListTaskDefinitionFamiliesRequest r = Wire.read(body, ListTaskDefinitionFamiliesRequest::builder,
                    "ListTaskDefinitionFamilies", Set.of());
            Pages.Request page = Pages.request("ListTaskDefinitionFamilies", r.maxResults(), r.nextToken(), 100, 100);
            Seq<TaskDefinitionStatus> statuses = "ALL".equals(r.statusAsString())
                    ? List.of(TaskDefinitionStatus.ACTIVE, TaskDefinitionStatus.INACTIVE)
                    : List.of(r.statusAsString() == null ? TaskDefinitionStatus.ACTIVE : TaskDefinitionStatus.valueOf(r.statusAsString()));
            java.util.TreeSet<String> families = new java.util.TreeSet<>();
            for (TaskDefinitionStatus status : statuses) {
                var listed = kit.api().taskDefinitions().listFamilies(Option.of(r.familyPrefix()), status);
                if (listed.isLeft()) {
                    return Answer.error(listed.getLeft());
                }
                families.addAll(listed.get().asJava());
            }
            Pages.Page<String> p = page.of(List.ofAll(families));
            return Answer.ok(ListTaskDefinitionFamiliesResponse.builder().families(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build());
        });
        operations.put(PREFIX + "ListTaskDefinitions", (kit, body) -> {
            ListTaskDefinitionsRequest r = Wire.read(body, ListTaskDefinitionsRequest::builder, "ListTaskDefinitions", Set.of());
            Pages.Request page = Pages.request("ListTaskDefinitions", r.maxResults(), r.nextToken(), 100, 100);
            TaskDefinitionStatus status = r.statusAsString() == null ? TaskDefinitionStatus.ACTIVE
                    : TaskDefinitionStatus.valueOf(r.statusAsString());
            return answer(kit.api().taskDefinitions().list(Option.of(r.familyPrefix()), status).map(arns -> {
                Seq<String> wire = arns.map(Object::toString);
                Pages.Page<String> p = page.of("DESC".equals(r.sortAsString()) ? wire.reverse() : wire);
                return ListTaskDefinitionsResponse.builder().taskDefinitionArns(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build();
            }));
        });
        operations.put(PREFIX + "DeregisterTaskDefinition", (kit, body) -> {
            DeregisterTaskDefinitionRequest r = Wire.read(body, DeregisterTaskDefinitionRequest::builder, "DeregisterTaskDefinition", Set.of());
            TaskDefinitionRef ref = Wire.one(TaskDefinitionRef.parse(required(r.taskDefinition(), "taskDefinition")));
            return answer(kit.api().taskDefinitions().deregister(ref).map(td -> DeregisterTaskDefinitionResponse.builder()
                    .taskDefinition(taskDefinition(td)).build()));
        });
        operations.put(PREFIX + "DeleteTaskDefinitions", (kit, body) -> {
            DeleteTaskDefinitionsRequest r = Wire.read(body, DeleteTaskDefinitionsRequest::builder, "DeleteTaskDefinitions", Set.of());
            Seq<TaskDefinitionRef> refs = List.ofAll(r.taskDefinitions()).map(t -> Wire.one(TaskDefinitionRef.parse(t)));
            return answer(kit.api().taskDefinitions().delete(refs).map(deleted -> DeleteTaskDefinitionsResponse.builder()
                    .taskDefinitions(deleted.map(EcsOperations::taskDefinition).asJava()).build()));
        });
        operations.put(PREFIX + "TagResource", (kit, body) -> {
            TagResourceRequest r = Wire.read(body, TagResourceRequest::builder, "TagResource", Set.of());
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags()).map(t -> SdkMapping.fromAws(t, io.ecskit.domain.Tag.class));
            return answer(kit.api().tags().tag(required(r.resourceArn(), "resourceArn"), tags).map(ok -> TagResourceResponse.builder().build()));
        });
        operations.put(PREFIX + "UntagResource", (kit, body) -> {
            UntagResourceRequest r = Wire.read(body, UntagResourceRequest::builder, "UntagResource", Set.of());
            return answer(kit.api().tags().untag(required(r.resourceArn(), "resourceArn"), List.ofAll(r.tagKeys()))
                    .map(ok -> UntagResourceResponse.builder().build()));
        });
        operations.put(PREFIX + "ListTagsForResource", (kit, body) -> {
            ListTagsForResourceRequest r = Wire.read(body, ListTagsForResourceRequest::builder, "ListTagsForResource", Set.of());
            return answer(kit.api().tags().list(required(r.resourceArn(), "resourceArn")).map(tags -> ListTagsForResourceResponse.builder()
                    .tags(tags.map(t -> SdkMapping.toSdk(t, Tag.class)).asJava()).build()));
        });

        operations.put(PREFIX + "CreateService", (kit, body) -> {
            CreateServiceRequest r = Wire.read(body, CreateServiceRequest::builder, "CreateService", Set.of());
            ServiceSpec spec = Wire.domain(SdkMapping.toDomain(r, ServiceSpec.class));
            return kit.api().services().create(spec).fold(Answer::error, s -> Answer.direct(CreateServiceResponse.class, "service", s));
        });
        operations.put(PREFIX + "UpdateService", (kit, body) -> {
            UpdateServiceRequest r = Wire.read(body, UpdateServiceRequest::builder, "UpdateService", Set.of());
            ServiceUpdate update = Wire.domain(SdkMapping.toDomain(r, ServiceUpdate.class));
            return kit.api().services().update(update).fold(Answer::error, s -> Answer.direct(UpdateServiceResponse.class, "service", s));
        });
        operations.put(PREFIX + "DeleteService", (kit, body) -> {
            DeleteServiceRequest r = Wire.read(body, DeleteServiceRequest::builder, "DeleteService", Set.of());
            ServiceName name = Wire.one(ServiceName.parse(required(r.service(), "service")));
            return answer(kit.api().services().delete(cluster(r.cluster()), name, Boolean.TRUE.equals(r.force()))
                    .map(s -> DeleteServiceResponse.builder().service(SdkMapping.toSdk(s, Service.class)).build()));
        });
        operations.put(PREFIX + "DescribeServices", (kit, body) -> {
            DescribeServicesRequest r = Wire.read(body, DescribeServicesRequest::builder, "DescribeServices", Set.of());
            limit(r.services().isEmpty(), io.ecskit.domain.EcsRule.DESCRIBE_SERVICES_NOT_EMPTY);
            limit(r.services().size() > 10, io.ecskit.domain.EcsRule.DESCRIBE_SERVICES_AT_MOST_TEN);
            Seq<ServiceName> names = List.ofAll(r.services()).map(s -> Wire.one(ServiceName.parse(s)));
            boolean tags = r.includeAsStrings().contains("TAGS");
            return kit.api().services().describe(cluster(r.cluster()), names).fold(Answer::error, d -> Answer.direct(DescribeServicesResponse.class,
                    "services", d.found().map(s -> tags || s.tags().isEmpty() ? s : s.toBuilder().tags(List.empty()).build()), "failures", d.failures()));
        });
        operations.put(PREFIX + "ListServices", (kit, body) -> {
            ListServicesRequest r = Wire.read(body, ListServicesRequest::builder, "ListServices", Set.of("cluster", "maxResults", "nextToken"));
            Pages.Request page = Pages.request("ListServices", r.maxResults(), r.nextToken(), 10, 100);
            return answer(kit.api().services().list(cluster(r.cluster())).map(arns -> page.of(arns).map(Object::toString))
                    .map(p -> ListServicesResponse.builder().serviceArns(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });

        operations.put(PREFIX + "ListServicesByNamespace", (kit, body) -> {
            ListServicesByNamespaceRequest r = Wire.read(body, ListServicesByNamespaceRequest::builder, "ListServicesByNamespace", Set.of());
            Pages.Request page = Pages.request("ListServicesByNamespace", r.maxResults(), r.nextToken(), 10, 100);
            return answer(kit.api().services().listByNamespace(required(r.namespace(), "namespace")).map(arns -> page.of(arns).map(Object::toString))
                    .map(p -> ListServicesByNamespaceResponse.builder().serviceArns(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DiscoverPollEndpoint", (kit, body) -> {
            DiscoverPollEndpointRequest r = Wire.read(body, DiscoverPollEndpointRequest::builder, "DiscoverPollEndpoint", Set.of());
            return answer(kit.api().containerInstances().discoverPollEndpoint(Option.of(r.containerInstance()),
                    Option.of(r.cluster()).map(EcsOperations::cluster)).map(e -> DiscoverPollEndpointResponse.builder()
                    .endpoint(e.get("endpoint").getOrNull()).telemetryEndpoint(e.get("telemetryEndpoint").getOrNull())
                    .serviceConnectEndpoint(e.get("serviceConnectEndpoint").getOrNull()).build()));
        });

        operations.put(PREFIX + "ListServiceDeployments", (kit, body) -> {
            ListServiceDeploymentsRequest r = Wire.read(body, ListServiceDeploymentsRequest::builder, "ListServiceDeployments",
                    Set.of("cluster", "service", "status", "maxResults", "nextToken"));
            Pages.Request page = Pages.request("ListServiceDeployments", r.maxResults(), r.nextToken(), 20, 100);
            ServiceName name = Wire.one(ServiceName.parse(required(r.service(), "service")));
            Seq<io.ecskit.domain.service.ServiceDeploymentStatus> statuses = List.ofAll(r.statusAsStrings())
                    .map(io.ecskit.domain.service.ServiceDeploymentStatus::valueOf);
            return answer(kit.api().serviceDeployments().list(cluster(r.cluster()), name, statuses).map(page::of).map(p -> ListServiceDeploymentsResponse
                    .builder().serviceDeployments(p.items().map(b -> SdkMapping.toSdk(b, ServiceDeploymentBrief.class)).asJava())
                    .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DescribeServiceDeployments", (kit, body) -> {
            DescribeServiceDeploymentsRequest r = Wire.read(body, DescribeServiceDeploymentsRequest::builder, "DescribeServiceDeployments", Set.of());
            return answer(kit.api().serviceDeployments().describe(List.ofAll(r.serviceDeploymentArns())).map(d -> DescribeServiceDeploymentsResponse
                    .builder().serviceDeployments(d.found().map(x -> SdkMapping.toSdk(x, ServiceDeployment.class)).asJava())
                    .failures(failures(d)).build()));
        });
        operations.put(PREFIX + "StopServiceDeployment", (kit, body) -> {
            StopServiceDeploymentRequest r = Wire.read(body, StopServiceDeploymentRequest::builder, "StopServiceDeployment", Set.of());
            var type = r.stopTypeAsString() == null ? io.ecskit.domain.service.StopServiceDeploymentStopType.ROLLBACK
                    : io.ecskit.domain.service.StopServiceDeploymentStopType.valueOf(r.stopTypeAsString());
            return answer(kit.api().serviceDeployments().stop(required(r.serviceDeploymentArn(), "serviceDeploymentArn"), type)
                    .map(arn -> StopServiceDeploymentResponse.builder().serviceDeploymentArn(arn).build()));
        });

        operations.put(PREFIX + "ContinueServiceDeployment", (kit, body) -> {
            ContinueServiceDeploymentRequest r = Wire.read(body, ContinueServiceDeploymentRequest::builder, "ContinueServiceDeployment", Set.of());
            var action = r.actionAsString() == null ? io.ecskit.domain.service.DeploymentLifecycleHookAction.CONTINUE
                    : io.ecskit.domain.service.DeploymentLifecycleHookAction.valueOf(r.actionAsString());
            return answer(kit.api().serviceDeployments().continueDeployment(required(r.serviceDeploymentArn(), "serviceDeploymentArn"),
                    required(r.hookId(), "hookId"), action).map(arn -> ContinueServiceDeploymentResponse.builder().serviceDeploymentArn(arn).build()));
        });

        operations.put(PREFIX + "DescribeServiceRevisions", (kit, body) -> {
            DescribeServiceRevisionsRequest r = Wire.read(body, DescribeServiceRevisionsRequest::builder, "DescribeServiceRevisions", Set.of());
            return answer(kit.api().serviceDeployments().describeRevisions(List.ofAll(r.serviceRevisionArns())).map(d -> DescribeServiceRevisionsResponse
                    .builder().serviceRevisions(d.found().map(x -> SdkMapping.toSdk(x, ServiceRevision.class)).asJava())
                    .failures(failures(d)).build()));
        });

        operations.put(PREFIX + "ListTasks", (kit, body) -> {
            ListTasksRequest r = Wire.read(body, ListTasksRequest::builder, "ListTasks", Set.of());
            Pages.Request page = Pages.request("ListTasks", r.maxResults(), r.nextToken(), 100, 100);
            TaskStatus desired = r.desiredStatusAsString() == null ? TaskStatus.RUNNING : TaskStatus.valueOf(r.desiredStatusAsString());
            Option<ServiceName> service = Option.of(r.serviceName()).map(s -> Wire.one(ServiceName.parse(s)));
            io.ecskit.domain.task.TaskFilter filter = new io.ecskit.domain.task.TaskFilter(service, desired, Option.of(r.family()),
                    Option.of(r.startedBy()), Option.of(r.launchTypeAsString()).flatMap(l -> io.ecskit.domain.WireValue.parse(io.ecskit.domain.LaunchType.class, l)),
                    Option.of(r.containerInstance()));
            return answer(kit.api().tasks().list(cluster(r.cluster()), filter).map(arns -> page.of(arns).map(Object::toString))
                    .map(p -> ListTasksResponse.builder().taskArns(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DescribeTasks", (kit, body) -> {
            DescribeTasksRequest r = Wire.read(body, DescribeTasksRequest::builder, "DescribeTasks", Set.of());
            limit(r.tasks().isEmpty(), io.ecskit.domain.EcsRule.DESCRIBE_TASKS_NOT_EMPTY);
            limit(r.tasks().size() > 100, io.ecskit.domain.EcsRule.DESCRIBE_TASKS_AT_MOST_HUNDRED);
            ClusterName cluster = cluster(r.cluster());
            Seq<TaskArn> tasks = List.ofAll(r.tasks()).map(t -> task(kit, cluster, t));
            boolean tags = r.includeAsStrings().contains("TAGS");
            return kit.api().tasks().describe(cluster, tasks).fold(Answer::error, d -> Answer.direct(DescribeTasksResponse.class,
                    "tasks", d.found().map(t -> tags || t.tags().isEmpty() ? t : t.toBuilder().tags(List.empty()).build()), "failures", d.failures()));
        });
        operations.put(PREFIX + "RunTask", (kit, body) -> {
            RunTaskRequest r = Wire.read(body, RunTaskRequest::builder, "RunTask", Set.of());
            RunTaskSpec spec = Wire.domain(SdkMapping.toDomain(r, RunTaskSpec.class));
            return kit.api().tasks().run(spec).fold(Answer::error, d -> Answer.direct(RunTaskResponse.class,
                    "tasks", d.found(), "failures", d.failures()));
        });
        operations.put(PREFIX + "StartTask", (kit, body) -> {
            StartTaskRequest r = Wire.read(body, StartTaskRequest::builder, "StartTask", Set.of("cluster", "containerInstances",
                    "taskDefinition", "overrides", "startedBy", "group", "networkConfiguration", "tags", "enableECSManagedTags",
                    "propagateTags", "referenceId", "enableExecuteCommand"));
            RunTaskRequest asRun = RunTaskRequest.builder().cluster(r.cluster()).taskDefinition(required(r.taskDefinition(), "taskDefinition"))
                    .overrides(r.overrides()).startedBy(r.startedBy()).group(r.group()).networkConfiguration(r.networkConfiguration())
                    .tags(r.tags()).enableECSManagedTags(r.enableECSManagedTags()).propagateTags(r.propagateTagsAsString())
                    .referenceId(r.referenceId()).enableExecuteCommand(r.enableExecuteCommand()).build();
            RunTaskSpec spec = Wire.domain(SdkMapping.toDomain(asRun, RunTaskSpec.class));
            return answer(kit.api().tasks().start(spec, List.ofAll(r.containerInstances())).map(d -> StartTaskResponse.builder()
                    .tasks(d.found().map(t -> SdkMapping.toSdk(t, Task.class)).asJava()).failures(failures(d)).build()));
        });
        operations.put(PREFIX + "SubmitTaskStateChange", (kit, body) -> {
            SubmitTaskStateChangeRequest r = Wire.read(body, SubmitTaskStateChangeRequest::builder, "SubmitTaskStateChange",
                    Set.of("cluster", "task", "status", "reason"));
            ClusterName cluster = cluster(r.cluster());
            return answer(kit.api().tasks().submitTaskStateChange(cluster, task(kit, cluster, required(r.task(), "task")),
                    taskStatus(required(r.status(), "status")), Option.of(r.reason()))
                    .map(ack -> SubmitTaskStateChangeResponse.builder().acknowledgment(ack).build()));
        });
        operations.put(PREFIX + "SubmitContainerStateChange", (kit, body) -> {
            SubmitContainerStateChangeRequest r = Wire.read(body, SubmitContainerStateChangeRequest::builder, "SubmitContainerStateChange",
                    Set.of("cluster", "task", "containerName", "status", "exitCode", "reason"));
            ClusterName cluster = cluster(r.cluster());
            return answer(kit.api().tasks().submitContainerStateChange(cluster, task(kit, cluster, required(r.task(), "task")),
                    required(r.containerName(), "containerName"), taskStatus(required(r.status(), "status")), Option.of(r.exitCode()),
                    Option.of(r.reason())).map(ack -> SubmitContainerStateChangeResponse.builder().acknowledgment(ack).build()));
        });
        operations.put(PREFIX + "StopTask", (kit, body) -> {
            StopTaskRequest r = Wire.read(body, StopTaskRequest::builder, "StopTask", Set.of());
            ClusterName cluster = cluster(r.cluster());
            return answer(kit.api().tasks().stop(cluster, task(kit, cluster, required(r.task(), "task")),
                    r.reason() == null ? "" : r.reason()).map(t -> StopTaskResponse.builder().task(SdkMapping.toSdk(t, Task.class)).build()));
        });

        operations.put(PREFIX + "ExecuteCommand", (kit, body) -> {
            ExecuteCommandRequest r = Wire.read(body, ExecuteCommandRequest::builder, "ExecuteCommand", Set.of());
            ClusterName cluster = cluster(r.cluster());
            TaskArn task = task(kit, cluster, required(r.task(), "task"));
            if (r.interactive() == null) {
                throw Wire.missing("interactive");
            }
            return answer(kit.api().tasks().executeCommand(cluster, task, Option.of(r.container()), required(r.command(), "command"),
                    r.interactive()).map(x -> ExecuteCommandResponse.builder().clusterArn(x.clusterArn()).containerArn(x.containerArn())
                    .containerName(x.containerName()).interactive(x.interactive()).taskArn(x.taskArn())
                    .session(Session.builder().sessionId(x.sessionId()).streamUrl(x.streamUrl()).tokenValue(x.tokenValue()).build())
                    .build()));
        });

        operations.put(PREFIX + "UpdateTaskProtection", (kit, body) -> {
            UpdateTaskProtectionRequest r = Wire.read(body, UpdateTaskProtectionRequest::builder, "UpdateTaskProtection", Set.of());
            ClusterName cluster = cluster(r.cluster());
            if (r.protectionEnabled() == null) {
                throw Wire.missing("protectionEnabled");
            }
            return answer(kit.api().tasks().updateProtection(cluster, List.ofAll(r.tasks()).map(t -> task(kit, cluster, t)),
                    r.protectionEnabled(), Option.of(r.expiresInMinutes())).map(d -> UpdateTaskProtectionResponse.builder()
                    .protectedTasks(protectedTasks(d)).failures(failures(d)).build()));
        });
        operations.put(PREFIX + "GetTaskProtection", (kit, body) -> {
            GetTaskProtectionRequest r = Wire.read(body, GetTaskProtectionRequest::builder, "GetTaskProtection", Set.of());
            ClusterName cluster = cluster(r.cluster());
            return answer(kit.api().tasks().getProtection(cluster, List.ofAll(r.tasks()).map(t -> task(kit, cluster, t)))
                    .map(d -> GetTaskProtectionResponse.builder().protectedTasks(protectedTasks(d)).failures(failures(d)).build()));
        });

        operations.put(PREFIX + "ListContainerInstances", (kit, body) -> {
            ListContainerInstancesRequest r = Wire.read(body, ListContainerInstancesRequest::builder, "ListContainerInstances",
                    Set.of("cluster", "maxResults", "nextToken"));
            Pages.Request page = Pages.request("ListContainerInstances", r.maxResults(), r.nextToken(), 100, 100);
            return answer(kit.api().containerInstances().list(cluster(r.cluster())).map(arns -> page.of(arns).map(Object::toString))
                    .map(p -> ListContainerInstancesResponse.builder().containerInstanceArns(p.items().asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DeregisterContainerInstance", (kit, body) -> {
            DeregisterContainerInstanceRequest r = Wire.read(body, DeregisterContainerInstanceRequest::builder,
                    "DeregisterContainerInstance", Set.of());
            ClusterName cluster = cluster(r.cluster());
            String instance = required(r.containerInstance(), "containerInstance");
            ContainerInstanceArn arn = instance.startsWith("arn:") ? Wire.one(ContainerInstanceArn.parse(instance))
                    : new ContainerInstanceArn(new Region(kit.region()), new AccountId(kit.accountId()), cluster, instance);
            return answer(kit.api().containerInstances().deregister(cluster, arn, Boolean.TRUE.equals(r.force()))
                    .map(ok -> DeregisterContainerInstanceResponse.builder().containerInstance(ContainerInstance.builder()
                            .containerInstanceArn(ok.toString()).status("INACTIVE").build()).build()));
        });
    }

    /** A request ECS refuses before looking at anything (a limit on the request itself). */
    private static void limit(boolean broken, io.ecskit.domain.EcsRule rule) {
        if (broken) {
            throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.of(rule)));
        }
    }

    private static Answer answer(io.vavr.control.Either<io.ecskit.domain.error.EcsError, ? extends software.amazon.awssdk.core.SdkPojo> result) {
        return result.fold(Answer::error, Answer::ok);
    }

    /** A revision as ECS answers it; its tags travel beside it, not inside. */
    static RegisteredTaskDefinition withoutTags(RegisteredTaskDefinition registered) {
        return registered.toBuilder().definition(registered.definition().toBuilder().tags(List.empty()).build()).build();
    }

    private static software.amazon.awssdk.services.ecs.model.TaskDefinition taskDefinition(RegisteredTaskDefinition registered) {
        return SdkMapping.toSdk(withoutTags(registered), software.amazon.awssdk.services.ecs.model.TaskDefinition.class);
    }

    private static java.util.List<Tag> tags(RegisteredTaskDefinition registered) {
        return registered.definition().tags().map(t -> SdkMapping.toSdk(t, Tag.class)).asJava();
    }

    /** A Describe call's failures as ECS answers them (shared by the operation tables of this package). */
    static java.util.List<Failure> failures(Descriptions<?> d) {
        return d.failures().map(f -> Failure.builder().arn(f.arn()).reason(f.reason()).detail(f.detail().getOrNull()).build()).asJava();
    }

    private static java.util.List<ProtectedTask> protectedTasks(Descriptions<io.ecskit.domain.task.ProtectedTask> d) {
        return d.found().map(p -> ProtectedTask.builder().taskArn(p.taskArn()).protectionEnabled(p.protectionEnabled())
                .expirationDate(p.expirationDate().getOrNull()).build()).asJava();
    }

    /** A status the agent reports (a plain string in the model): one of the task statuses ECS knows. */
    private static TaskStatus taskStatus(String status) {
        for (TaskStatus known : TaskStatus.values()) {
            if (known.name().equals(status)) {
                return known;
            }
        }
        throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.MODEL_ENUM_VALUE, status, "status",
                List.of(TaskStatus.values()).mkString(", "))));
    }

    /** The cluster a request names (name or ARN), {@code default} when it names none. */
    static ClusterName cluster(String nameOrArn) {
        return nameOrArn == null ? ClusterName.DEFAULT : Wire.one(ClusterName.parse(nameOrArn));
    }

    private static TaskArn task(EcsKit kit, ClusterName cluster, String idOrArn) {
        return idOrArn.startsWith("arn:") ? Wire.one(TaskArn.parse(idOrArn))
                : new TaskArn(new Region(kit.region()), new AccountId(kit.accountId()), cluster, idOrArn);
    }

    private static String arn(EcsKit kit, String resource) {
        return "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":" + resource;
    }

    /** A member the model requires, or AWS's validation error naming it. */
    static String required(String value, String member) {
        if (value == null) {
            throw Wire.missing(member);
        }
        return value;
    }
}
