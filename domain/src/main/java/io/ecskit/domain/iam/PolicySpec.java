package io.ecskit.domain.iam;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What CreatePolicy asks for. Source: IAM API reference, CreatePolicy.
 *
 * @param policyName the name (required): 1..128 of letters, digits and {@code +=,.@_-}
 * @param policyDocument the document (required), JSON, without a {@code Principal}
 * @param path the path, {@code /} by default
 * @param description up to 1,000 characters
 * @param tags at most 50
 */
public record PolicySpec(String policyName, String policyDocument, Option<String> path, Option<String> description, List<Tag> tags) {

    /** A policy at {@code /} with a document and nothing else. */
    public static PolicySpec of(String policyName, String policyDocument) {
        return new PolicySpec(policyName, policyDocument, Option.none(), Option.none(), List.empty());
    }
}
