package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.daemon.DaemonSpec;
import io.ecskit.domain.daemon.DaemonTaskDefinitionFilter;
import io.ecskit.domain.daemon.DaemonTaskDefinitionSpec;
import io.ecskit.domain.daemon.DaemonTaskDefinitionStatus;
import io.ecskit.domain.daemon.DaemonUpdate;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.CreateDaemonRequest;
import software.amazon.awssdk.services.ecs.model.CreateDaemonResponse;
import software.amazon.awssdk.services.ecs.model.DaemonDeploymentSummary;
import software.amazon.awssdk.services.ecs.model.DaemonSummary;
import software.amazon.awssdk.services.ecs.model.DaemonTaskDefinitionSummary;
import software.amazon.awssdk.services.ecs.model.DeleteDaemonRequest;
import software.amazon.awssdk.services.ecs.model.DeleteDaemonResponse;
import software.amazon.awssdk.services.ecs.model.DeleteDaemonTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.DeleteDaemonTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonDeploymentsRequest;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonDeploymentsResponse;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonRequest;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonResponse;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonRevisionsRequest;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonRevisionsResponse;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.DescribeDaemonTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.ListDaemonDeploymentsRequest;
import software.amazon.awssdk.services.ecs.model.ListDaemonDeploymentsResponse;
import software.amazon.awssdk.services.ecs.model.ListDaemonTaskDefinitionsRequest;
import software.amazon.awssdk.services.ecs.model.ListDaemonTaskDefinitionsResponse;
import software.amazon.awssdk.services.ecs.model.ListDaemonsRequest;
import software.amazon.awssdk.services.ecs.model.ListDaemonsResponse;
import software.amazon.awssdk.services.ecs.model.RegisterDaemonTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.RegisterDaemonTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.UpdateDaemonRequest;
import software.amazon.awssdk.services.ecs.model.UpdateDaemonResponse;

import java.util.Map;
import java.util.Set;

