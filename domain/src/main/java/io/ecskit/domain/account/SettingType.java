package io.ecskit.domain.account;

import io.ecskit.domain.WireValue;

/** Who set an account setting. Source: ECS API reference, Setting. */
public enum SettingType implements WireValue {
    /** {@code user}: the setting was set by a user (PutAccountSetting). */
    USER("user"),
    /** {@code aws_managed}: AWS manages the setting (guardDutyActivate). */
    AWS_MANAGED("aws_managed");

    private final String wire;

    SettingType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
