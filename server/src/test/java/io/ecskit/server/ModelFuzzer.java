package io.ecskit.server;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Request bodies for an AWS JSON 1.1 operation, generated from the SDK's model of its request
 * ({@code sdkFields}): mostly well-typed values of every member (valid enum values, names, ARNs,
 * numbers at and past their edges), with wrong types, missing and empty members, invalid enum values,
 * huge and deep values and mutated bytes mixed in. Seeded: one seed, one sequence.
 */
final class ModelFuzzer {

    private static final String[] WORDS = {"default", "web", "api", "hello-world", "a", "", " ", "x".repeat(300),
        "arn:aws:ecs:us-east-1:123456789012:cluster/default", "arn:aws:ecs:us-east-1:123456789012:service/default/web",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1", "web:1", "web:0", "web:-1", "web:x",
        "arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef", "nginx:1.27", "256", "512", "1 vCPU",
        "2026-01-01T00:00:00Z", "ünïcødé", "\u0000", "../../etc", "%s%n", "{}", "null", "NaN", "-1", "1e309"};
    private static final Object[] NUMBERS = {0, 1, -1, 2, 10, 100, 101, 1000, 65535, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Long.MAX_VALUE, 1e308, -0.0, 3.5, 9_999_999_999L};

    private final Random random;

    ModelFuzzer(long seed) {
        this.random = new Random(seed);
    }

    /** One request body for the request class behind {@code builder}. */
    String body(Supplier<? extends SdkPojo> builder, Class<?> requestClass) {
        String json = object(builder.get(), requestClass, 0);
        int roll = random.nextInt(100);
        if (roll < 4) {
            return mutate(json);
        }
        if (roll < 6) {
            return "[".repeat(1 + random.nextInt(3000)) + "]".repeat(random.nextInt(2));
        }
        if (roll < 7) {
            return pick("", "null", "[]", "\"x\"", "42", "{", "{\"a\":}", "{}garbage", "\uFEFF{}");
        }
        return json;
    }

