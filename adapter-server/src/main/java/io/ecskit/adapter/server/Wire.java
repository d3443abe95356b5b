package io.ecskit.adapter.server;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.error.EcsError;
import io.ecskit.json.SdkJson;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.Set;
import java.util.function.Supplier;

/** Reading a JSON 1.1 request into its SDK request object, and the answers AWS gives when that fails. */
final class Wire {

    private Wire() {
    }

    /** AWS's answer to a request: HTTP status, the body, and its content type when not JSON 1.1 (the query protocol's XML). */
    record Answer(int status, byte[] bytes, String contentType, java.util.Map<String, String> headers) {

        /** An answer with no headers of its own. */
        Answer(int status, byte[] bytes, String contentType) {
            this(status, bytes, contentType, java.util.Map.of());
        }

        Answer(int status, String body, String contentType) {
            this(status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
        }

        Answer(int status, String body) {
            this(status, body, null);
        }

        /** The body as text. */
        String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        static Answer ok(SdkPojo response) {
            return new Answer(200, SdkJson.answer(response));
        }

        /**
         * A response of shape {@code response} written straight from domain values (member names and values in pairs), as
         * {@link #ok} writes the SDK object they map to, without building it: for the hottest answers.
         */
        static Answer direct(Class<? extends SdkPojo> response, Object... namesAndValues) {
            java.util.Map<String, Object> members = new java.util.HashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                members.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return new Answer(200, SdkJson.answerUtf8(response, members), null);
        }

        /** The port's answer: the response it maps to, or AWS's error. */
        static Answer of(io.vavr.control.Either<EcsError, ? extends SdkPojo> result) {
            return result.fold(Answer::error, Answer::ok);
        }

        static Answer error(EcsError error) {
            String code = error.code();
            int status = error instanceof EcsError.Unavailable ? 500 : 400;
            return error(status, code, error.message());
        }

        static Answer error(int status, String code, String message) {
            return new Answer(status, object("__type", code, "message", message));
        }
    }

    /** A flat JSON object of strings, written by the json module (escaping included). */
    static String object(String... namesAndValues) {
        java.util.Map<String, software.amazon.awssdk.core.document.Document> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put(namesAndValues[i], software.amazon.awssdk.core.document.Document.fromString(namesAndValues[i + 1]));
        }
        return SdkJson.compact(software.amazon.awssdk.core.document.Document.fromMap(members));
    }

    /** A request that could not be read: AWS answers the first problem (SerializationException for malformed JSON). */
    static final class Refused extends RuntimeException {
        final transient Answer answer;

        Refused(Answer answer) {
            super(answer.body(), null, false, false);
            this.answer = answer;
        }
    }

    /**
     * The request object of an operation from its JSON body; members a handler does not act on are
     * refused by name rather than silently dropped ({@code supported} empty: every member is).
     */
    static <R extends SdkPojo> R read(String body, Supplier<? extends SdkBuilder<?, R>> builder, String operation,
                                      Set<String> supported) {
        return read(body, builder, operation, supported, "InvalidParameterException");
    }

    /**
     * As {@link #read(String, Supplier, String, Set)}, a member not acted on and a value its enum does not list refused with
     * the service's own code ({@code refusal}: ECS's InvalidParameterException, CloudWatch's InvalidParameterValue).
     */
    @SuppressWarnings("unchecked")
    static <R extends SdkPojo> R read(String body, Supplier<? extends SdkBuilder<?, R>> builder, String operation,
                                      Set<String> supported, String refusal) {
        SdkBuilder<?, R> b = builder.get();
        Seq<String> problems = SdkJson.readBody(body, (SdkPojo) b);
        if (!problems.isEmpty()) {
            throw new Refused(Answer.error(400, "SerializationException", problems.head()));
        }
        R request = b.build();
        enumValues(request, "").headOption().forEach(problem -> {
            EcsError enumError = EcsError.of(EcsRule.MODEL_ENUM_VALUE, problem);
            throw new Refused(Answer.error(400, refusal, enumError.message()));
        });
        if (!supported.isEmpty()) {
            for (SdkField<?> field : request.sdkFields()) {
                Object value = field.getValueOrDefault(request);
                boolean set = value != null && !(value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>)
                        && !(value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>);
                if (set && !supported.contains(field.memberName())) {
                    throw new Refused(Answer.error(400, refusal, "ecskit server does not support "
                            + operation + "." + field.memberName() + " yet; leave it out or use real AWS."));
                }
            }
        }
        return request;
    }

