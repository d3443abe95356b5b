package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.LaunchType.EC2;
import static io.ecskit.domain.LaunchType.FARGATE;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.ec2Bridge;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;

class PortRulesTest {

    private static final String PORT0 = "containerDefinitions[0].portMappings[0]";

    @Test
    void containerPort_1And65535_areValid_0And65536_areRejected() {
        for (int valid : new int[] {1, 65535}) {
            assertNoViolationAt(withContainer(fargate(), c -> c.portMappings(List.of(PortMapping.tcp(valid)))), FARGATE, PORT0 + ".containerPort");
        }
        for (int invalid : new int[] {0, 65536}) {
            assertViolation(withContainer(fargate(), c -> c.portMappings(List.of(PortMapping.tcp(invalid)))), FARGATE,
                    PORT0 + ".containerPort", "Invalid 'containerPort' setting for container 'hello-world'.");
        }
    }

    @Test
    void hostPort_65535_isValid_65536_isRejected() {
        assertNoViolationAt(withContainer(ec2Bridge(), c -> c.portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(65535).build()))),
                EC2, PORT0 + ".hostPort");
        assertViolation(withContainer(ec2Bridge(), c -> c.portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(65536).build()))),
                EC2, PORT0 + ".hostPort", "Invalid 'hostPort' setting for container 'web'.");
    }

    /** RegisterTaskDefinition accepts tcp and udp on one port (LOAD_BALANCED_PORT_ONE_MAPPING refuses it at CreateService). */
    @Test
    void samePort_underTcpAndUdp_isRegistered() {
        TaskDefinition td = withContainer(fargate(), c -> c.portMappings(List.of(
                PortMapping.tcp(53), PortMapping.builder().containerPort(53).protocol(TransportProtocol.UDP).build())));
        RuleAssertions.assertValid(td, FARGATE);
    }

    /** HOST_PORT_MAPPED_ONCE: two bridge containers on host port 3000/tcp are refused; 3000/udp beside it is fine. */
    @Test
    void hostPortMappedOnce_twoContainersOnTheSameTcpHostPort_isRefused() {
        TaskDefinition base = ec2Bridge().build();
        ContainerDefinition web = base.containerDefinitions().head().toBuilder()
                .portMappings(List.of(PortMapping.builder().containerPort(3000).hostPort(3000).build())).build();
        ContainerDefinition api = web.toBuilder().name("api").build();
        ContainerDefinition dns = web.toBuilder().name("dns")
                .portMappings(List.of(PortMapping.builder().containerPort(3000).hostPort(3000).protocol(TransportProtocol.UDP).build())).build();

        assertViolation(base.toBuilder().containerDefinitions(List.of(web, api)).build(), EC2,
                "containerDefinitions[1].portMappings[0].hostPort", "TCP host port '3000' is mapped multiple times in task.");
        RuleAssertions.assertValid(base.toBuilder().containerDefinitions(List.of(web, dns)).build(), EC2);
        // dynamic host ports (0) never clash
        ContainerDefinition dynamic = web.toBuilder().portMappings(List.of(PortMapping.builder().containerPort(3000).hostPort(0).build())).build();
        RuleAssertions.assertValid(base.toBuilder().containerDefinitions(List.of(dynamic, dynamic.toBuilder().name("api").build())).build(), EC2);
    }

    @Test
    void awsvpc_hostPortEqualOrOmitted_isValid_different_isRejected() {
        assertNoViolationAt(withContainer(fargate(), c -> c.portMappings(List.of(PortMapping.tcp(80)))), FARGATE, PORT0 + ".hostPort");
        assertViolation(withContainer(fargate(), c -> c.portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(8080).build()))),
                FARGATE, PORT0 + ".hostPort",
                "When networkMode=awsvpc, the host ports and container ports in port mappings must match.");
    }

    @Test
    void hostMode_hostPortMustMatch() {
        TaskDefinitionBuilder host = ec2Bridge().networkMode(NetworkMode.HOST);
        assertViolation(withContainer(host, c -> c.portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(81).build()))),
                EC2, PORT0 + ".hostPort",
                "When networkMode=host, the host ports and container ports in port mappings must match.");
    }

    @Test
    void hostname_underAwsvpc_isRejected_underBridge_isValid() {
        assertViolation(withContainer(fargate(), c -> c.hostname("web")), FARGATE, "containerDefinitions[0].hostname",
                "hostname is not supported on container when networkMode=awsvpc.");
        assertNoViolationAt(withContainer(ec2Bridge(), c -> c.hostname("web")), EC2, "containerDefinitions[0].hostname");
    }

    @Test
    void bridge_reservedHostPorts_areRejected_neighbours_areValid() {
        for (int reserved : new int[] {22, 2375, 2376, 51678, 51680}) {
            assertViolation(withContainer(ec2Bridge(), c -> c.portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(reserved).build()))),
                    EC2, PORT0 + ".hostPort", "Invalid 'hostPort' setting for container 'web'. Port " + reserved
                            + " is reserved on container instances.");
        }
        for (int free : new int[] {21, 23, 2374, 2377, 51677, 51681}) {
            assertNoViolationAt(withContainer(ec2Bridge(), c -> c.portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(free).build()))),
                    EC2, PORT0 + ".hostPort");
        }
    }

    @Test
    void none_networkMode_allowsNoPortMappings() {
        assertViolation(ec2Bridge().networkMode(NetworkMode.NONE).build(), EC2, "containerDefinitions[0].portMappings",
                "Port mappings are not supported on container 'web' when networkMode=none.");
    }

    @Test
    void links_onlyInBridgeMode() {
        assertNoViolationAt(withContainer(ec2Bridge(), c -> c.links(List.of("db"))), EC2, "containerDefinitions[0].links");
        assertViolation(withContainer(ec2Bridge().networkMode(NetworkMode.HOST), c -> c.links(List.of("db")).portMappings(List.of(PortMapping.tcp(80)))),
                EC2, "containerDefinitions[0].links", "links are not supported on container when networkMode=host.");
    }
}
