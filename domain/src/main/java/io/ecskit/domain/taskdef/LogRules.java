package io.ecskit.domain.taskdef;

import io.ecskit.domain.LaunchType;
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
            return when(!missing.isEmpty(), Violation.client(path + ".options",
                    "Log driver awslogs requires options: " + missing.mkString(", ")))
                    .appendAll(when(awslogs.createGroup().exists(v -> !v.equals("true")),
                            Violation.client(path + ".options." + AwslogsOptions.CREATE_GROUP,
                                    "Log driver awslogs option 'awslogs-create-group' should only be set to 'true', else omit option.")));
        }
        if (lc.logDriver() == LogDriver.SPLUNK) {
            boolean token = lc.options().containsKey("splunk-token")
                    || lc.secretOptions().exists(s -> s.name().equals("splunk-token"));
            return when(!token, Violation.client(path + ".options", "Log driver splunk requires options: splunk-token"));
        }
        return List.empty();
    }

    static Rule.ContainerRule allowedDriver(LaunchType launchType) {
        return (td, path, c) -> c.logConfiguration().map(lc -> {
            boolean windows = td.runtimePlatform().exists(p -> p.isWindows());
            Seq<LogDriver> allowed = launchType == LaunchType.FARGATE
                    ? (windows ? FARGATE_WINDOWS_DRIVERS : FARGATE_DRIVERS)
                    : EC2_DRIVERS;
            return when(!allowed.contains(lc.logDriver()), Violation.client(path + ".logConfiguration.logDriver",
                    "Log driver " + lc.logDriver().wire() + " is not supported for launch type " + launchType.wire()
                            + ". Supported log drivers: " + allowed.map(LogDriver::wire).mkString(", ") + "."));
        }).getOrElse(List.empty());
    }
}
