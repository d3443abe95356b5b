package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the mutual authentication attributes of a listener. Source: Elastic Load Balancing v2 API reference (MutualAuthenticationAttributes).
 *
 * @param mode The client certificate handling method.
 * @param trustStoreArn The Amazon Resource Name (ARN) of the trust store.
 * @param ignoreClientCertificateExpiry Indicates whether expired client certificates are ignored.
 * @param trustStoreAssociationStatus Indicates a shared trust stores association status.
 * @param advertiseTrustStoreCaNames Indicates whether trust store CA certificate names are advertised.
 * @param clientCertificateIdentityFilters [Network Load Balancers] The client certificate identity filters.
 */
@Value.Builder
public record MutualAuthenticationAttributes(
        Option<String> mode,
        Option<String> trustStoreArn,
        Option<Boolean> ignoreClientCertificateExpiry,
        Option<TrustStoreAssociationStatusEnum> trustStoreAssociationStatus,
        Option<AdvertiseTrustStoreCaNamesEnum> advertiseTrustStoreCaNames,
        List<ClientCertificateIdentityFilter> clientCertificateIdentityFilters) {

    /** A builder with every optional component absent and every list empty. */
    public static MutualAuthenticationAttributesBuilder builder() {
        return new MutualAuthenticationAttributesBuilder();
    }

    /** A builder holding this record's values. */
    public MutualAuthenticationAttributesBuilder toBuilder() {
        return new MutualAuthenticationAttributesBuilder().from(this);
    }
}
