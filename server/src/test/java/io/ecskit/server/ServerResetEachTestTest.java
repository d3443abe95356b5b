package io.ecskit.server;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;

import static io.ecskit.server.ServerResetTest.ecs;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link EcsServerExtension#resetEachTest()}: one server for the class, an empty account for each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerResetEachTestTest {

    @RegisterExtension
    static final EcsServerExtension AWS = EcsServerExtension.create().resetEachTest();

    @Test
    @Order(1)
    void first_createsACluster(URI endpoint) throws Exception {
        assertThat(ecs(endpoint, "ListClusters", "{}")).isEqualTo("{\"clusterArns\":[]}");
        ecs(endpoint, "CreateCluster", "{\"clusterName\":\"first\"}");
        assertThat(ecs(endpoint, "ListClusters", "{}")).contains("cluster/first");
    }

    @Test
    @Order(2)
    void second_startsFromAnEmptyAccount_onTheSameServer(URI endpoint) throws Exception {
        assertThat(ecs(endpoint, "ListClusters", "{}")).isEqualTo("{\"clusterArns\":[]}");
    }
}
