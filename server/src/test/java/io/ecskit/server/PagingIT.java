package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.domain.EcsRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 21, item 2: ecskit server pages as ECS pages (ListServices 10 by default, up to 100; ListClusters 100) with
 * opaque tokens it signs, and applies ECS's request limits, seen through two clients nobody here wrote: the AWS
 * SDK's paginator and the AWS CLI's auto-pagination, {@code --max-items} and {@code --page-size}.
 */
class PagingIT {

    @RegisterExtension
    static final EcsServerExtension AWS = EcsServerExtension.create();

    static final int SERVICES = 25;
    static final int CLUSTERS = 130;

    private static EcsClient ecs(URI endpoint) {
        return EcsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).httpClient(ApacheHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    @BeforeAll
    static void fill() {
        try (EcsClient ecs = ecs(AWS.endpoint())) {
            ecs.createCluster(r -> r.clusterName("paged"));
            ecs.registerTaskDefinition(r -> r.family("web").containerDefinitions(c -> c.name("web").image("nginx").memory(128)));
            IntStream.range(0, SERVICES).forEach(i -> ecs.createService(r -> r.cluster("paged").serviceName("svc-" + i)
                    .taskDefinition("web").desiredCount(0)));
            IntStream.range(0, CLUSTERS).forEach(i -> ecs.createCluster(r -> r.clusterName("c-" + i)));
        }
    }

    @Test
    void listServices_pagesTenByDefault_andTheSdkPaginatorGetsEveryService(URI endpoint) {
        try (EcsClient ecs = ecs(endpoint)) {
            ListServicesResponse first = ecs.listServices(r -> r.cluster("paged"));
            List<String> all = new ArrayList<>();
            ecs.listServicesPaginator(r -> r.cluster("paged").maxResults(7)).serviceArns().forEach(all::add);

            assertThat(first.serviceArns()).hasSize(10);
            assertThat(first.nextToken()).isNotBlank();
            assertThat(all).hasSize(SERVICES).doesNotHaveDuplicates();
            assertThat(new HashSet<>(all)).contains("arn:aws:ecs:us-east-1:123456789012:service/paged/svc-0",
                    "arn:aws:ecs:us-east-1:123456789012:service/paged/svc-24");
            List<String> clusters = new ArrayList<>();
            ecs.listClustersPaginator(r -> { }).clusterArns().forEach(clusters::add);
            assertThat(ecs.listClusters(r -> { }).clusterArns()).hasSize(100);
            assertThat(clusters).hasSize(CLUSTERS + 1).doesNotHaveDuplicates();
        }
    }

    @Test
    void aTokenNotHandedOut_orFromAnotherOperation_andAPageTooLarge_areRefused(URI endpoint) {
        try (EcsClient ecs = ecs(endpoint)) {
            String servicesToken = ecs.listServices(r -> r.cluster("paged")).nextToken();

            // rules nextTokenValid, maxResultsRange
            assertThatThrownBy(() -> ecs.listServices(r -> r.cluster("paged").nextToken("bm90IGEgdG9rZW4")))
                    .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith(EcsRule.NEXT_TOKEN_VALID.message());
            assertThatThrownBy(() -> ecs.listClusters(r -> r.nextToken(servicesToken)))
                    .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith(EcsRule.NEXT_TOKEN_VALID.message());
            assertThatThrownBy(() -> ecs.listServices(r -> r.cluster("paged").maxResults(101)))
                    .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith(EcsRule.MAX_RESULTS_RANGE.message(100));
        }
    }

    @Test
    void describeLimits_areEcss(URI endpoint) {
        try (EcsClient ecs = ecs(endpoint)) {
            List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "svc-" + i).toList();

            // rules describeServicesAtMostTen, describeTasksNotEmpty
            assertThatThrownBy(() -> ecs.describeServices(r -> r.cluster("paged").services(eleven)))
                    .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("service names can have at most 10 items.");
            assertThatThrownBy(() -> ecs.describeTasks(r -> r.cluster("paged").tasks(List.of())))
                    .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Tasks cannot be empty.");
            assertThat(ecs.describeServices(r -> r.cluster("paged").services(eleven.subList(0, 10))).services()).hasSize(10);
        }
    }

    @Test
    void theAwsCli_paginatesAutomatically_andHonoursMaxItemsAndPageSize(URI endpoint) {
        AwsCli.Result all = AwsCli.get().run(endpoint, "us-east-1", "ecs", "list-services", "--cluster", "paged");
        AwsCli.Result five = AwsCli.get().run(endpoint, "us-east-1", "ecs", "list-services", "--cluster", "paged", "--max-items", "5");
        AwsCli.Result small = AwsCli.get().run(endpoint, "us-east-1", "ecs", "list-services", "--cluster", "paged", "--page-size", "3");

        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(all.json().get("serviceArns")).hasSize(SERVICES);
        JsonNode firstFive = five.json();
        assertThat(firstFive.get("serviceArns")).hasSize(5);
        assertThat(firstFive.get("NextToken").asText()).isNotBlank();
        AwsCli.Result rest = AwsCli.get().run(endpoint, "us-east-1", "ecs", "list-services", "--cluster", "paged",
                "--starting-token", firstFive.get("NextToken").asText());
        assertThat(rest.json().get("serviceArns")).hasSize(SERVICES - 5);
        assertThat(small.json().get("serviceArns")).hasSize(SERVICES);
    }
}
