package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.RetentionDays;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A service's logs as its awslogs containers write them ({@code prefix/container/taskId}): one
 * window, or followed until the caller says stop.
 */
public interface ReadLogs {

    /** The group exists afterwards, with this retention. */
    Either<EcsError, LogGroup> ensureGroup(LogGroupName group, Option<RetentionDays> retention);

    /** Events of the service's containers (or one container, or one task) with {@code from <= t < to}, in order. */
    Either<EcsError, Seq<LogEvent>> read(Query query, Instant from, Instant to);

    /**
     * The backend's now for the service's logs: the time source's now, or the newest event of the service's streams when
     * that is later (a backend whose simulated clock runs ahead of this machine's, such as {@code ecskit server} with a fast
     * clock seen through the AWS adapter; on AWS an event is never newer than now, so this is now).
     */
    Either<EcsError, Instant> now(Query query);

    /** Polls from {@code from} on, with back-off, handing new events over in order until {@code stop} is true. */
    Either<EcsError, Integer> follow(Query query, Instant from, Duration maxPause, BooleanSupplier stop, Consumer<LogEvent> sink);

    /**
     * Whose logs.
     *
     * @param cluster the service's cluster
     * @param service the service; its running task definition's awslogs options name the groups and stream prefixes
     * @param container only this container's streams; all awslogs containers when empty
     * @param taskId only this task's streams (the task ARN's last part); every task when empty
     */
    record Query(ClusterName cluster, ServiceName service, Option<String> container, Option<String> taskId) {

        /** Every awslogs container of every task of the service. */
        public static Query service(ClusterName cluster, ServiceName service) {
            return new Query(cluster, service, Option.none(), Option.none());
        }

        /** From plain strings (names or ARNs): the query, or {@code EcsError.Invalid} naming every problem at once. */
        public static Either<EcsError, Query> parse(String cluster, String service) {
            return CommandChecks.fromStrings(cluster, service, io.vavr.collection.List.empty(),
                    t -> service(t.cluster(), t.service()), q -> io.vavr.collection.List.empty());
        }

        /** Only the container with this name (as in the task definition). */
        public Query container(String name) {
            return new Query(cluster, service, Option.of(name), taskId);
        }

        /** Only the task with this id. */
        public Query task(String id) {
            return new Query(cluster, service, container, Option.of(id));
        }
    }
}
