package io.ecskit.domain.account;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One ECS account setting for one principal, as PutAccountSetting, PutAccountSettingDefault, DeleteAccountSetting
 * and ListAccountSettings answer it (AWS's {@code Setting} shape). Account settings are per Region.
 *
 * @param name The setting.
 * @param value Its value: one of {@link SettingName#acceptedValues()}.
 * @param principalArn The IAM user, role or root user the value applies to; the account's root user
 *                     ({@code arn:aws:iam::ACCOUNT:root}) for the default every principal inherits; ECS always
 *                     sends it (moto 5.2.5 leaves it out).
 * @param type {@code user} when a user set it, {@code aws_managed} when AWS manages it; absent on defaults.
 */
@Value.Builder
public record AccountSetting(
        SettingName name,
        String value,
        Option<String> principalArn,
        Option<SettingType> type) {

    /** A builder with every optional component absent. */
    public static AccountSettingBuilder builder() {
        return new AccountSettingBuilder();
    }

    /** A builder holding this record's values. */
    public AccountSettingBuilder toBuilder() {
        return new AccountSettingBuilder().from(this);
    }
}
