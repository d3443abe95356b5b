package io.ecskit.domain.elb;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Request parameters to use when integrating with Amazon Cognito to authenticate users. Source: Elastic Load Balancing v2 API reference (AuthenticateCognitoActionConfig).
 *
 * @param userPoolArn The Amazon Resource Name (ARN) of the Amazon Cognito user pool. (required)
 * @param userPoolClientId The ID of the Amazon Cognito user pool client. (required)
 * @param userPoolDomain The domain prefix or fully-qualified domain name of the Amazon Cognito user pool. (required)
 * @param sessionCookieName The name of the cookie used to maintain session information.
 * @param scope The set of user claims to be requested from the IdP.
 * @param sessionTimeout The maximum duration of the authentication session, in seconds.
 * @param authenticationRequestExtraParams The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
 * @param onUnauthenticatedRequest The behavior if the user is not authenticated.
 */
@Value.Builder
public record AuthenticateCognitoActionConfig(
        String userPoolArn,
        String userPoolClientId,
        String userPoolDomain,
        Option<String> sessionCookieName,
        Option<String> scope,
        Option<Long> sessionTimeout,
        Map<String, String> authenticationRequestExtraParams,
        Option<AuthenticateCognitoActionConditionalBehaviorEnum> onUnauthenticatedRequest) {

    /** A builder with every optional component absent and every list empty. */
    public static AuthenticateCognitoActionConfigBuilder builder() {
        return new AuthenticateCognitoActionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public AuthenticateCognitoActionConfigBuilder toBuilder() {
        return new AuthenticateCognitoActionConfigBuilder().from(this);
    }
}
