package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArnsTest {

    private static final Region REGION = new Region("eu-west-1");
    private static final AccountId ACCOUNT = new AccountId("123456789012");

    @Test
    void clusterArn_whenPrinted_isAwsLongFormatAndParsesBack() {
        ClusterArn arn = new ClusterArn(REGION, ACCOUNT, new ClusterName("test-cluster"));

        assertThat(arn.toString()).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:cluster/test-cluster");
        assertThat(ClusterArn.parse(arn.toString())).contains(arn);
    }

    @Test
    void serviceArn_whenPrinted_namesClusterAndService() {
        ServiceArn arn = new ServiceArn(REGION, ACCOUNT, new ClusterName("c1"), new ServiceName("web"));

        assertThat(arn.toString()).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:service/c1/web");
        assertThat(ServiceArn.parse(arn.toString())).contains(arn);
        assertThat(arn.clusterArn().toString()).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:cluster/c1");
    }

    @Test
    void serviceArn_whenShortFormat_isNotParsed() {
        // the old short format (service/<name>) predates 2018's opt-in; ECS answers with the long one
        assertThat(ServiceArn.parse("arn:aws:ecs:eu-west-1:123456789012:service/web")).isEmpty();
    }

    @Test
    void taskArn_andContainerInstanceArn_roundTrip() {
        TaskArn task = new TaskArn(REGION, ACCOUNT, new ClusterName("c1"), "0123456789abcdef0123456789abcdef");
        ContainerInstanceArn instance = new ContainerInstanceArn(REGION, ACCOUNT, new ClusterName("c1"), "abc");

        assertThat(task.toString()).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:task/c1/0123456789abcdef0123456789abcdef");
        assertThat(TaskArn.parse(task.toString())).contains(task);
        assertThat(ContainerInstanceArn.parse(instance.toString())).contains(instance);
        assertThat(TaskArn.parse(instance.toString())).isEmpty();
    }

    @Test
    void taskDefinitionArn_whenPrinted_hasFamilyAndRevision() {
        TaskDefinitionArn arn = new TaskDefinitionArn(REGION, ACCOUNT, "hello-world", 3);

        assertThat(arn.toString()).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:task-definition/hello-world:3");
        assertThat(arn.familyRevision()).isEqualTo("hello-world:3");
        assertThat(TaskDefinitionArn.parse(arn.toString())).contains(arn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "arn:aws:ecs:eu-west-1:12345678901:cluster/c", "arn:aws:s3:eu-west-1:123456789012:cluster/c",
        "arn:aws:ecs:eu-west-1:123456789012:cluster/bad name", "arn:aws:ecs:eu-west-1:123456789012:task-definition/f"
    })
    void parse_whenNotAnEcsArnOfThatKind_isEmpty(String text) {
        assertThat(ClusterArn.parse(text)).isEmpty();
        assertThat(TaskDefinitionArn.parse(text)).isEmpty();
    }
}
