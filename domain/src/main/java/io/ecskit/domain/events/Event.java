package io.ecskit.domain.events;

import io.vavr.collection.List;

import java.time.Instant;

/**
 * An event on the bus: ECS's own (source {@code aws.ecs}) or one PutEvents sent, as rules match it and targets receive it.
 * Source: EventBridge user guide, "Amazon EventBridge events" (the envelope).
 *
 * @param id a UUID
 * @param detailType e.g. {@code ECS Task State Change}, {@code ECS Service Action}, {@code ECS Deployment State Change}
 * @param source e.g. {@code aws.ecs}
 * @param account the account
 * @param time when it happened, on the simulation's clock
 * @param region the region
 * @param resources the ARNs it concerns (the task's, the service's)
 * @param detail its detail, a JSON object
 */
public record Event(String id, String detailType, String source, String account, Instant time, String region, List<String> resources,
                    String detail) {

    /** The event as EventBridge delivers it: {@code version, id, detail-type, source, account, time, region, resources, detail}. */
    public String json() {
        return "{\"version\":\"0\",\"id\":" + quote(id) + ",\"detail-type\":" + quote(detailType) + ",\"source\":" + quote(source)
                + ",\"account\":" + quote(account) + ",\"time\":" + quote(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                + ",\"region\":" + quote(region) + ",\"resources\":" + resources.map(Event::quote).mkString("[", ",", "]")
                + ",\"detail\":" + detail + "}";
    }

    private static String quote(String text) {
        return io.ecskit.domain.JsonText.quote(text);
    }
}
