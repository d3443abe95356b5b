package io.ecskit.cli;

import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.ReadLogs;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;

/** CloudWatch Logs: create a group, read a service's lines. */
final class LogCommands {

    private LogCommands() {
    }

    /** A group as {@code aws logs describe-log-groups} shows one. */
    static JsonDocument groupJson(LogGroup group) {
        return JsonDocument.object().put("logGroupName", group.name().value()).put("arn", group.arn())
                .put("retentionInDays", group.retention().map(RetentionDays::days))
                .put("creationTime", group.createdAt().toEpochMilli()).put("storedBytes", group.storedBytes());
    }

    /** An event as {@code aws logs filter-log-events} shows one (timestamp in epoch milliseconds). */
    static JsonDocument eventJson(LogEvent event) {
        return JsonDocument.object().put("logStreamName", event.stream().value())
                .put("timestamp", event.timestamp().toEpochMilli()).put("message", event.message());
    }

    @Command(name = "create-log-group", mixinStandardHelpOptions = true,
            description = "Create a CloudWatch Logs group (the awslogs driver's awslogs-group).",
            footer = {"  ecskit create-log-group --log-group-name /ecs/web --retention-in-days 30 --backend aws"})
    static final class CreateGroup extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--log-group-name", required = true, paramLabel = "NAME",
                description = "1..512 of letters, digits and _ - / . #")
        String name;

        @picocli.CommandLine.Option(names = "--retention-in-days", paramLabel = "DAYS",
                description = "Keep events this many days: 1, 3, 5, 7, 14, 30, ... 3653 (default: forever)")
        Integer retention;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            Either<Failure, Option<RetentionDays>> days = retention == null ? Either.right(Option.none())
                    : Inputs.value("--retention-in-days", RetentionDays.parse(retention)).map(Option::of);
            return Inputs.value("--log-group-name", LogGroupName.parse(name))
                    .flatMap(group -> days.flatMap(d -> Inputs.aws(kit.api().logs().createGroup(group, d))))
                    .map(group -> Printed.of(JsonDocument.object().put("logGroup", groupJson(group)), group.arn()));
        }
    }

    @Command(name = "logs", mixinStandardHelpOptions = true,
            description = "A service's container logs (awslogs), for a window or followed. With --output json: "
                    + "{\"events\": [...]} as `aws logs filter-log-events` prints them; with --follow, one event per "
                    + "line (JSON Lines) as they arrive.",
            footer = {"  ecskit logs --cluster apps --service web --since 1h --backend aws",
                "  ecskit logs --service web --container app --follow --backend aws"})
    static final class Logs extends CliCommand.OnKit {

        @Mixin
        ServiceTarget target;

        @picocli.CommandLine.Option(names = "--container", paramLabel = "NAME", description = "Only this container's lines")
        String container;

        @picocli.CommandLine.Option(names = "--task", paramLabel = "ID", description = "Only this task's lines (task id)")
        String task;

        @picocli.CommandLine.Option(names = "--since", defaultValue = "10m", paramLabel = "DURATION",
                description = "From this long ago (default 10m): 30s, 2h, 1d")
        Duration since;

        @picocli.CommandLine.Option(names = "--follow", description = "Keep polling for new lines (every 10 s) until interrupted")
        boolean follow;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            return target.names().flatMap(names -> {
                ReadLogs.Query query = new ReadLogs.Query(names._1, names._2, Option.of(container), Option.of(task));
                var from = kit.api().time().now().minus(since);
                if (follow) {
                    return Inputs.aws(kit.followLogs(query, from, Duration.ofSeconds(10),
                            () -> Thread.currentThread().isInterrupted(), this::line)).map(done -> Printed.nothing());
                }
                return Inputs.aws(kit.readLogs(query, from, kit.api().time().now().plusMillis(1)))
                        .map(events -> Printed.of(JsonDocument.object().put("events", events.map(LogCommands::eventJson)),
                                events.isEmpty() ? "no events in the last " + Durations.format(since)
                                        + (container == null ? "" : " from container " + container) + (task == null ? "" : " of task " + task)
                                        : events.map(LogCommands::text).mkString("\n")));
            });
        }

        private void line(LogEvent e) {
            spec.commandLine().getOut().println(json() ? eventJson(e).compact() : text(e));
            spec.commandLine().getOut().flush();
        }
    }

    static String text(LogEvent e) {
        return e.timestamp() + " " + e.stream().value() + " " + e.message();
    }
}
