package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * AWS's query protocols on the SDK's model classes, generically (as {@link Wire} does JSON 1.1): a form-encoded request
 * read into an SDK request object by its members' location names, and an SDK response object written as the XML the
 * service answers. EC2's flavour (botocore's {@code ec2} protocol): lists are flattened as {@code Name.1},
 * {@code Name.1.Member}; answers are {@code <ActionResponse>} with a {@code requestId} and lists of {@code <item>}; errors
 * are {@code <Response><Errors><Error>}. Source: EC2 API reference, "Query requests" and "Error codes"; botocore's
 * serializers and parsers.
 */
final class QueryWire {

    static final String EC2_NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private QueryWire() {
    }

    /** The form's parameters, in order; IllegalArgumentException when it is not URL-encoded. */
    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    /**
     * An EC2 request: the form's parameters read into {@code builder}'s members (every parameter must be one of them:
     * EC2's UnknownParameter otherwise; a value of the wrong type is InvalidParameterValue).
     */
    @SuppressWarnings("unchecked")
    static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R readEc2(Map<String, String> form, java.util.function.Supplier<B> builder) {
        Set<String> unread = new TreeSet<>(form.keySet());
        unread.remove("Action");
        unread.remove("Version");
        B b = builder.get();
        readObject(form, b, "", unread);
        if (!unread.isEmpty()) {
            throw new Wire.Refused(ec2Error(EcsError.of(EcsRule.EC2_PARAMETER_KNOWN, unread.iterator().next())));
        }
        return b.build();
    }

    private static void readObject(Map<String, String> form, SdkPojo builder, String prefix, Set<String> unread) {
        for (SdkField<?> field : builder.sdkFields()) {
            String name = prefix + field.locationName();
            Object value = value(form, field, name, unread);
            if (value != null) {
                field.set(builder, value);
            }
        }
    }

    private static Object value(Map<String, String> form, SdkField<?> field, String name, Set<String> unread) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            TreeSet<Integer> indexes = new TreeSet<>();
            for (String key : form.keySet()) {
                if (key.startsWith(name + ".")) {
                    String rest = key.substring(name.length() + 1);
                    int dot = rest.indexOf('.');
                    String index = dot < 0 ? rest : rest.substring(0, dot);
                    if (index.matches("[1-9]\\d{0,5}")) {
                        indexes.add(Integer.parseInt(index));
                    }
                }
            }
            if (indexes.isEmpty()) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (int index : indexes) {
                Object item = value(form, member, name + "." + index, unread);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }
        if (type == MarshallingType.SDK_POJO) {
            if (form.keySet().stream().noneMatch(k -> k.startsWith(name + "."))) {
                return null;
            }
            SdkPojo nested = field.constructor().get();
            readObject(form, nested, name + ".", unread);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        if (!form.containsKey(name)) {
            return null;
        }
        unread.remove(name);
        String text = form.get(name);
        try {
            if (type == MarshallingType.STRING) {
                return text;
            }
            if (type == MarshallingType.INTEGER) {
                return Integer.valueOf(text);
            }
            if (type == MarshallingType.LONG) {
                return Long.valueOf(text);
            }
            if (type == MarshallingType.DOUBLE) {
                return Double.valueOf(text);
            }
            if (type == MarshallingType.FLOAT) {
                return Float.valueOf(text);
            }
            if (type == MarshallingType.BOOLEAN) {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new NumberFormatException(text);
                }
                return Boolean.valueOf(text);
            }
            if (type == MarshallingType.INSTANT) {
                return Instant.parse(text);
            }
        } catch (NumberFormatException | DateTimeParseException wrongType) {
            throw new Wire.Refused(ec2Error(EcsError.of(EcsRule.EC2_PARAMETER_VALUE, text, name, "Expecting a value of type "
                    + type.toString().toLowerCase(java.util.Locale.ROOT) + ".")));
        }
        throw new Wire.Refused(ec2Error(EcsError.of(EcsRule.EC2_PARAMETER_KNOWN, name)));
    }

    /** EC2's answer: {@code <ActionResponse xmlns=...><requestId>...</requestId>members</ActionResponse>}. */
    static Answer ec2(String action, SdkPojo response) {
        StringBuilder xml = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(action)
                .append("Response xmlns=\"").append(EC2_NAMESPACE).append("\"><requestId>").append(UUID.randomUUID()).append("</requestId>");
        writeMembers(xml, response);
        xml.append("</").append(action).append("Response>");
        return new Answer(200, xml.toString(), "text/xml;charset=UTF-8");
    }

    /**
     * The lists EC2 writes even when empty ({@code <tagSet/>}: botocore then answers {@code "Tags": []}; a Describe call
     * finding nothing answers {@code "Vpcs": []}), as its recorded answers show them (the AWS CLI's create-vpc, create-default-vpc and describe-security-groups examples); other
     * empty lists are left out, as EC2 leaves them out.
     */
    private static final Set<String> EC2_EMPTY_LISTS = Set.of("vpcSet", "subnetSet", "securityGroupInfo", "availabilityZoneInfo", "messageSet", "tagSet",
            "ipv6CidrBlockAssociationSet", "ipPermissions", "ipPermissionsEgress", "ipRanges", "ipv6Ranges", "prefixListIds", "groups");

    private static void writeMembers(StringBuilder xml, SdkPojo pojo) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof List<?> list && list.isEmpty() && !EC2_EMPTY_LISTS.contains(field.unmarshallLocationName())) {
                continue;
            }
            writeValue(xml, field.unmarshallLocationName(), value, field);
        }
    }

    private static void writeValue(StringBuilder xml, String name, Object value, SdkField<?> field) {
        xml.append('<').append(name).append('>');
        if (value instanceof List<?> items) {
            ListTrait list = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT);
            SdkField<?> member = list.memberFieldInfo();
            for (Object item : items) {
                writeValue(xml, list.memberLocationName() == null ? "item" : list.memberLocationName(), item, member);
            }
        } else if (value instanceof SdkPojo nested) {
            writeMembers(xml, nested);
        } else if (value instanceof Instant instant) {
            xml.append(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        } else {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    /** EC2's error: {@code <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>}. */
    static Answer ec2Error(EcsError error) {
        int status = error instanceof EcsError.Unavailable ? 503 : error instanceof EcsError.Throttled ? 503
                : "DryRunOperation".equals(error.code()) ? 412 : 400;
        String code = error instanceof EcsError.Throttled ? "RequestLimitExceeded" : error.code();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>");
        escape(xml, code);
        xml.append("</Code><Message>");
        escape(xml, error.message());
        xml.append("</Message></Error></Errors><RequestID>").append(UUID.randomUUID()).append("</RequestID></Response>");
        return new Answer(status, xml.toString(), "text/xml;charset=UTF-8");
    }

    static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\r' -> xml.append("&#13;");
                default -> {
                    // XML 1.0 has no control characters but tab and newline, no U+FFFE/U+FFFF and no lone surrogates
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                    if (paired) {
                        xml.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                        xml.append('\uFFFD');
                    } else {
                        xml.append(c);
                    }
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder xml = new StringBuilder(text.length() + 8);
        escape(xml, text);
        return xml.toString();
    }
}
