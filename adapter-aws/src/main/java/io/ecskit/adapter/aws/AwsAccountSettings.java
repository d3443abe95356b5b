package io.ecskit.adapter.aws;

import io.ecskit.domain.account.AccountSetting;
import io.ecskit.domain.account.AccountSettingsQuery;
import io.ecskit.domain.account.SettingName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.AccountSettingPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.Setting;

final class AwsAccountSettings implements AccountSettingPort {

    private final AwsClients aws;

    @Inject
    AwsAccountSettings(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, AccountSetting> put(SettingName name, String value, Option<String> principalArn) {
        return aws.call(() -> setting(aws.ecs.putAccountSetting(r -> r.name(name.wire()).value(value)
                .principalArn(principalArn.getOrNull())).setting()));
    }

    @Override
    public Either<EcsError, AccountSetting> putDefault(SettingName name, String value) {
        return aws.call(() -> setting(aws.ecs.putAccountSettingDefault(r -> r.name(name.wire()).value(value)).setting()));
    }

    @Override
    public Either<EcsError, AccountSetting> delete(SettingName name, Option<String> principalArn) {
        return aws.call(() -> setting(aws.ecs.deleteAccountSetting(r -> r.name(name.wire())
                .principalArn(principalArn.getOrNull())).setting()));
    }

    @Override
    public Either<EcsError, Seq<AccountSetting>> list(AccountSettingsQuery query) {
        return aws.call(() -> List.ofAll(aws.ecs.listAccountSettingsPaginator(r -> r.name(query.name().map(SettingName::wire).getOrNull())
                .value(query.value().getOrNull()).principalArn(query.principalArn().getOrNull())
                .effectiveSettings(query.effectiveSettings())).settings()).map(AwsAccountSettings::setting));
    }

    private static AccountSetting setting(Setting setting) {
        if (setting == null) {
            // ECS always answers the setting; an emulator may not (moto 5.2.5's DeleteAccountSetting)
            throw new io.ecskit.mapping.UnmappableResponseException(AccountSetting.class, List.of(new io.ecskit.domain.Violation("setting",
                    io.ecskit.domain.ErrorKind.CLIENT_EXCEPTION, "the answer holds no setting", Option.none())));
        }
        return SdkMapping.fromAws(setting, AccountSetting.class);
    }
}
