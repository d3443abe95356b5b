package io.ecskit.usecase;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TimeSource;
import io.ecskit.domain.taskdef.SecretHygiene;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** {@link ReadLogs}: from the running task definition's awslogs options to the streams and their events. */
public final class ReadLogsHandler implements ReadLogs {

    /** CloudWatch Logs may show an event a few seconds after its timestamp: re-read that much, drop what was seen. */
    static final Duration INGESTION_OVERLAP = Duration.ofSeconds(10);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

    private final ServicePort services;
    private final TaskDefinitionPort taskDefinitions;
    private final LogPort logs;
    private final TimeSource time;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public ReadLogsHandler(ServicePort services, TaskDefinitionPort taskDefinitions, LogPort logs, TimeSource time) {
        this.services = services;
        this.taskDefinitions = taskDefinitions;
        this.logs = logs;
        this.time = time;
    }

    @Override
    public Either<EcsError, LogGroup> ensureGroup(LogGroupName group, Option<RetentionDays> retention) {
        return logs.describeGroup(group).flatMap(found -> found.isEmpty()
                ? logs.createGroup(group, retention)
                : retention.isDefined() && !found.get().retention().equals(retention)
                        ? logs.putRetention(group, retention.get())
                        : Either.right(found.get()));
    }

    /**
     * The events, in order. A value of a plain environment variable whose name looks secret (DB_PASSWORD, API_TOKEN, ...)
     * is printed by no one: where a container logs it, the message carries {@value SecretHygiene#MASK} instead.
     */
    @Override
    public Either<EcsError, Seq<LogEvent>> read(Query query, Instant from, Instant to) {
        return sources(query).flatMap(sources -> {
            Either<EcsError, Seq<LogEvent>> all = Either.right(List.empty());
            for (Tuple2<LogGroupName, String> source : sources.streams()) {
                // the prefix is also applied here: not every CloudWatch Logs (moto) honours logStreamNamePrefix
                all = all.flatMap(sofar -> logs.events(source._1, Option.of(source._2), from, to)
                        .map(events -> sofar.appendAll(events.filter(e -> e.stream().value().startsWith(source._2)))));
            }
            return all.map(events -> events.sorted(Comparator.comparing(LogEvent::timestamp))
                    .map(e -> sources.secrets().isEmpty() ? e
                            : new LogEvent(e.timestamp(), SecretHygiene.maskIn(e.message(), sources.secrets()), e.stream())));
        });
    }

    @Override
    public Either<EcsError, Instant> now(Query query) {
        Instant now = time.now();
        if (time.simulated()) {
            return Either.right(now);
        }
        return sources(query).flatMap(sources -> {
            Either<EcsError, Instant> newest = Either.right(now);
            for (Tuple2<LogGroupName, String> source : sources.streams()) {
                newest = newest.flatMap(sofar -> logs.streams(source._1, Option.of(source._2)).map(streams -> streams
                        .filter(s -> s.name().value().startsWith(source._2)).flatMap(s -> s.lastEventAt())
                        .foldLeft(sofar, (a, b) -> b.isAfter(a) ? b : a)));
            }
            return newest;
        });
    }

    @Override
    public Either<EcsError, Integer> follow(Query query, Instant from, Duration maxPause, BooleanSupplier stop,
                                            Consumer<LogEvent> sink) {
        Instant cursor = from;
        Set<String> seen = new HashSet<>();
        Duration pause = FIRST_PAUSE;
        int emitted = 0;
        while (!stop.getAsBoolean()) {
            Instant now = time.now();
            Instant windowStart = cursor.minus(INGESTION_OVERLAP).isBefore(from) ? from : cursor.minus(INGESTION_OVERLAP);
            Either<EcsError, Seq<LogEvent>> read = read(query, windowStart, now);
            if (read.isLeft()) {
                return Either.left(read.getLeft());
            }
            Seq<LogEvent> fresh = read.get().filter(e -> seen.add(e.timestamp() + "|" + e.stream().value() + "|" + e.message()));
            fresh.forEach(sink);
            emitted += fresh.size();
            cursor = now;
            pause = fresh.isEmpty() ? min(pause.multipliedBy(2), maxPause) : FIRST_PAUSE;
            try {
                time.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Either.right(emitted);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** The (group, stream prefix) of each awslogs container the query covers, and the values never to print. */
    private record Sources(Seq<Tuple2<LogGroupName, String>> streams, Seq<String> secrets) {
    }

    private Either<EcsError, Sources> sources(Query query) {
        return ServiceSupport.activeService(services, query.cluster(), query.service())
                .flatMap(service -> ServiceSupport.running(taskDefinitions, service))
                .map(td -> new Sources(td.definition().containerDefinitions()
                        .filter(c -> query.container().forAll(name -> c.name().contains(name)))
                        .flatMap(c -> c.logConfiguration().flatMap(l -> l.awslogs())
                                .filter(a -> a.group().isDefined() && a.streamPrefix().isDefined())
                                .map(a -> Tuple.of(new LogGroupName(a.group().get()),
                                        a.streamPrefix().get() + "/" + c.name().getOrElse("") + "/" + query.taskId().getOrElse(""))))
                        .distinct(), SecretHygiene.secretValues(td.definition())));
    }
}
