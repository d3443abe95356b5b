package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelloWorldCommandTest {

    @Test
    void helloWorld_inMemory_runsEveryStepOfTheSeedAndExits0() {
        CliRun run = CliRun.of("hello-world");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains(
                "==> 0. push the image to ECR", "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world@sha256:",
                "==> 1. register-task-definition", "task-definition/hello-world:1 (ACTIVE)",
                "==> 2. create-cluster --cluster-name test-cluster", "cluster/test-cluster",
                "==> 3. create-log-group --log-group-name test-log",
                "==> 4. create-service", "outcome: SUCCEEDED",
                "==> 5. list-task-definitions", "service arn:aws:ecs:us-east-1:123456789012:service/test-cluster/test-service",
                "test-service: ACTIVE, FARGATE, desired 1, running 1",
                "==> 6. update-service --task-definition hello-world", "task-definition/hello-world:2, new revision",
                "==> 7. logs", "[ecskit] container hello-world started from 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world@sha256:",
                "==> 8. clean up", "deleted service test-service", "deleted cluster test-cluster", "deleted repository hello-world",
                "deregistered task definition hello-world:1", "deregistered task definition hello-world:2",
                "deleted log group test-log",
                "hello-world: done on the inmemory backend (us-east-1)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helloWorld_withAwsBackendUnreachable_failsWithOneLineCause_exit1() {
        // port 9 on loopback: nothing listens, so the first call fails fast without leaving the machine
        CliRun run = CliRun.of("hello-world", "--backend", "aws", "--region", "us-east-1",
                "--endpoint-url", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("ecskit: ");
        assertThat(run.err()).doesNotContain("at io.ecskit");
    }
}
