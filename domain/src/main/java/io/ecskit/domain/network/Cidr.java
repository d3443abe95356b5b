package io.ecskit.domain.network;

import io.vavr.control.Option;

/**
 * An IPv4 CIDR block as EC2 takes it for VPCs and subnets: {@code a.b.c.d/n}, the network address with its prefix length.
 * Source: Amazon VPC user guide, "IP addressing for your VPCs and subnets" (block sizes /16 to /28; the first four and the
 * last address of every subnet are reserved).
 *
 * @param network the network address as an unsigned 32-bit number (host bits zero)
 * @param prefix the prefix length, 0..32
 */
public record Cidr(long network, int prefix) {

    /** The smallest VPC or subnet block EC2 creates (/28: 16 addresses). */
    public static final int SMALLEST_PREFIX = 28;
    /** The largest VPC or subnet block EC2 creates (/16: 65,536 addresses). */
    public static final int LARGEST_PREFIX = 16;
    /** Addresses EC2 reserves in every subnet: the network address, the router, DNS, one for future use, and the last. */
    public static final int RESERVED_PER_SUBNET = 5;

    public Cidr {
        if (prefix < 0 || prefix > 32 || network < 0 || network > 0xFFFF_FFFFL || (network & ~mask(prefix)) != 0) {
            throw new IllegalArgumentException("not an IPv4 CIDR block: " + network + "/" + prefix);
        }
    }

    /**
     * The block {@code text} names, or none when it is not {@code a.b.c.d/n}; host bits are cleared, as EC2 does
     * ({@code 100.68.0.18/18} is {@code 100.68.0.0/18}: EC2 API reference, CreateVpc).
     */
    public static Option<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Option.none();
        }
        Option<Long> address = address(text.substring(0, slash));
        String bits = text.substring(slash + 1);
        if (address.isEmpty() || !bits.matches("\\d{1,2}")) {
            return Option.none();
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > 32) {
            return Option.none();
        }
        return Option.of(new Cidr(address.get() & mask(prefix), prefix));
    }

    /** The block {@code text} names; IllegalArgumentException when it is not {@code a.b.c.d/n}. */
    public static Cidr of(String text) {
        return parse(text).getOrElseThrow(() -> new IllegalArgumentException("not an IPv4 CIDR block: " + text));
    }

    /** A dotted-quad IPv4 address as a number. */
    public static Option<Long> address(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Option.none();
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return Option.none();
            }
            value = value << 8 | Integer.parseInt(part);
        }
        return Option.of(value);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    }

    /** How many addresses the block spans. */
    public long size() {
        return 1L << (32 - prefix);
    }

    /** Whether {@code other} lies wholly inside this block. */
    public boolean contains(Cidr other) {
        return other.prefix >= prefix && (other.network & mask(prefix)) == network;
    }

    /** Whether the two blocks share any address. */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** Whether EC2 creates a VPC or subnet of this size (/16 to /28). */
    public boolean isVpcOrSubnetSize() {
        return prefix >= LARGEST_PREFIX && prefix <= SMALLEST_PREFIX;
    }

    /** The {@code offset}-th address of the block, dotted. */
    public String address(long offset) {
        if (offset < 0 || offset >= size()) {
            throw new IllegalArgumentException(offset + " is outside " + wire());
        }
        return dotted(network + offset);
    }

    static String dotted(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }

    /** The block as EC2 writes it, {@code 10.0.0.0/16}. */
    public String wire() {
        return dotted(network) + "/" + prefix;
    }

    @Override
    public String toString() {
        return wire();
    }
}
