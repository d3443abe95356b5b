package io.ecskit.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol as raw HTTP: what an AWS client sends, and how the server answers when it cannot. */
class WireProtocolTest {

    @RegisterExtension
    static final EcsServerExtension AWS = EcsServerExtension.create();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ECS = "AmazonEC2ContainerServiceV20141113.";

    private static HttpResponse<String> post(URI endpoint, String target, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.1");
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesEveryCallThePortsMake(InMemoryEcsServer server) {
        assertThat(server.operations()).contains("AmazonEC2ContainerServiceV20141113.PutAccountSetting",
                "AmazonEC2ContainerServiceV20141113.CreateService", "AmazonEC2ContainerServiceV20141113.RunTask",
                "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken", "Logs_20140328.FilterLogEvents");
    }

    @Test
    void anAnswer_carriesARequestId_andTheJson11ContentType(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "AmazonEC2ContainerServiceV20141113.ListClusters", "{}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("x-amzn-RequestId")).get().asString().hasSize(36);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(answer.body()).startsWith("{\"clusterArns\":");
    }

    @Test
    void anOperationItDoesNotServe_isNamed(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "AmazonEC2ContainerServiceV20141113.NoSuchOperation", "{}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"__type\":\"UnknownOperationException\"").contains("NoSuchOperation");
        assertThat(post(endpoint, null, "{}").body()).contains("X-Amz-Target");
    }

    @Test
    void malformedJson_isASerializationException_atItsPosition(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "AmazonEC2ContainerServiceV20141113.CreateCluster", "{\"clusterName\": ");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"__type\":\"SerializationException\"").contains("line 1");
    }

    @Test
    void aMemberTheServerDoesNotActOn_isRefusedByName_notDropped(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "Logs_20140328.CreateLogGroup",
                "{\"logGroupName\": \"/ecs/web\", \"kmsKeyId\": \"arn:aws:kms:us-east-1:123456789012:key/1\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("InvalidParameterException").contains("CreateLogGroup.kmsKeyId");
    }

    @Test
    void ecsRefusals_keepEcsCodeAndWords(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "AmazonEC2ContainerServiceV20141113.CreateCluster", "{\"clusterName\": \"bad name!\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"__type\":\"InvalidParameterException\"")
                .contains("Cluster must match ^[a-zA-Z0-9\\\\-_]{1,255}$, but was bad name!");
    }

    private static HttpRequest.Builder control(InMemoryEcsServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(server.endpoint().resolve(pathAndQuery))
                .header("X-Ecskit-Control-Token", server.controlToken().get());
    }

    @Test
    void controls_answerJson_andRefuseWhatTheyCannotDo(InMemoryEcsServer server) throws Exception {
        HttpResponse<String> now = HTTP.send(control(server, "/_ecskit/clock").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(now.body()).startsWith("{\"now\":\"2026-01-01T");

        HttpResponse<String> advanced = HTTP.send(control(server, "/_ecskit/clock/advance?seconds=90")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        java.time.Instant before = java.time.Instant.parse(now.body().substring(8, now.body().length() - 2));
        assertThat(advanced.body()).isEqualTo("{\"now\":\"" + before.plusSeconds(90) + "\"}");

        HttpResponse<String> unknown = HTTP.send(control(server, "/_ecskit/nothing")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);

        HttpResponse<String> missing = HTTP.send(control(server, "/_ecskit/faults/image-pull")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("name the containers: at least one of image, family, container, command, task, oneOff, service");
    }

    @Test
    void faultControls_pickContainersByFamilyAndCommand_andEndOneOffTasks(InMemoryEcsServer server) throws Exception {
        String td = "{\"family\":\"migrate\",\"requiresCompatibilities\":[\"FARGATE\"],\"networkMode\":\"awsvpc\",\"cpu\":\"256\","
                + "\"memory\":\"512\",\"containerDefinitions\":[{\"name\":\"app\",\"image\":\"public.ecr.aws/docker/library/busybox:1\"}]}";
        assertThat(post(server.endpoint(), ECS + "RegisterTaskDefinition", td).statusCode()).isEqualTo(200);
        assertThat(post(server.endpoint(), ECS + "CreateCluster", "{\"clusterName\":\"jobs\"}").statusCode()).isEqualTo(200);
        assertThat(HTTP.send(control(server, "/_ecskit/faults/exit?family=migrate&command=rails%20db:migrate&exitCode=7&afterSeconds=10")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(HTTP.send(control(server, "/_ecskit/faults/one-off-exit?exitCode=0&afterSeconds=20")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> badOneOff = HTTP.send(control(server, "/_ecskit/faults/exit?oneOff=yes")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badOneOff.statusCode()).isEqualTo(400);
        assertThat(badOneOff.body()).contains("oneOff: true or false, not yes");
        String network = ",\"launchType\":\"FARGATE\",\"networkConfiguration\":{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-0a1b2c3d\"]}}";
        String migration = post(server.endpoint(), ECS + "RunTask", "{\"cluster\":\"jobs\",\"taskDefinition\":\"migrate\"" + network
                + ",\"overrides\":{\"containerOverrides\":[{\"name\":\"app\",\"command\":[\"rails\",\"db:migrate\"]}]}}").body();
        String other = post(server.endpoint(), ECS + "RunTask", "{\"cluster\":\"jobs\",\"taskDefinition\":\"migrate\"" + network + "}").body();
        assertThat(migration).contains("\"command\":[\"rails\",\"db:migrate\"]");

        server.simulator().advance(java.time.Duration.ofMinutes(2));

        String described = post(server.endpoint(), ECS + "DescribeTasks", "{\"cluster\":\"jobs\",\"tasks\":[\"" + taskArn(migration)
                + "\",\"" + taskArn(other) + "\"]}").body();
        assertThat(described).contains("\"exitCode\":7").contains("\"exitCode\":0").doesNotContain("\"lastStatus\":\"RUNNING\"");
    }

    private static String taskArn(String runTaskAnswer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"taskArn\":\"([^\"]+)\"").matcher(runTaskAnswer);
        assertThat(m.find()).as(runTaskAnswer).isTrue();
        return m.group(1);
    }
}
