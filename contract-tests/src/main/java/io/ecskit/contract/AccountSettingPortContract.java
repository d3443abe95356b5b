package io.ecskit.contract;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.account.AccountSetting;
import io.ecskit.domain.account.AccountSettingsQuery;
import io.ecskit.domain.account.SettingName;
import io.ecskit.domain.cluster.ClusterSetting;
import io.ecskit.domain.cluster.ClusterSettingName;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AccountSettingPort: PutAccountSetting, PutAccountSettingDefault, DeleteAccountSetting, ListAccountSettings. Each test
 * works on a principal of its own, or restores the account default it changed.
 */
public abstract class AccountSettingPortContract extends ContractTest {

    private String principal() {
        return "arn:aws:iam::" + kit.accountId() + ":user/" + fixtures.name("user");
    }

    @Test
    void put_forAPrincipal_isListedForIt_andDeleteFallsBackToTheDefault() {
        requires(Capability.ACCOUNT_SETTINGS);
        String principal = principal();

        AccountSetting put = right(kit.api().accountSettings().put(SettingName.CONTAINER_INSIGHTS, "enhanced", Option.of(principal)));
        var listed = right(kit.api().accountSettings().list(AccountSettingsQuery.builder().name(SettingName.CONTAINER_INSIGHTS)
                .principalArn(principal).build()));
        AccountSetting deleted = right(kit.api().accountSettings().delete(SettingName.CONTAINER_INSIGHTS, Option.of(principal)));
        var after = right(kit.api().accountSettings().list(AccountSettingsQuery.builder().name(SettingName.CONTAINER_INSIGHTS)
                .principalArn(principal).build()));

        assertThat(put.name()).isEqualTo(SettingName.CONTAINER_INSIGHTS);
        assertThat(put.value()).isEqualTo("enhanced");
        assertThat(put.principalArn()).contains(principal);
        assertThat(listed.map(AccountSetting::value)).containsExactly("enhanced");
        assertThat(listed.flatMap(AccountSetting::principalArn)).containsExactly(principal);
        assertThat(deleted.name()).isEqualTo(SettingName.CONTAINER_INSIGHTS);
        assertThat(after.map(AccountSetting::value)).doesNotContain("enhanced");
    }

    @Test
    void list_effectiveSettings_showTheLongArnFormatsEnabled() {
        requires(Capability.ACCOUNT_SETTING_DEFAULTS);
        var effective = right(kit.api().accountSettings().list(AccountSettingsQuery.effective()));

        assertThat(effective.filter(s -> s.name() == SettingName.SERVICE_LONG_ARN_FORMAT).map(AccountSetting::value))
                .containsExactly("enabled");
        assertThat(effective.filter(s -> s.name() == SettingName.TASK_LONG_ARN_FORMAT).map(AccountSetting::value))
                .containsExactly("enabled");
    }

    @Test
    void putDefault_containerInsights_isTheSettingOfClustersCreatedWithoutOne() {
        requires(Capability.ACCOUNT_SETTING_EFFECTS);
        String before = right(kit.api().accountSettings().list(AccountSettingsQuery.builder().name(SettingName.CONTAINER_INSIGHTS)
                .effectiveSettings(true).build())).head().value();
        try {
            AccountSetting put = right(kit.api().accountSettings().putDefault(SettingName.CONTAINER_INSIGHTS, "enhanced"));
            var cluster = right(kit.api().clusters().create(ClusterSpec.named(fixtures.clusterName())));

            assertThat(put.value()).isEqualTo("enhanced");
            assertThat(put.principalArn()).contains("arn:aws:iam::" + kit.accountId() + ":root");
            assertThat(cluster.settings()).contains(new ClusterSetting(Option.of(ClusterSettingName.CONTAINER_INSIGHTS), Option.of("enhanced")));
        } finally {
            kit.api().accountSettings().putDefault(SettingName.CONTAINER_INSIGHTS, before);
        }
    }

    @Test
    void put_aValueTheSettingDoesNotTake_orAReadOnlySetting_isRefused() {
        requires(Capability.ACCOUNT_SETTING_VALIDATION);
        // rules accountSettingValue and accountSettingReadOnly
        assertError(kit.api().accountSettings().put(SettingName.CONTAINER_INSIGHTS, "sometimes", Option.of(principal())),
                EcsError.InvalidParameter.class, EcsRule.ACCOUNT_SETTING_VALUE.message("sometimes", "containerInsights",
                        "enhanced, enabled, disabled"));
        assertError(kit.api().accountSettings().putDefault(SettingName.FARGATE_TASK_RETIREMENT_WAIT_PERIOD, "3"),
                EcsError.InvalidParameter.class, EcsRule.ACCOUNT_SETTING_VALUE.message("3", "fargateTaskRetirementWaitPeriod", "0, 7, 14"));
        assertError(kit.api().accountSettings().put(SettingName.GUARD_DUTY_ACTIVATE, "on", Option.none()),
                EcsError.InvalidParameter.class, EcsRule.ACCOUNT_SETTING_READ_ONLY.message("guardDutyActivate"));
    }

    @Test
    void list_byValueWithoutAName_isRefused() {
        requires(Capability.ACCOUNT_SETTING_VALIDATION);
        assertError(kit.api().accountSettings().list(AccountSettingsQuery.builder().value("enabled").build()),
                EcsError.InvalidParameter.class, EcsRule.ACCOUNT_SETTING_VALUE_NEEDS_NAME.message());
    }
}
