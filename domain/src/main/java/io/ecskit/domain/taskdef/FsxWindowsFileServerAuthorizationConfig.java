package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * Domain credentials for an FSx for Windows File Server volume.
 *
 * @param credentialsParameter ARN of the secret or parameter with the domain credentials (required).
 * @param domain Fully qualified Active Directory domain name (required).
 */
@Value.Builder
public record FsxWindowsFileServerAuthorizationConfig(
        String credentialsParameter,
        String domain) {

    /** A builder with every optional component absent and every list empty. */
    public static FsxWindowsFileServerAuthorizationConfigBuilder builder() {
        return new FsxWindowsFileServerAuthorizationConfigBuilder();
    }

    /** A builder holding this record's values. */
    public FsxWindowsFileServerAuthorizationConfigBuilder toBuilder() {
        return new FsxWindowsFileServerAuthorizationConfigBuilder().from(this);
    }
}
