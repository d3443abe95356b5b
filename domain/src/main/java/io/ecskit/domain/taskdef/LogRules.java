package io.ecskit.domain.taskdef;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import static io.ecskit.domain.taskdef.Rule.when;

/** Log drivers: which one a launch type allows, and the options each requires [BM-ECS LogConfiguration]. */
final class LogRules {

    static final Seq<LogDriver> FARGATE_DRIVERS = List.of(LogDriver.AWSLOGS, LogDriver.SPLUNK, LogDriver.AWSFIRELENS);
    static final Seq<LogDriver> FARGATE_WINDOWS_DRIVERS = List.of(LogDriver.AWSLOGS, LogDriver.SPLUNK);
    static final Seq<LogDriver> EC2_DRIVERS = FARGATE_DRIVERS.appendAll(
            List.of(LogDriver.FLUENTD, LogDriver.GELF, LogDriver.JSON_FILE, LogDriver.JOURNALD, LogDriver.SYSLOG));

    private LogRules() {
    }

    static Seq<Violation> requiredOptions(TaskDefinition td, String path, ContainerDefinition c) {
        return c.logConfiguration().map(lc -> requiredOptions(path + ".logConfiguration", lc)).getOrElse(List.empty());
    }

    private static Seq<Violation> requiredOptions(String path, LogConfiguration lc) {
        if (lc.logDriver() == LogDriver.AWSLOGS) {
            AwslogsOptions awslogs = AwslogsOptions.from(lc.options());
            Seq<String> missing = List.of(AwslogsOptions.REGION, AwslogsOptions.GROUP)
                    .filter(option -> !lc.options().containsKey(option));
            return when(!missing.isEmpty(), () -> EcsRule.AWSLOGS_REQUIRED_OPTIONS.at(path + ".options", missing.mkString(", ")))
                    .appendAll(when(awslogs.createGroup().exists(v -> !v.equals("true")),
                            () -> EcsRule.AWSLOGS_CREATE_GROUP_TRUE.at(path + ".options." + AwslogsOptions.CREATE_GROUP)));
        }
        if (lc.logDriver() == LogDriver.SPLUNK) {
            boolean token = lc.options().containsKey("splunk-token")
                    || lc.secretOptions().exists(s -> s.name().equals("splunk-token"));
            return when(!token, () -> EcsRule.SPLUNK_TOKEN_REQUIRED.at(path + ".options"));
        }
        return List.empty();
    }

    static Rule.ContainerRule allowedDriver(LaunchType launchType) {
        return (td, path, c) -> c.logConfiguration().map(lc -> {
            boolean windows = td.runtimePlatform().exists(p -> p.isWindows());
            Seq<LogDriver> allowed = launchType == LaunchType.FARGATE
                    ? (windows ? FARGATE_WINDOWS_DRIVERS : FARGATE_DRIVERS)
                    : EC2_DRIVERS;
            return when(!allowed.contains(lc.logDriver()), () -> EcsRule.LOG_DRIVER_SUPPORTED.at(path + ".logConfiguration.logDriver", lc.logDriver().wire(), launchType.wire(), allowed.map(LogDriver::wire).mkString(", ")));
        }).getOrElse(List.empty());
    }
}
