package io.ecskit.adapter.aws;

/**
 * What the AWS component needs internally but users must not see: package-private, so code outside
 * this package cannot call these methods on an {@link AwsEcsKit}.
 */
interface AwsKitInternals {

    AwsSettings settings();

    AwsClients clients();

    AccountResolver accountResolver();
}
