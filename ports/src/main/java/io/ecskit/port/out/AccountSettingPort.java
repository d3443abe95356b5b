package io.ecskit.port.out;

import io.ecskit.domain.account.AccountSetting;
import io.ecskit.domain.account.AccountSettingsQuery;
import io.ecskit.domain.account.SettingName;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * ECS account settings of one region: per principal (IAM user, role or the root user), with the account's
 * default for principals that set nothing. They take effect where ECS applies them: {@code containerInsights}
 * is the Container Insights setting of clusters created without one. Errors: InvalidParameterException for a
 * value the setting does not take (rule accountSettingValue) or a read-only setting (rule accountSettingReadOnly).
 */
public interface AccountSettingPort {

    /**
     * PutAccountSetting: sets {@code name} to {@code value} for {@code principalArn}, or for the caller when absent
     * (the caller being the root user, this also changes the account's default).
     */
    Either<EcsError, AccountSetting> put(SettingName name, String value, Option<String> principalArn);

    /** PutAccountSettingDefault: the value every principal without a setting of its own has. */
    Either<EcsError, AccountSetting> putDefault(SettingName name, String value);

    /**
     * DeleteAccountSetting: removes the principal's own value (the caller's when absent), which falls back to the
     * account's default; answers the setting as it was.
     */
    Either<EcsError, AccountSetting> delete(SettingName name, Option<String> principalArn);

    /** ListAccountSettings, every page: what was set explicitly, or with {@code effectiveSettings} what is in effect. */
    Either<EcsError, Seq<AccountSetting>> list(AccountSettingsQuery query);
}
