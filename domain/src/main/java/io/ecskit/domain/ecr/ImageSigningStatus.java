package io.ecskit.domain.ecr;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The signing status for an image. Source: ECR API reference (ImageSigningStatus).
 *
 * @param signingProfileArn The ARN of the Amazon Web Services Signer signing profile used to sign the image.
 * @param failureCode The failure code, which is only present if status is FAILED .
 * @param failureReason A description of why signing the image failed.
 * @param status The image's signing status.
 */
@Value.Builder
public record ImageSigningStatus(
        Option<String> signingProfileArn,
        Option<String> failureCode,
        Option<String> failureReason,
        Option<SigningStatus> status) {

    /** A builder with every optional component absent and every list empty. */
    public static ImageSigningStatusBuilder builder() {
        return new ImageSigningStatusBuilder();
    }

    /** A builder holding this record's values. */
    public ImageSigningStatusBuilder toBuilder() {
        return new ImageSigningStatusBuilder().from(this);
    }
}
