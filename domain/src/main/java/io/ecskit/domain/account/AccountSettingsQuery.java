package io.ecskit.domain.account;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What ListAccountSettings is asked for: every filter optional.
 *
 * @param name Only this setting.
 * @param value Only settings with this value (needs {@code name}, as ECS requires).
 * @param principalArn The principal whose settings are listed; the caller by default.
 * @param effectiveSettings Whether to list the value each setting has in effect (inherited defaults included)
 *                          rather than only what was set explicitly; false by default.
 */
@Value.Builder
public record AccountSettingsQuery(
        Option<SettingName> name,
        Option<String> value,
        Option<String> principalArn,
        boolean effectiveSettings) {

    /** Every explicitly set setting of the caller. */
    public static AccountSettingsQuery all() {
        return builder().build();
    }

    /** What is in effect for the caller, defaults included. */
    public static AccountSettingsQuery effective() {
        return builder().effectiveSettings(true).build();
    }

    /** A builder with every filter absent and {@code effectiveSettings} false. */
    public static AccountSettingsQueryBuilder builder() {
        return new AccountSettingsQueryBuilder().effectiveSettings(false);
    }
}
