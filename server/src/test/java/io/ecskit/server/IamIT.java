package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IAM over AWS's query protocol, asked by the AWS CLI (a client nobody here wrote): IAM is global, so a role made through one
 * region is there through another; ListRoles pages with IAM's Marker; errors are IAM's ErrorResponse with its codes; a
 * state file keeps the account's roles across a restart, with the same ids.
 */
class IamIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static JsonNode ok(AwsCli.Result result) throws Exception {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
    }

    @Test
    void aRoleMadeThroughOneRegion_isThereThroughAnother_andListRolesPages() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().region("us-east-1").start()) {
            for (int i = 1; i <= 5; i++) {
                ok(cli.run(server.endpoint(), "us-east-1", "iam", "create-role", "--role-name", "role-" + i,
                        "--assume-role-policy-document", TRUST));
            }

            JsonNode fromIreland = ok(cli.run(server.endpoint(), "eu-west-1", "iam", "get-role", "--role-name", "role-3"));
            JsonNode firstPage = ok(cli.run(server.endpoint(), "us-east-1", "iam", "list-roles", "--max-items", "2"));
            JsonNode all = ok(cli.run(server.endpoint(), "us-east-1", "iam", "list-roles", "--page-size", "2"));

            assertThat(fromIreland.at("/Role/Arn").asText()).isEqualTo("arn:aws:iam::123456789012:role/role-3");
            assertThat(fromIreland.at("/Role/AssumeRolePolicyDocument/Statement/0/Principal/Service").asText())
                    .as("the document answered URL-encoded and decoded by the CLI").isEqualTo("ecs-tasks.amazonaws.com");
            assertThat(firstPage.get("Roles")).hasSize(2);
            assertThat(firstPage.get("NextToken")).isNotNull();
            assertThat(all.get("Roles").findValuesAsText("RoleName")).containsExactly("role-1", "role-2", "role-3", "role-4", "role-5");
        }
    }

    @Test
    void errors_areIamsErrorResponse() throws Exception {
        AwsCli cli = AwsCli.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            AwsCli.Result missing = cli.run(server.endpoint(), "us-east-1", "iam", "get-role", "--role-name", "nobody");
            AwsCli.Result malformed = cli.run(server.endpoint(), "us-east-1", "iam", "create-role", "--role-name", "r",
                    "--assume-role-policy-document", "{not json");
            AwsCli.Result unknown = cli.run(server.endpoint(), "us-east-1", "iam", "list-users");

            assertThat(missing.exitCode()).isNotZero();
            assertThat(missing.stderr()).contains("(NoSuchEntity)").contains("The role with name nobody cannot be found.");
            assertThat(malformed.stderr()).contains("(MalformedPolicyDocument)").contains("This policy contains invalid Json");
            assertThat(unknown.stderr()).contains("(InvalidAction)").contains("ecskit server serves IAM's");
        }
    }

    @Test
    void theStateFile_keepsTheAccountsRoles_withTheirIds(@TempDir Path dir) throws Exception {
        AwsCli cli = AwsCli.get();
        Path file = dir.resolve("state.jsonl");
        String roleId;
        try (InMemoryEcsServer a = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            roleId = ok(cli.run(a.endpoint(), "us-east-1", "iam", "create-role", "--role-name", "kept",
                    "--assume-role-policy-document", TRUST)).at("/Role/RoleId").asText();
            ok(cli.run(a.endpoint(), "us-east-1", "iam", "put-role-policy", "--role-name", "kept", "--policy-name", "inline",
                    "--policy-document", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
        }
        try (InMemoryEcsServer b = InMemoryEcsServer.builder().stateFile(file).openControls().start()) {
            assertThat(ok(cli.run(b.endpoint(), "eu-west-1", "iam", "get-role", "--role-name", "kept")).at("/Role/RoleId").asText()).isEqualTo(roleId);
            assertThat(ok(cli.run(b.endpoint(), "us-east-1", "iam", "list-role-policies", "--role-name", "kept")).get("PolicyNames").get(0).asText())
                    .isEqualTo("inline");
        }
    }
}
