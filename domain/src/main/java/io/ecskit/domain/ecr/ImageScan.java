package io.ecskit.domain.ecr;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * An image's vulnerability scan as ECR's basic scanning reports it (StartImageScan, DescribeImageScanFindings).
 *
 * @param imageDigest the image scanned
 * @param imageTag the tag it was asked for by, when it was
 * @param status {@code IN_PROGRESS}, {@code COMPLETE} or {@code FAILED} (ECR's ScanStatus)
 * @param description ECR's words for the status
 * @param completedAt when the scan completed; none while in progress
 * @param findings what it found (in memory: none; ecskit reads no image content)
 */
public record ImageScan(ImageDigest imageDigest, Option<ImageTag> imageTag, String status, String description,
                        Option<Instant> completedAt, Seq<Finding> findings) {

    /**
     * One finding of a scan.
     *
     * @param name the vulnerability, e.g. CVE-2019-5188
     * @param severity {@code INFORMATIONAL}, {@code LOW}, {@code MEDIUM}, {@code HIGH}, {@code CRITICAL} or {@code UNDEFINED}
     * @param description what it is
     * @param uri where it is described
     */
    public record Finding(String name, String severity, String description, String uri) {
    }
}
