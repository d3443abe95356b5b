package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a prefix list ID. Source: EC2 API reference (PrefixListId).
 *
 * @param description A description for the security group rule that references this prefix list ID.
 * @param prefixListId The ID of the prefix.
 */
@Value.Builder
public record PrefixListId(
        Option<String> description,
        Option<String> prefixListId) {

    /** A builder with every optional component absent and every list empty. */
    public static PrefixListIdBuilder builder() {
        return new PrefixListIdBuilder();
    }

    /** A builder holding this record's values. */
    public PrefixListIdBuilder toBuilder() {
        return new PrefixListIdBuilder().from(this);
    }
}
