package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tags on an ECR repository or a log group: added or overwritten all at once, or not at all. */
final class Tagging {

    private Tagging() {
    }

    /**
     * Adds {@code tags} to {@code current} (a tag of the same key is overwritten): {@code badTag} when a key is not 1..128
     * or a value more than 256 characters, {@code tooMany} when the resource would hold more than 50; nothing changes then.
     */
    static Either<EcsError, Done> merge(Map<String, String> current, Seq<Tag> tags, EcsError badTag, EcsError tooMany) {
        if (tags.exists(t -> t.key().getOrElse("").isEmpty() || t.key().get().length() > 128 || t.value().getOrElse("").length() > 256)) {
            return Either.left(badTag);
        }
        Map<String, String> after = new LinkedHashMap<>(current);
        tags.forEach(t -> after.put(t.key().get(), t.value().getOrElse("")));
        if (after.size() > 50) {
            return Either.left(tooMany);
        }
        current.clear();
        current.putAll(after);
        return Either.right(Done.DONE);
    }
    /** {@code tags} added to {@code current} in order, a key already there taking the new value in its place. */
    static io.vavr.collection.List<Tag> merged(io.vavr.collection.List<Tag> current, Seq<Tag> tags) {
        io.vavr.collection.List<Tag> kept = current.map(old -> tags.findLast(t -> t.key().equals(old.key())).getOrElse(old));
        return kept.appendAll(tags.filter(t -> current.forAll(old -> !old.key().equals(t.key()))).toList().distinctBy(t -> t.key()));
    }
}