    /**
     * Every member whose model type is an enum and whose value the model does not list, anywhere in the request
     * (the SDK reads such a value as {@code UNKNOWN_TO_SDK_VERSION}): value, wire path (1-based list indices), values.
     */
    static io.vavr.collection.List<Object[]> enumValues(SdkPojo pojo, String at) {
        io.vavr.collection.List<Object[]> problems = io.vavr.collection.List.empty();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null) {
                continue;
            }
            Enums enums = ENUMS.computeIfAbsent(field, f -> Enums.of(getter(pojo.getClass(), f.memberName())));
            if (value instanceof String text) {
                if (enums.member != null && !listed(enums.member).contains(text)) {
                    problems = problems.append(unlisted(enums.member, text, at + field.memberName()));
                }
            } else if (value instanceof SdkPojo nested) {
                problems = problems.appendAll(enumValues(nested, at + field.memberName() + "."));
            } else if (value instanceof java.util.List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof SdkPojo nested) {
                        problems = problems.appendAll(enumValues(nested, at + field.memberName() + "." + (i + 1) + "."));
                    } else if (item instanceof String text && enums.element != null && !listed(enums.element).contains(text)) {
                        problems = problems.append(unlisted(enums.element, text, at + field.memberName() + "." + (i + 1)));
                    }
                }
            } else if (value instanceof java.util.Map<?, ?> map) {
                for (var entry : map.entrySet()) {
                    if (entry.getValue() instanceof SdkPojo nested) {
                        problems = problems.appendAll(enumValues(nested, at + field.memberName() + "." + entry.getKey() + "."));
                    }
                }
            }
        }
        return problems;
    }

    /** A member's enum type, or its list elements' (null when not an enum). */
    private record Enums(Class<?> member, Class<?> element) {
        static Enums of(java.lang.reflect.Method getter) {
            if (getter == null) {
                return new Enums(null, null);
            }
            Class<?> element = elementType(getter);
            return new Enums(getter.getReturnType().isEnum() ? getter.getReturnType() : null,
                    element != null && element.isEnum() ? element : null);
        }
    }

    /** Each model member's enum types, looked up once (every request walks its members). */
    private static final java.util.Map<SdkField<?>, Enums> ENUMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The model's values of each SDK enum, looked up once (the request path asks for them on every request). */
    private static final java.util.Map<Class<?>, java.util.List<String>> ENUM_VALUES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each model class's getter of a member, looked up once; absent members are remembered as {@link #NO_GETTER}. */
    private static final java.util.Map<String, java.lang.reflect.Method> GETTERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.lang.reflect.Method NO_GETTER;

    static {
        try {
            NO_GETTER = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static java.util.List<String> listed(Class<?> type) {
        java.util.List<String> known = ENUM_VALUES.get(type);
        return known != null ? known : ENUM_VALUES.computeIfAbsent(type, t -> {
            java.util.List<String> values = new java.util.ArrayList<>();
            for (Object constant : t.getEnumConstants()) {
                if (!"UNKNOWN_TO_SDK_VERSION".equals(((Enum<?>) constant).name())) {
                    values.add(constant.toString());
                }
            }
            return java.util.List.copyOf(values);
        });
    }

    /** A value the model does not list: value, wire path, the values it lists. */
    private static Object[] unlisted(Class<?> type, String value, String path) {
        return new Object[]{value, path, String.join(", ", listed(type))};
    }

    private static java.lang.reflect.Method getter(Class<?> type, String member) {
        java.lang.reflect.Method found = GETTERS.computeIfAbsent(type.getName() + "#" + member, key -> {
            String name = Character.toLowerCase(member.charAt(0)) + member.substring(1);
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                return NO_GETTER;
            }
        });
        return found == NO_GETTER ? null : found;
    }

    private static Class<?> elementType(java.lang.reflect.Method getter) {
        if (getter.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** A value the domain cannot hold is answered as ECS answers it: the first violation. */
    static <T> T domain(Either<? extends Seq<Violation>, T> mapped) {
        if (mapped.isLeft()) {
            Violation first = mapped.getLeft().head();
            throw new Refused(Answer.error(400, first.kind().awsCode(), first.message()));
        }
        return mapped.get();
    }

    static <T> T one(Either<Violation, T> parsed) {
        if (parsed.isLeft()) {
            throw new Refused(Answer.error(400, parsed.getLeft().kind().awsCode(), parsed.getLeft().message()));
        }
        return parsed.get();
    }

    static Refused missing(String member) {
        return missing(member, "InvalidParameterException");
    }

    /** A required member left out, answered with the service's {@code code}. */
    static Refused missing(String member, String code) {
        return new Refused(Answer.error(400, code,
                "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(" null", member, "not be null")));
    }

    static Refused unknown(EcsRule rule, Object... values) {
        return new Refused(Answer.error(EcsError.of(rule, values)));
    }
}
