package io.ecskit.domain.taskdef;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/** The FireLens log router of a task ({@code fluentbit} or {@code fluentd}). */
public record FirelensConfiguration(String type, Map<String, String> options) {

    public FirelensConfiguration {
        options = options == null ? LinkedHashMap.empty() : options;
    }
}
