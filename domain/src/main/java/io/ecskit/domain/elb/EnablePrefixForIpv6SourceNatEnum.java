package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (EnablePrefixForIpv6SourceNatEnum). */
public enum EnablePrefixForIpv6SourceNatEnum implements WireValue {
    /** {@code on}. */
    ON("on"),
    /** {@code off}. */
    OFF("off");

    private final String wire;

    EnablePrefixForIpv6SourceNatEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
