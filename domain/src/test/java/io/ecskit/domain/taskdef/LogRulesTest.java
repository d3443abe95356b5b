package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

import io.vavr.collection.List;
import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.LaunchType.EC2;
import static io.ecskit.domain.LaunchType.FARGATE;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.ec2Bridge;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;

class LogRulesTest {

    private static final String LOG = "containerDefinitions[0].logConfiguration";

    private static LogConfiguration driver(String name, LinkedHashMap<String, String> options) {
        return LogConfiguration.builder().logDriver(WireValue.parse(LogDriver.class, name).get()).options(options).build();
    }

    @Test
    void awslogs_withoutGroupAndRegion_namesBoth() {
        assertViolation(withContainer(fargate(), c -> c.logConfiguration(driver("awslogs",
                        LinkedHashMap.of("awslogs-stream-prefix", "api")))), FARGATE, LOG + ".options",
                "Log driver awslogs requires options: awslogs-region, awslogs-group");
        assertViolation(withContainer(fargate(), c -> c.logConfiguration(driver("awslogs",
                        LinkedHashMap.of("awslogs-region", "us-east-1", "awslogs-stream-prefix", "api")))), FARGATE, LOG + ".options",
                "Log driver awslogs requires options: awslogs-group");
    }

    @Test
    void awslogs_createGroup_onlyTrue() {
        LogConfiguration yes = LogConfiguration.awslogs("g", "us-east-1", "p").toBuilder()
                .options(LinkedHashMap.of("awslogs-group", "g", "awslogs-region", "us-east-1", "awslogs-stream-prefix", "p",
                        "awslogs-create-group", "true")).build();
        LogConfiguration no = yes.toBuilder().options(yes.options().put("awslogs-create-group", "false")).build();

        assertNoViolationAt(withContainer(fargate(), c -> c.logConfiguration(yes)), FARGATE, LOG + ".options.awslogs-create-group");
        assertViolation(withContainer(fargate(), c -> c.logConfiguration(no)), FARGATE, LOG + ".options.awslogs-create-group",
                "Log driver awslogs option 'awslogs-create-group' should only be set to 'true', else omit option.");
    }

    @Test
    void splunk_requiresToken_asOptionOrSecret() {
        assertViolation(withContainer(fargate(), c -> c.logConfiguration(driver("splunk", LinkedHashMap.of("splunk-url", "https://s")))),
                FARGATE, LOG + ".options", "Log driver splunk requires options: splunk-token");
        LogConfiguration secret = driver("splunk", LinkedHashMap.of("splunk-url", "https://s")).toBuilder()
                .secretOptions(List.of(Secret.of("splunk-token", "arn:aws:ssm:us-east-1:123456789012:parameter/t"))).build();
        assertNoViolationAt(withContainer(fargate(), c -> c.logConfiguration(secret)), FARGATE, LOG + ".options");
    }

    @Test
    void fargate_allowsAwslogsSplunkFirelens_notFluentd() {
        assertViolation(withContainer(fargate(), c -> c.logConfiguration(driver("fluentd", LinkedHashMap.empty()))), FARGATE,
                LOG + ".logDriver",
                "Log driver fluentd is not supported for launch type FARGATE. Supported log drivers: awslogs, splunk, awsfirelens.");
        assertNoViolationAt(withContainer(fargate(), c -> c.logConfiguration(driver("awsfirelens", LinkedHashMap.empty()))), FARGATE,
                LOG + ".logDriver");
    }

    @Test
    void fargateWindows_refusesFirelens() {
        TaskDefinitionBuilder windows = fargate().cpu("1024").memory("2048")
                .runtimePlatform(new RuntimePlatform(io.vavr.control.Option.none(), io.vavr.control.Option.of(OsFamily.WINDOWS_SERVER_2022_CORE)));
        assertViolation(withContainer(windows, c -> c.logConfiguration(driver("awsfirelens", LinkedHashMap.empty()))), FARGATE,
                LOG + ".logDriver",
                "Log driver awsfirelens is not supported for launch type FARGATE. Supported log drivers: awslogs, splunk.");
    }

    @Test
    void ec2_allowsFluentdAndJsonFile() {
        assertNoViolationAt(withContainer(ec2Bridge(), c -> c.logConfiguration(driver("json-file", LinkedHashMap.empty()))), EC2,
                LOG + ".logDriver");
        // a driver ECS does not know at all ("logentries") is not a LogDriver: the model refuses it when read (mapping tests)
    }

    @Test
    void firelens_driverAndRouterNeedEachOther() {
        LogConfiguration toRouter = driver("awsfirelens", LinkedHashMap.of("Name", "cloudwatch"));
        ContainerDefinition router = TaskDefinitionFixtures.fargateContainer("log_router").image("amazon/aws-for-fluent-bit:stable")
                .firelensConfiguration(new FirelensConfiguration(FirelensConfigurationType.FLUENTBIT, io.vavr.collection.HashMap.empty()))
                .build();
        TaskDefinition driverOnly = withContainer(fargate(), c -> c.logConfiguration(toRouter));
        TaskDefinition routerOnly = fargate().containerDefinitions(List.of(TaskDefinitionFixtures.fargateContainer("app").build(), router)).build();
        TaskDefinition both = fargate().containerDefinitions(List.of(TaskDefinitionFixtures.fargateContainer("app")
                .logConfiguration(toRouter).build(), router)).build();

        // rules firelensRouterRequired, firelensDriverRequired (ECS's quoted messages)
        assertViolation(driverOnly, FARGATE, "containerDefinitions", io.ecskit.domain.EcsRule.FIRELENS_ROUTER_REQUIRED.message());
        assertViolation(routerOnly, FARGATE, "containerDefinitions", io.ecskit.domain.EcsRule.FIRELENS_DRIVER_REQUIRED.message());
        assertNoViolationAt(both, FARGATE, "containerDefinitions");
        assertNoViolationAt(both, EC2, "containerDefinitions");
    }
}
