package io.ecskit.domain.ecr;

import io.vavr.control.Option;

/**
 * What ValidatePullThroughCacheRule answers: the rule, and whether ECR can use it.
 *
 * @param rule the prefix's rule
 * @param valid whether the rule's settings hold (in memory: ECR's checks of them; no upstream is reached)
 * @param failure why not, when not
 */
public record PullThroughCacheValidation(PullThroughCacheRule rule, boolean valid, Option<String> failure) {
}
