package io.ecskit.adapter.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.adapter.aws.testing.MotoServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS CLI (v1, from PyPI) against moto server, each command its own process: the second
 * real client beside the SDK, so what ecskit's tests expect of moto is what the CLI sees too.
 */
class AwsCliIT {

    MotoServer moto;
    AwsCli cli;

    @BeforeEach
    void peers() {
        moto = MotoServer.get();
        moto.reset();
        cli = AwsCli.get();
    }

    private AwsCli.Result aws(String... args) {
        return cli.run(moto.endpoint(), MotoServer.REGION, args);
    }

    @Test
    void createCluster_thenDescribeClusters_showsItActive() {
        AwsCli.Result created = aws("ecs", "create-cluster", "--cluster-name", "cli-test");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.json().path("cluster").path("clusterName").asText()).as(created.toString()).isEqualTo("cli-test");

        AwsCli.Result described = aws("ecs", "describe-clusters", "--clusters", "cli-test");

        assertThat(described.exitCode()).as(described.toString()).isZero();
        JsonNode json = described.json();
        assertThat(json.path("clusters")).as(described.toString()).hasSize(1);
        JsonNode cluster = json.path("clusters").get(0);
        assertThat(cluster.path("clusterName").asText()).as(described.toString()).isEqualTo("cli-test");
        assertThat(cluster.path("status").asText()).as(described.toString()).isEqualTo("ACTIVE");
        assertThat(cluster.path("clusterArn").asText()).as(described.toString())
                .isEqualTo("arn:aws:ecs:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT + ":cluster/cli-test");
        assertThat(json.path("failures")).as(described.toString()).isEmpty();
    }

    @Test
    void describeServices_inAnUnknownCluster_failsWithClusterNotFound() {
        AwsCli.Result result = aws("ecs", "describe-services", "--cluster", "nope", "--services", "x");

        assertThat(result.exitCode()).as(result.toString()).isNotZero();
        assertThat(result.stderr()).as(result.toString()).contains("ClusterNotFoundException");
        assertThat(result.stdout()).as(result.toString()).isBlank();
    }
}
