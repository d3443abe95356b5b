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

    /**
     * How a query service reads its lists and refuses a form: EC2 ({@code Name.N}, UnknownParameter) or the query
     * protocol of IAM and STS ({@code Name.member.N}, Coral's ValidationError).
     */
    record Flavour(boolean ec2, EcsRule unknown, java.util.function.Function<EcsError, Answer> refusal) {
    }

    static final Flavour EC2 = new Flavour(true, EcsRule.EC2_PARAMETER_KNOWN, QueryWire::ec2Error);

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
    static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R readEc2(Map<String, String> form, java.util.function.Supplier<B> builder) {
        return read(form, builder, EC2);
    }

    /**
     * A query request read into {@code builder}'s members as {@code flavour} lays lists out; a parameter that is none of
     * them, or a value of the wrong type, is refused as the flavour refuses it.
     */
    /**
     * A query request's body read into its SDK request object ({@link #read(Map, java.util.function.Supplier, Flavour)}); a body
     * that is not URL-encoded is the service's MalformedQueryString in its {@code namespace} (IAM, ELB).
     */
    static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R read(String body, java.util.function.Supplier<B> builder, Flavour flavour,
                                                                          String namespace) {
        Map<String, String> form;
        try {
            form = form(body);
        } catch (IllegalArgumentException malformed) {
            throw new Wire.Refused(QueryOperations.error(400, "MalformedQueryString", "The request's form is not URL-encoded: " + malformed.getMessage(),
                    namespace));
        }
        return read(form, builder, flavour);
    }

    static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R read(Map<String, String> form, java.util.function.Supplier<B> builder,
                                                                          Flavour flavour) {
        Set<String> unread = new TreeSet<>(form.keySet());
        unread.remove("Action");
        unread.remove("Version");
        B b = builder.get();
        readObject(form, b, "", unread, flavour);
        if (!unread.isEmpty()) {
            throw new Wire.Refused(flavour.refusal().apply(EcsError.of(flavour.unknown(), unread.iterator().next())));
        }
        return b.build();
    }

    private static void readObject(Map<String, String> form, SdkPojo builder, String prefix, Set<String> unread, Flavour flavour) {
        for (SdkField<?> field : builder.sdkFields()) {
            String name = prefix + field.locationName();
            Object value = value(form, field, name, unread, flavour);
            if (value != null) {
                field.set(builder, value);
            }
        }
    }

    private static Object value(Map<String, String> form, SdkField<?> field, String name, Set<String> unread, Flavour flavour) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            ListTrait listTrait = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT);
            SdkField<?> member = listTrait.memberFieldInfo();
            // EC2 flattens every list (Name.N); the query protocol writes Name.member.N unless the list is flattened
            String items = flavour.ec2() || listTrait.isFlattened() ? name : name + "." + (listTrait.memberLocationName() == null ? "member"
                    : listTrait.memberLocationName());
            TreeSet<Integer> indexes = new TreeSet<>();
            for (String key : form.keySet()) {
                if (key.startsWith(items + ".")) {
                    String rest = key.substring(items.length() + 1);
                    int dot = rest.indexOf('.');
                    String index = dot < 0 ? rest : rest.substring(0, dot);
                    if (index.matches("[1-9]\\d{0,5}")) {
                        indexes.add(Integer.parseInt(index));
                    }
                }
            }
            if (indexes.isEmpty()) {
                // the AWS SDK for Java writes an empty list it was given as the bare name with no value
                if ("".equals(form.get(name))) {
                    unread.remove(name);
                    return new ArrayList<>();
                }
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (int index : indexes) {
                Object item = value(form, member, items + "." + index, unread, flavour);
                if (item != null) {
                    values.add(item);
                }
            }
            return values;
        }
        if (type == MarshallingType.SDK_POJO) {
            if (form.keySet().stream().noneMatch(k -> k.startsWith(name + "."))) {
                return null;
            }
            SdkPojo nested = field.constructor().get();
            readObject(form, nested, name + ".", unread, flavour);
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
            String expected = type.toString().toLowerCase(java.util.Locale.ROOT);
            throw new Wire.Refused(flavour.refusal().apply(flavour.ec2()
                    ? EcsError.of(EcsRule.EC2_PARAMETER_VALUE, text, name, "Expecting a value of type " + expected + ".")
                    : new EcsError.Other("ValidationError", "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(" '" + text + "'",
                            Character.toLowerCase(name.charAt(0)) + name.substring(1), "be a value of type " + expected),
                            io.vavr.control.Option.none())));
        }
        throw new Wire.Refused(flavour.refusal().apply(EcsError.of(flavour.unknown(), name)));
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
     * A query-protocol answer (IAM, STS): {@code <ActionResponse xmlns=...><ActionResult>members</ActionResult>
     * <ResponseMetadata><RequestId/></ResponseMetadata></ActionResponse>}, list items as {@code <member>}, the result's own
     * lists written even when empty (as IAM writes {@code <Roles/>}), and the members in {@code urlEncoded} URL-encoded
     * (IAM answers policy documents so; botocore decodes them). A response without members has no Result element.
     */
    static Answer query(String action, String namespace, SdkPojo response, Set<String> urlEncoded) {
        return query(action, namespace, response, urlEncoded, false);
    }

    /**
     * As {@link #query(String, String, SdkPojo, Set)}; {@code alwaysResult}: an empty {@code <ActionResult/>} even without
     * members, as Elastic Load Balancing answers (botocore reads its answers through that wrapper).
     */
    static Answer query(String action, String namespace, SdkPojo response, Set<String> urlEncoded, boolean alwaysResult) {
        StringBuilder xml = new StringBuilder(256).append('<').append(action).append("Response xmlns=\"").append(namespace).append("\">");
        StringBuilder members = new StringBuilder();
        for (SdkField<?> field : response.sdkFields()) {
            Object value = field.getValueOrDefault(response);
            if (value != null) {
                writeValue(members, field.unmarshallLocationName(), value, field, false, urlEncoded);
            }
        }
        if (members.length() > 0 || alwaysResult) {
            xml.append('<').append(action).append("Result>").append(members).append("</").append(action).append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(UUID.randomUUID()).append("</RequestId></ResponseMetadata></").append(action)
                .append("Response>");
        return new Answer(200, xml.toString(), "text/xml");
    }

    /**
     * The lists EC2 writes even when empty ({@code <tagSet/>}: botocore then answers {@code "Tags": []}; a Describe call
     * finding nothing answers {@code "Vpcs": []}), as its recorded answers show them (the AWS CLI's create-vpc, create-default-vpc and describe-security-groups examples); other
     * empty lists are left out, as EC2 leaves them out.
     */
    private static final Set<String> EC2_EMPTY_LISTS = Set.of("vpcSet", "subnetSet", "securityGroupInfo", "availabilityZoneInfo", "messageSet", "tagSet",
            "ipv6CidrBlockAssociationSet", "ipPermissions", "ipPermissionsEgress", "ipRanges", "ipv6Ranges", "prefixListIds", "groups");

    private static void writeMembers(StringBuilder xml, SdkPojo pojo) {
        writeMembers(xml, pojo, true, Set.of());
    }

    private static void writeMembers(StringBuilder xml, SdkPojo pojo, boolean ec2, Set<String> urlEncoded) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof List<?> list && list.isEmpty() && (!ec2 || !EC2_EMPTY_LISTS.contains(field.unmarshallLocationName()))) {
                continue;
            }
            writeValue(xml, field.unmarshallLocationName(), value, field, ec2, urlEncoded);
        }
    }

    private static void writeValue(StringBuilder xml, String name, Object value, SdkField<?> field, boolean ec2, Set<String> urlEncoded) {
        xml.append('<').append(name).append('>');
        if (value instanceof List<?> items) {
            ListTrait list = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT);
            SdkField<?> member = list.memberFieldInfo();
            for (Object item : items) {
                writeValue(xml, list.memberLocationName() != null ? list.memberLocationName() : ec2 ? "item" : "member", item, member, ec2,
                        urlEncoded);
            }
        } else if (value instanceof SdkPojo nested) {
            writeMembers(xml, nested, ec2, urlEncoded);
        } else if (value instanceof Instant instant) {
            xml.append(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        } else if (urlEncoded.contains(name)) {
            escape(xml, java.net.URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20"));
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
