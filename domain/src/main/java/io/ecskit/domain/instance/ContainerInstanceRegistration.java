package io.ecskit.domain.instance;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What RegisterContainerInstance takes (the call the ECS agent makes when an instance joins a cluster). Source: ECS
 * API reference, RegisterContainerInstance. ({@code platformDevices} is not modelled yet.)
 *
 * @param cluster The cluster; {@code default} when absent.
 * @param instanceIdentityDocument The EC2 instance identity document (JSON holding instanceId).
 * @param instanceIdentityDocumentSignature Its signature (not checked by ecskit's fake).
 * @param totalResources CPU, MEMORY, PORTS, PORTS_UDP the instance offers; ecskit's fake defaults to 2048 CPU units and 3943 MiB.
 * @param versionInfo The agent's and Docker's versions.
 * @param containerInstanceArn An instance registering again under its ARN.
 * @param attributes Attributes to register it with.
 * @param tags Tags on the instance.
 */
@Value.Builder
public record ContainerInstanceRegistration(
        Option<String> cluster,
        Option<String> instanceIdentityDocument,
        Option<String> instanceIdentityDocumentSignature,
        List<Resource> totalResources,
        Option<VersionInfo> versionInfo,
        Option<String> containerInstanceArn,
        List<Attribute> attributes,
        List<Tag> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerInstanceRegistrationBuilder builder() {
        return new ContainerInstanceRegistrationBuilder();
    }
}
