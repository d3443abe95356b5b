/** ECS account settings (PutAccountSetting, PutAccountSettingDefault, ListAccountSettings, DeleteAccountSetting). */
package io.ecskit.domain.account;
