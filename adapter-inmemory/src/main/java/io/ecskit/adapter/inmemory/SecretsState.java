package io.ecskit.adapter.inmemory;

import io.ecskit.domain.secrets.Parameter;
import io.ecskit.domain.secrets.Secret;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A region's Secrets Manager secrets (by name) and SSM parameters (by name, every version, oldest first). */
final class SecretsState {

    final Map<String, Secret> secrets = new TreeMap<>();
    final Map<String, List<Parameter>> parameters = new TreeMap<>();

    /** Secrets whose recovery window has passed are deleted for good. */
    void purge(Instant now) {
        secrets.values().removeIf(s -> s.deletedDate().exists(d -> !d.isAfter(now)));
    }

    /** The secret a name, a full ARN or an ARN without its six-character suffix names. */
    Option<Secret> find(String secretId) {
        Secret byName = secrets.get(secretId);
        if (byName != null) {
            return Option.of(byName);
        }
        return Option.ofOptional(secrets.values().stream()
                .filter(s -> s.arn().equals(secretId) || s.arn().substring(0, s.arn().length() - 7).equals(secretId)).findFirst());
    }
}
