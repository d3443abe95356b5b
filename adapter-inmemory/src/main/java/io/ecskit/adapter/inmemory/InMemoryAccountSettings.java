package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.account.AccountSetting;
import io.ecskit.domain.account.AccountSettingsQuery;
import io.ecskit.domain.account.SettingName;
import io.ecskit.domain.account.SettingType;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.AccountSettingPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** Account settings as ECS keeps them: per principal, the root user's being the account's defaults. */
final class InMemoryAccountSettings implements AccountSettingPort {

    private final InMemoryState state;

    @Inject
    InMemoryAccountSettings(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, AccountSetting> put(SettingName name, String value, Option<String> principalArn) {
        return state.call("PutAccountSetting", () -> checked(name, value).map(ok -> {
            String principal = principalArn.getOrElse(state.rootPrincipal());
            state.accountSettings.computeIfAbsent(principal, p -> new LinkedHashMap<>()).put(name, value);
            return new AccountSetting(name, value, Option.of(principal), Option.of(SettingType.USER));
        }));
    }

    @Override
    public Either<EcsError, AccountSetting> putDefault(SettingName name, String value) {
        return state.call("PutAccountSettingDefault", () -> checked(name, value).map(ok -> {
            state.accountSettings.computeIfAbsent(state.rootPrincipal(), p -> new LinkedHashMap<>()).put(name, value);
            return new AccountSetting(name, value, Option.of(state.rootPrincipal()), Option.none());
        }));
    }

    @Override
    public Either<EcsError, AccountSetting> delete(SettingName name, Option<String> principalArn) {
        return state.call("DeleteAccountSetting", () -> {
            String principal = principalArn.getOrElse(state.rootPrincipal());
            String was = state.accountSetting(principal, name);
            Map<SettingName, String> own = state.accountSettings.get(principal);
            if (own != null) {
                own.remove(name);
            }
            return Either.right(new AccountSetting(name, was, Option.of(principal), Option.of(SettingType.USER)));
        });
    }

    @Override
    public Either<EcsError, Seq<AccountSetting>> list(AccountSettingsQuery query) {
        return state.call("ListAccountSettings", () -> {
            if (query.value().isDefined() && query.name().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ACCOUNT_SETTING_VALUE_NEEDS_NAME));
            }
            String principal = query.principalArn().getOrElse(state.rootPrincipal());
            Seq<SettingName> names = query.name().map(List::of).getOrElse(List.of(SettingName.values()));
            Map<SettingName, String> own = state.accountSettings.getOrDefault(principal, Map.of());
            Seq<AccountSetting> settings = names
                    .filter(n -> query.effectiveSettings() || own.containsKey(n))
                    .map(n -> new AccountSetting(n, state.accountSetting(principal, n), Option.of(principal),
                            Option.of(n.readOnly() ? SettingType.AWS_MANAGED : SettingType.USER)));
            return Either.right(settings.filter(s -> query.value().forAll(v -> v.equals(s.value()))));
        });
    }

    private static Either<EcsError, SettingName> checked(SettingName name, String value) {
        if (name.readOnly()) {
            return Either.left(EcsError.of(EcsRule.ACCOUNT_SETTING_READ_ONLY, name.wire()));
        }
        if (!name.acceptedValues().contains(value)) {
            return Either.left(EcsError.of(EcsRule.ACCOUNT_SETTING_VALUE, value, name.wire(), name.acceptedValues().mkString(", ")));
        }
        return Either.right(name);
    }
}
