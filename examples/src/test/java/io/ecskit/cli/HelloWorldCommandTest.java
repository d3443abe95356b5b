package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelloWorldCommandTest {

    @Test
    void helloWorld_inMemory_runsEveryStepOfTheSeedAndExits0() {
        CliRun run = CliRun.of("hello-world");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).contains(
                "==> 1. register-task-definition", "task-definition/hello-world:1 (ACTIVE)",
                "==> 2. create-cluster --cluster-name test-cluster", "cluster/test-cluster",
                "==> 3. create-log-group --log-group-name test-log",
                "==> 4. create-service", "outcome: SUCCEEDED",
                "==> 5. list-task-definitions", "service arn:aws:ecs:us-east-1:123456789012:service/test-cluster/test-service",
                "test-service: ACTIVE, FARGATE, desired 1, running 1",
                "==> 6. update-service --desired-count 2", "running 2",
                "==> 7. clean up", "deleted service test-service", "deleted cluster test-cluster",
                "deregistered task definition hello-world:1", "deleted log group test-log",
                "hello-world: done on the inmemory backend (us-east-1)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helloWorld_withAwsBackend_saysItIsNotAvailableYet_exit1() {
        CliRun run = CliRun.of("hello-world", "--backend", "aws");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).isEqualTo("ecskit: the aws backend is not available in this build yet; use --backend inmemory\n");
    }
}