/** ECS's daemon operations on DaemonPort; the List calls page as ECS does (ListDaemonDeployments 20 a page, the others 100). */
final class EcsDaemonOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsDaemonOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "RegisterDaemonTaskDefinition", (kit, body) -> {
            RegisterDaemonTaskDefinitionRequest r = Wire.read(body, RegisterDaemonTaskDefinitionRequest::builder,
                    "RegisterDaemonTaskDefinition", Set.of());
            EcsOperations.required(r.family(), "family");
            DaemonTaskDefinitionSpec spec = Wire.domain(SdkMapping.toDomain(r, DaemonTaskDefinitionSpec.class));
            return Answer.of(kit.api().daemons().registerTaskDefinition(spec).map(td -> RegisterDaemonTaskDefinitionResponse.builder()
                    .daemonTaskDefinitionArn(td.daemonTaskDefinitionArn().get()).build()));
        });
        operations.put(PREFIX + "DescribeDaemonTaskDefinition", (kit, body) -> {
            DescribeDaemonTaskDefinitionRequest r = Wire.read(body, DescribeDaemonTaskDefinitionRequest::builder,
                    "DescribeDaemonTaskDefinition", Set.of());
            return Answer.of(kit.api().daemons().describeTaskDefinition(EcsOperations.required(r.daemonTaskDefinition(), "daemonTaskDefinition"))
                    .map(td -> DescribeDaemonTaskDefinitionResponse.builder().daemonTaskDefinition(SdkMapping.toSdk(td,
                            software.amazon.awssdk.services.ecs.model.DaemonTaskDefinition.class)).build()));
        });
        operations.put(PREFIX + "DeleteDaemonTaskDefinition", (kit, body) -> {
            DeleteDaemonTaskDefinitionRequest r = Wire.read(body, DeleteDaemonTaskDefinitionRequest::builder,
                    "DeleteDaemonTaskDefinition", Set.of());
            return Answer.of(kit.api().daemons().deleteTaskDefinition(EcsOperations.required(r.daemonTaskDefinition(), "daemonTaskDefinition"))
                    .map(arn -> DeleteDaemonTaskDefinitionResponse.builder().daemonTaskDefinitionArn(arn).build()));
        });
        operations.put(PREFIX + "ListDaemonTaskDefinitions", (kit, body) -> {
            ListDaemonTaskDefinitionsRequest r = Wire.read(body, ListDaemonTaskDefinitionsRequest::builder, "ListDaemonTaskDefinitions", Set.of());
            Pages.Request page = Pages.request("ListDaemonTaskDefinitions", r.maxResults(), r.nextToken(), 100, 100);
            Option<DaemonTaskDefinitionStatus> status = "ALL".equals(r.statusAsString()) ? Option.none()
                    : Option.of(r.statusAsString()).map(s -> WireValue.parse(DaemonTaskDefinitionStatus.class, s).get())
                    .orElse(Option.of(DaemonTaskDefinitionStatus.ACTIVE));
            DaemonTaskDefinitionFilter filter = new DaemonTaskDefinitionFilter(Option.of(r.familyPrefix()), Option.of(r.family()),
                    "LAST_REGISTERED".equals(r.revisionAsString()), status, "DESC".equals(r.sortAsString()));
            return Answer.of(kit.api().daemons().listTaskDefinitions(filter).map(all -> page.of(all))
                    .map(p -> ListDaemonTaskDefinitionsResponse.builder().daemonTaskDefinitions(p.items()
                            .map(s -> SdkMapping.toSdk(s, DaemonTaskDefinitionSummary.class)).asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "CreateDaemon", (kit, body) -> {
            CreateDaemonRequest r = Wire.read(body, CreateDaemonRequest::builder, "CreateDaemon", Set.of());
            EcsOperations.required(r.daemonName(), "daemonName");
            EcsOperations.required(r.daemonTaskDefinitionArn(), "daemonTaskDefinitionArn");
            DaemonSpec spec = Wire.domain(SdkMapping.toDomain(r, DaemonSpec.class));
            return Answer.of(kit.api().daemons().create(spec).map(c -> CreateDaemonResponse.builder().daemonArn(c.daemonArn().getOrNull())
                    .status(c.status().map(WireValue::wire).getOrNull()).createdAt(c.createdAt().getOrNull())
                    .deploymentArn(c.deploymentArn().getOrNull()).build()));
        });
        operations.put(PREFIX + "UpdateDaemon", (kit, body) -> {
            UpdateDaemonRequest r = Wire.read(body, UpdateDaemonRequest::builder, "UpdateDaemon", Set.of());
            EcsOperations.required(r.daemonArn(), "daemonArn");
            EcsOperations.required(r.daemonTaskDefinitionArn(), "daemonTaskDefinitionArn");
            DaemonUpdate update = Wire.domain(SdkMapping.toDomain(r, DaemonUpdate.class));
            return Answer.of(kit.api().daemons().update(update).map(c -> UpdateDaemonResponse.builder().daemonArn(c.daemonArn().getOrNull())
                    .status(c.status().map(WireValue::wire).getOrNull()).createdAt(c.createdAt().getOrNull())
                    .updatedAt(c.updatedAt().getOrNull()).deploymentArn(c.deploymentArn().getOrNull()).build()));
        });
        operations.put(PREFIX + "DeleteDaemon", (kit, body) -> {
            DeleteDaemonRequest r = Wire.read(body, DeleteDaemonRequest::builder, "DeleteDaemon", Set.of());
            return Answer.of(kit.api().daemons().delete(EcsOperations.required(r.daemonArn(), "daemonArn")).map(c -> DeleteDaemonResponse
                    .builder().daemonArn(c.daemonArn().getOrNull()).status(c.status().map(WireValue::wire).getOrNull())
                    .createdAt(c.createdAt().getOrNull()).updatedAt(c.updatedAt().getOrNull()).deploymentArn(c.deploymentArn().getOrNull()).build()));
        });
        operations.put(PREFIX + "DescribeDaemon", (kit, body) -> {
            DescribeDaemonRequest r = Wire.read(body, DescribeDaemonRequest::builder, "DescribeDaemon", Set.of());
            return Answer.of(kit.api().daemons().describe(EcsOperations.required(r.daemonArn(), "daemonArn")).map(d -> DescribeDaemonResponse
                    .builder().daemon(SdkMapping.toSdk(d, software.amazon.awssdk.services.ecs.model.DaemonDetail.class)).build()));
        });
        operations.put(PREFIX + "ListDaemons", (kit, body) -> {
            ListDaemonsRequest r = Wire.read(body, ListDaemonsRequest::builder, "ListDaemons", Set.of());
            Pages.Request page = Pages.request("ListDaemons", r.maxResults(), r.nextToken(), 100, 100);
            return Answer.of(kit.api().daemons().list(Option.of(r.clusterArn()), List.ofAll(r.capacityProviderArns())).map(all -> page.of(all))
                    .map(p -> ListDaemonsResponse.builder().daemonSummariesList(p.items().map(s -> SdkMapping.toSdk(s, DaemonSummary.class)).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DescribeDaemonDeployments", (kit, body) -> {
            DescribeDaemonDeploymentsRequest r = Wire.read(body, DescribeDaemonDeploymentsRequest::builder, "DescribeDaemonDeployments", Set.of());
            if (!r.hasDaemonDeploymentArns()) {
                throw Wire.missing("daemonDeploymentArns");
            }
            return Answer.of(kit.api().daemons().describeDeployments(List.ofAll(r.daemonDeploymentArns()))
                    .map(d -> DescribeDaemonDeploymentsResponse.builder().daemonDeployments(d.found().map(x -> SdkMapping.toSdk(x,
                            software.amazon.awssdk.services.ecs.model.DaemonDeployment.class)).asJava()).failures(EcsOperations.failures(d)).build()));
        });
        operations.put(PREFIX + "ListDaemonDeployments", (kit, body) -> {
            ListDaemonDeploymentsRequest r = Wire.read(body, ListDaemonDeploymentsRequest::builder, "ListDaemonDeployments",
                    Set.of("daemonArn", "maxResults", "nextToken"));
            Pages.Request page = Pages.request("ListDaemonDeployments", r.maxResults(), r.nextToken(), 20, 100);
            return Answer.of(kit.api().daemons().listDeployments(EcsOperations.required(r.daemonArn(), "daemonArn")).map(all -> page.of(all))
                    .map(p -> ListDaemonDeploymentsResponse.builder().daemonDeployments(p.items()
                            .map(s -> SdkMapping.toSdk(s, DaemonDeploymentSummary.class)).asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(PREFIX + "DescribeDaemonRevisions", (kit, body) -> {
            DescribeDaemonRevisionsRequest r = Wire.read(body, DescribeDaemonRevisionsRequest::builder, "DescribeDaemonRevisions", Set.of());
            if (!r.hasDaemonRevisionArns()) {
                throw Wire.missing("daemonRevisionArns");
            }
            return Answer.of(kit.api().daemons().describeRevisions(List.ofAll(r.daemonRevisionArns()))
                    .map(d -> DescribeDaemonRevisionsResponse.builder().daemonRevisions(d.found().map(x -> SdkMapping.toSdk(x,
                            software.amazon.awssdk.services.ecs.model.DaemonRevision.class)).asJava()).failures(EcsOperations.failures(d)).build()));
        });
    }
}
