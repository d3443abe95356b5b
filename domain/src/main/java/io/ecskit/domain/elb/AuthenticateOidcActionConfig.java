package io.ecskit.domain.elb;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Request parameters when using an identity provider (IdP) that is compliant with OpenID Connect (OIDC) to authenticate users. Source: Elastic Load Balancing v2 API reference (AuthenticateOidcActionConfig).
 *
 * @param issuer The OIDC issuer identifier of the IdP. (required)
 * @param authorizationEndpoint The authorization endpoint of the IdP. (required)
 * @param tokenEndpoint The token endpoint of the IdP. (required)
 * @param userInfoEndpoint The user info endpoint of the IdP. (required)
 * @param clientId The OAuth 2.0 client identifier. (required)
 * @param clientSecret The OAuth 2.0 client secret.
 * @param sessionCookieName The name of the cookie used to maintain session information.
 * @param scope The set of user claims to be requested from the IdP.
 * @param sessionTimeout The maximum duration of the authentication session, in seconds.
 * @param authenticationRequestExtraParams The query parameters (up to 10) to include in the redirect request to the authorization endpoint.
 * @param onUnauthenticatedRequest The behavior if the user is not authenticated.
 * @param useExistingClientSecret Indicates whether to use the existing client secret when modifying a rule.
 */
@Value.Builder
public record AuthenticateOidcActionConfig(
        String issuer,
        String authorizationEndpoint,
        String tokenEndpoint,
        String userInfoEndpoint,
        String clientId,
        Option<String> clientSecret,
        Option<String> sessionCookieName,
        Option<String> scope,
        Option<Long> sessionTimeout,
        Map<String, String> authenticationRequestExtraParams,
        Option<AuthenticateOidcActionConditionalBehaviorEnum> onUnauthenticatedRequest,
        Option<Boolean> useExistingClientSecret) {

    /** A builder with every optional component absent and every list empty. */
    public static AuthenticateOidcActionConfigBuilder builder() {
        return new AuthenticateOidcActionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public AuthenticateOidcActionConfigBuilder toBuilder() {
        return new AuthenticateOidcActionConfigBuilder().from(this);
    }
}
