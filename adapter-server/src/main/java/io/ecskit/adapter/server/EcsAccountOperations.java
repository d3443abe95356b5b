package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.account.AccountSetting;
import io.ecskit.domain.account.AccountSettingsQuery;
import io.ecskit.domain.account.SettingName;
import io.ecskit.mapping.SdkMapping;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.DeleteAccountSettingRequest;
import software.amazon.awssdk.services.ecs.model.DeleteAccountSettingResponse;
import software.amazon.awssdk.services.ecs.model.ListAccountSettingsRequest;
import software.amazon.awssdk.services.ecs.model.ListAccountSettingsResponse;
import software.amazon.awssdk.services.ecs.model.PutAccountSettingDefaultRequest;
import software.amazon.awssdk.services.ecs.model.PutAccountSettingDefaultResponse;
import software.amazon.awssdk.services.ecs.model.PutAccountSettingRequest;
import software.amazon.awssdk.services.ecs.model.PutAccountSettingResponse;
import software.amazon.awssdk.services.ecs.model.Setting;

import java.util.Map;
import java.util.Set;

/** ECS's account-setting operations on {@code AccountSettingPort}. */
final class EcsAccountOperations {

    private static final String PREFIX = EcsOperations.PREFIX;

    private EcsAccountOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "PutAccountSetting", (kit, body) -> {
            PutAccountSettingRequest r = Wire.read(body, PutAccountSettingRequest::builder, "PutAccountSetting", Set.of());
            return Answer.of(kit.api().accountSettings().put(name(r.nameAsString()), EcsOperations.required(r.value(), "value"),
                    Option.of(r.principalArn())).map(s -> PutAccountSettingResponse.builder().setting(setting(s)).build()));
        });
        operations.put(PREFIX + "PutAccountSettingDefault", (kit, body) -> {
            PutAccountSettingDefaultRequest r = Wire.read(body, PutAccountSettingDefaultRequest::builder, "PutAccountSettingDefault", Set.of());
            return Answer.of(kit.api().accountSettings().putDefault(name(r.nameAsString()), EcsOperations.required(r.value(), "value"))
                    .map(s -> PutAccountSettingDefaultResponse.builder().setting(setting(s)).build()));
        });
        operations.put(PREFIX + "DeleteAccountSetting", (kit, body) -> {
            DeleteAccountSettingRequest r = Wire.read(body, DeleteAccountSettingRequest::builder, "DeleteAccountSetting", Set.of());
            return Answer.of(kit.api().accountSettings().delete(name(r.nameAsString()), Option.of(r.principalArn()))
                    .map(s -> DeleteAccountSettingResponse.builder().setting(setting(s)).build()));
        });
        operations.put(PREFIX + "ListAccountSettings", (kit, body) -> {
            ListAccountSettingsRequest r = Wire.read(body, ListAccountSettingsRequest::builder, "ListAccountSettings", Set.of());
            Pages.Request page = Pages.request("ListAccountSettings", r.maxResults(), r.nextToken(), 10, 10);
            AccountSettingsQuery query = AccountSettingsQuery.builder().name(Option.of(r.nameAsString()).map(EcsAccountOperations::name))
                    .value(Option.of(r.value())).principalArn(Option.of(r.principalArn()))
                    .effectiveSettings(Boolean.TRUE.equals(r.effectiveSettings())).build();
            return Answer.of(kit.api().accountSettings().list(query).map(settings -> {
                Pages.Page<AccountSetting> p = page.of(settings);
                return ListAccountSettingsResponse.builder().settings(p.items().map(EcsAccountOperations::setting).asJava())
                        .nextToken(p.nextToken().getOrNull()).build();
            }));
        });
    }

    private static SettingName name(String wire) {
        if (wire == null) {
            throw Wire.missing("name");
        }
        // an unknown name never gets here: the model's enum check answers it first
        return WireValue.parse(SettingName.class, wire).get();
    }

    private static Setting setting(AccountSetting s) {
        return SdkMapping.toSdk(s, Setting.class);
    }
}
