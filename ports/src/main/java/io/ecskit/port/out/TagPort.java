package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Tags on every taggable ECS resource, by ARN: clusters, services, tasks, task definitions, container instances and task sets.
 * Errors: ClusterNotFoundException for an unknown cluster, ResourceNotFoundException for any other resource that
 * does not exist (rule tagResourceFound), InvalidParameterException for an ARN that names no ECS resource (rule
 * tagResourceArn) and for tags ECS refuses (at most 50 per resource, keys 1..128 and values 0..256 characters, no
 * {@code aws:} prefix).
 */
public interface TagPort {

    /** TagResource: adds the tags, replacing the values of keys the resource already has. */
    Either<EcsError, Done> tag(String resourceArn, Seq<Tag> tags);

    /** UntagResource: removes the tags with these keys (keys the resource lacks are ignored, as ECS does). */
    Either<EcsError, Done> untag(String resourceArn, Seq<String> tagKeys);

    /** ListTagsForResource: the resource's tags, in the order they were added. */
    Either<EcsError, Seq<Tag>> list(String resourceArn);
}
