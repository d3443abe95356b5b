package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about an action. Source: Elastic Load Balancing v2 API reference (Action).
 *
 * @param type The type of action. (required)
 * @param targetGroupArn The Amazon Resource Name (ARN) of the target group.
 * @param authenticateOidcConfig [HTTPS listeners] Information about an identity provider that is compliant with OpenID Connect (OIDC).
 * @param authenticateCognitoConfig [HTTPS listeners] Information for using Amazon Cognito to authenticate users.
 * @param order The order for the action.
 * @param redirectConfig [Application Load Balancer] Information for creating a redirect action.
 * @param fixedResponseConfig [Application Load Balancer] Information for creating an action that returns a custom HTTP response.
 * @param forwardConfig Information for creating an action that distributes requests among multiple target groups.
 * @param jwtValidationConfig [HTTPS listeners] Information for validating JWT access tokens in client requests.
 */
@Value.Builder
public record Action(
        ActionTypeEnum type,
        Option<String> targetGroupArn,
        Option<AuthenticateOidcActionConfig> authenticateOidcConfig,
        Option<AuthenticateCognitoActionConfig> authenticateCognitoConfig,
        Option<Integer> order,
        Option<RedirectActionConfig> redirectConfig,
        Option<FixedResponseActionConfig> fixedResponseConfig,
        Option<ForwardActionConfig> forwardConfig,
        Option<JwtValidationActionConfig> jwtValidationConfig) {

    /** A builder with every optional component absent and every list empty. */
    public static ActionBuilder builder() {
        return new ActionBuilder();
    }

    /** A builder holding this record's values. */
    public ActionBuilder toBuilder() {
        return new ActionBuilder().from(this);
    }
}