    private String object(SdkPojo pojo, Class<?> type, int depth) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (SdkField<?> field : pojo.sdkFields()) {
            if (random.nextInt(100) < (depth == 0 ? 35 : 55)) {
                continue; // a missing member
            }
            out.append(first ? "" : ",").append(quote(field.locationName())).append(':').append(value(field, type, depth));
            first = false;
        }
        if (random.nextInt(50) == 0) {
            out.append(first ? "" : ",").append("\"notAMember\":1");
        }
        return out.append('}').toString();
    }

    private String value(SdkField<?> field, Class<?> owner, int depth) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return "null";
        }
        if (roll < 10) {
            return wrongType(field.marshallingType());
        }
        MarshallingType<?> t = field.marshallingType();
        if (t == MarshallingType.STRING) {
            List<String> enumValues = enumValues(owner, field.memberName());
            if (!enumValues.isEmpty() && random.nextInt(10) < 8) {
                return quote(enumValues.get(random.nextInt(enumValues.size())));
            }
            return quote(random.nextInt(10) == 0 ? "NOT_AN_ENUM_VALUE" : WORDS[random.nextInt(WORDS.length)]);
        }
        if (t == MarshallingType.INTEGER || t == MarshallingType.LONG || t == MarshallingType.SHORT
                || t == MarshallingType.FLOAT || t == MarshallingType.DOUBLE || t == MarshallingType.BIG_DECIMAL) {
            return String.valueOf(NUMBERS[random.nextInt(NUMBERS.length)]);
        }
        if (t == MarshallingType.BOOLEAN) {
            return random.nextBoolean() ? "true" : "false";
        }
        if (t == MarshallingType.INSTANT) {
            return pick("1767225600", "1767225600.123", "0", "-1", "9999999999999", "1e20", "\"2026-01-01T00:00:00Z\"", "-9e18");
        }
        if (t == MarshallingType.SDK_BYTES) {
            return quote(pick("aGVsbG8=", "", "not base64!"));
        }
        if (t == MarshallingType.LIST) {
            if (depth > 4) {
                return "[]";
            }
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            int size = random.nextInt(100) < 90 ? random.nextInt(4) : pick(0, 11, 101, 1001);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(value(member, owner, depth + 1));
            }
            return "[" + String.join(",", items) + "]";
        }
        if (t == MarshallingType.MAP) {
            if (depth > 4) {
                return "{}";
            }
            SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
            int size = random.nextInt(3);
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < size; i++) {
                out.append(i == 0 ? "" : ",").append(quote(WORDS[random.nextInt(WORDS.length)] + i)).append(':')
                        .append(value(valueField, owner, depth + 1));
            }
            return out.append('}').toString();
        }
        if (t == MarshallingType.SDK_POJO) {
            if (depth > 5) {
                return "{}";
            }
            SdkPojo nested = (SdkPojo) field.constructor().get();
            return object(nested, builtClass(nested), depth + 1);
        }
        if (t == MarshallingType.DOCUMENT) {
            return pick("{}", "{\"a\":[1,2,{\"b\":null}]}", "\"text\"", "1");
        }
        return "null";
    }

    private String wrongType(MarshallingType<?> t) {
        if (t == MarshallingType.STRING) {
            return pick("1", "true", "[]", "{}", "[\"a\"]");
        }
        if (t == MarshallingType.LIST) {
            return pick("\"a\"", "{}", "1");
        }
        if (t == MarshallingType.SDK_POJO || t == MarshallingType.MAP) {
            return pick("\"a\"", "[]", "1", "true");
        }
        return pick("\"1\"", "\"x\"", "[]", "{}", "true", "1.5", "99999999999999999999999");
    }

    private String mutate(String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return "{";
        }
        switch (random.nextInt(3)) {
            case 0:
                return new String(Arrays.copyOf(bytes, random.nextInt(bytes.length)), java.nio.charset.StandardCharsets.UTF_8);
            case 1:
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            default:
                return json.replace(":", ":[").replaceFirst("}$", "]}");
        }
    }

    /** The enum's AWS values when the model's getter of {@code member} answers an enum. */
    private static List<String> enumValues(Class<?> owner, String member) {
        if (owner == null || member == null || member.isEmpty()) {
            return List.of(); // a list's or map's member field has no name of its own
        }
        String getter = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        try {
            Method m = owner.getMethod(getter);
            if (m.getReturnType().isEnum()) {
                List<String> values = new ArrayList<>();
                for (Object constant : m.getReturnType().getEnumConstants()) {
                    if (!"UNKNOWN_TO_SDK_VERSION".equals(((Enum<?>) constant).name())) {
                        values.add(constant.toString());
                    }
                }
                return values;
            }
        } catch (NoSuchMethodException e) {
            return List.of();
        }
        return List.of();
    }

    /**
     * One EC2 query request (a form) for {@code action}: the members under EC2's query names (lists flattened as
     * {@code Name.1}, structures as {@code Name.1.Member}), values of the right type or not, with unknown parameters, odd
     * list indexes and broken percent-encoding mixed in.
     */
    /** How the form being made writes a list's items. */
    private String listItem = ".";

    String form(String action, String version, Supplier<? extends SdkPojo> builder, Class<?> requestClass) {
        java.util.List<String> pairs = new ArrayList<>();
        pairs.add("Action=" + action);
        pairs.add("Version=" + version);
        // EC2 flattens its lists (Name.N); the query protocol of IAM and STS writes Name.member.N
        listItem = version.equals("2016-11-15") ? "." : ".member.";
        formFields(builder.get(), requestClass, "", 0, pairs);
        int roll = random.nextInt(100);
        if (roll < 3) {
            pairs.add(pick("NotAParameter=1", "Filter.0.Name=vpc-id", "Filter.999999.Name=x", "Filter.1=x", "Filter..Name=x",
                    "MaxResults=1e3", "DryRun=maybe", "%zz=1", "a=%", "="));
        }
        java.util.Collections.shuffle(pairs, random);
        String form = String.join("&", pairs);
        return roll == 3 ? form.substring(0, random.nextInt(form.length() + 1)) : form;
    }

    private void formFields(SdkPojo pojo, Class<?> type, String prefix, int depth, java.util.List<String> pairs) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (random.nextInt(100) < (depth == 0 ? 40 : 55)) {
                continue;
            }
            formValue(field, type, prefix + field.locationName(), depth, pairs);
        }
    }

    private void formValue(SdkField<?> field, Class<?> owner, String name, int depth, java.util.List<String> pairs) {
        MarshallingType<?> t = field.marshallingType();
        if (t == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            int size = depth > 3 ? 0 : random.nextInt(100) < 95 ? random.nextInt(4) : pick(11, 101);
            for (int i = 1; i <= size; i++) {
                formValue(member, owner, name + listItem + i, depth + 1, pairs);
            }
            return;
        }
        if (t == MarshallingType.SDK_POJO) {
            if (depth <= 4) {
                SdkPojo nested = (SdkPojo) field.constructor().get();
                formFields(nested, builtClass(nested), name + ".", depth + 1, pairs);
            }
            return;
        }
        String value;
        int roll = random.nextInt(100);
        if (roll < 8) {
            value = pick("", "x", "-1", "1.5", "true", "99999999999999999999", "NaN", "\u0000", "%00");
        } else if (t == MarshallingType.INTEGER || t == MarshallingType.LONG) {
            value = String.valueOf(NUMBERS[random.nextInt(NUMBERS.length)]);
        } else if (t == MarshallingType.BOOLEAN) {
            value = random.nextBoolean() ? "true" : "false";
        } else if (t == MarshallingType.INSTANT) {
            value = pick("2026-01-01T00:00:00Z", "0", "yesterday");
        } else {
            List<String> enumValues = enumValues(owner, field.memberName());
            value = !enumValues.isEmpty() && random.nextInt(10) < 8 ? enumValues.get(random.nextInt(enumValues.size()))
                    : pick("10.0.0.0/16", "10.0.1.0/24", "10.0.0.0/8", "172.31.0.0/20", "10.0.0.1/33", "vpc-0123456789abcdef0",
                    "subnet-0123456789abcdef0", "sg-0123456789abcdef0", "us-east-1a", "use1-az1", "default", "sg-x", "vpc-id",
                    "tag:Name", "*", "?", WORDS[random.nextInt(WORDS.length)]);
        }
        pairs.add(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Class<?> builtClass(SdkPojo builder) {
        return builder.getClass().getEnclosingClass(); // the SDK's builders are nested in the class they build
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
