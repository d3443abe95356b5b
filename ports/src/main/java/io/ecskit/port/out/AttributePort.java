package io.ecskit.port.out;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.TargetType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Custom attributes of container instances, as placement constraints ({@code attribute:NAME == VALUE}) read them.
 * Errors: TargetNotFoundException for an instance the cluster lacks (rule attributeTargetFound),
 * AttributeLimitExceededException past 10 custom attributes per instance (rule attributesAtMostTen).
 */
public interface AttributePort {

    /** PutAttributes: adds or replaces the attributes on their targets; answers them. */
    Either<EcsError, Seq<Attribute>> put(ClusterName cluster, Seq<Attribute> attributes);

    /** DeleteAttributes: removes the attributes from their targets; answers them. */
    Either<EcsError, Seq<Attribute>> delete(ClusterName cluster, Seq<Attribute> attributes);

    /** ListAttributes, every page: the cluster's attributes of {@code targetType}, by name and value when given. */
    Either<EcsError, Seq<Attribute>> list(ClusterName cluster, TargetType targetType, Option<String> name, Option<String> value);
}
