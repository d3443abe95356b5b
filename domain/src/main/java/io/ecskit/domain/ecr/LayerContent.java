package io.ecskit.domain.ecr;

import java.nio.ByteBuffer;

/**
 * A layer's bytes as a registry serves them (GetDownloadUrlForLayer, then the download).
 *
 * @param digest the layer's digest (the sha256 of {@code bytes})
 * @param bytes the content, read-only
 */
public record LayerContent(ImageDigest digest, ByteBuffer bytes) {

    /** The content, as a read-only view of {@code bytes} (not copied: the caller must not change them). */
    public static LayerContent of(ImageDigest digest, byte[] bytes) {
        return new LayerContent(digest, ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    }

    /** The content's size in bytes. */
    public long size() {
        return bytes.remaining();
    }
}
