package io.ecskit.domain.taskdef;

import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.taskdef.LaunchType.EC2;
import static io.ecskit.domain.taskdef.LaunchType.FARGATE;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.ec2Bridge;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;

class LogRulesTest {

    private static final String LOG = "containerDefinitions[0].logConfiguration";

    private static LogConfiguration driver(String name, LinkedHashMap<String, String> options) {
        return LogConfiguration.builder().logDriver(name).options(options).build();
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
                .secretOptions(Secret.of("splunk-token", "arn:aws:ssm:us-east-1:123456789012:parameter/t")).build();
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
        TaskDefinition.Builder windows = fargate().cpu("1024").memory("2048")
                .runtimePlatform(new RuntimePlatform(io.vavr.control.Option.of("WINDOWS_SERVER_2022_CORE"), io.vavr.control.Option.none()));
        assertViolation(withContainer(windows, c -> c.logConfiguration(driver("awsfirelens", LinkedHashMap.empty()))), FARGATE,
                LOG + ".logDriver",
                "Log driver awsfirelens is not supported for launch type FARGATE. Supported log drivers: awslogs, splunk.");
    }

    @Test
    void ec2_allowsFluentdAndJsonFile() {
        assertNoViolationAt(withContainer(ec2Bridge(), c -> c.logConfiguration(driver("json-file", LinkedHashMap.empty()))), EC2,
                LOG + ".logDriver");
        assertViolation(withContainer(ec2Bridge(), c -> c.logConfiguration(driver("logentries", LinkedHashMap.empty()))), EC2,
                LOG + ".logDriver", "Log driver logentries is not supported for launch type EC2. Supported log drivers: "
                        + "awslogs, splunk, awsfirelens, fluentd, gelf, json-file, journald, syslog.");
    }
}
