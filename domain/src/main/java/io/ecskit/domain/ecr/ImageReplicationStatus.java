package io.ecskit.domain.ecr;

import io.vavr.control.Option;

/**
 * Where an image is replicated and how far: a destination's region and registry, IN_PROGRESS, COMPLETE or FAILED, and
 * why it failed. Source: ECR API reference (ImageReplicationStatus, DescribeImageReplicationStatus).
 *
 * @param region the destination's Region
 * @param registryId the destination registry's account id
 * @param status IN_PROGRESS, COMPLETE or FAILED
 * @param failureCode why a replication failed
 */
public record ImageReplicationStatus(String region, String registryId, String status, Option<String> failureCode) {
}
