package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * STS GetCallerIdentity over AWS's query protocol, asked by the AWS CLI (a client nobody here wrote), and what the server
 * answers to a query request it cannot serve or cannot read (an XML ErrorResponse, never a 5xx).
 */
class StsIT {

    @Test
    void awsCli_getCallerIdentity_answersTheServersAccount() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            AwsCli.Result result = AwsCli.get().run(server.endpoint(), "us-east-1", "sts", "get-caller-identity");

            assertThat(result.exitCode()).as(result.stderr()).isZero();
            JsonNode identity = new ObjectMapper().readTree(result.stdout());
            assertThat(identity.get("Account").asText()).isEqualTo("123456789012");
            assertThat(identity.get("Arn").asText()).isEqualTo("arn:aws:iam::123456789012:root");
            assertThat(identity.get("UserId").asText()).isEqualTo("123456789012");
        }
    }

    @Test
    void anUnknownActionAndAMalformedForm_areSenderErrorsInXml() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            HttpResponse<String> unknown = post(server.endpoint(), "Action=AssumeRole&Version=2011-06-15");
            HttpResponse<String> malformed = post(server.endpoint(), "Action=%zz");

            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("<Code>InvalidAction</Code>").contains("<Type>Sender</Type>");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("<Code>MalformedQueryString</Code>");
        }
    }

    private static HttpResponse<String> post(URI endpoint, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261207/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
