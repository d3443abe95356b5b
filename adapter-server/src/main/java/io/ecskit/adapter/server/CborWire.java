package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.json.SdkCbor;
import io.ecskit.json.SdkJson;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.io.IOException;
import java.util.Map;

/**
 * AWS's Smithy RPC v2 CBOR protocol, which botocore and the AWS SDK for Java speak to CloudWatch: {@code POST
 * /service/SERVICE/operation/OPERATION} with {@code smithy-protocol: rpc-v2-cbor} and a CBOR body. The body is read as the
 * JSON the server's rows take (a row is then one row whichever protocol reached it, and is journaled as JSON); an answer
 * is written as CBOR from the operation's SDK response object, timestamps as CBOR tag 1 (epoch seconds), as the protocol
 * has them; an error as a CBOR map with {@code __type} (the error's shape) and {@code message}, and CloudWatch's
 * query-compatible code in {@code x-amzn-query-error}. Source: Smithy, "RPC v2 CBOR protocol"; botocore's serializers and
 * parsers.
 */
final class CborWire {

    private static final String PREFIX = "/service/";
    /** The services served in CBOR: their Smithy service name → the SDK's model package. */
    private static final Map<String, String> MODELS = Map.of(MetricsOperations.SERVICE, "software.amazon.awssdk.services.cloudwatch.model.");

    private CborWire() {
    }

    /** Whether a request is in the RPC v2 CBOR protocol. */
    static boolean isCbor(String path, String protocolHeader) {
        return path.startsWith(PREFIX) && "rpc-v2-cbor".equals(protocolHeader);
    }

    /** Whether {@code target} ({@code Service.Operation}) is of a service served in CBOR (CloudWatch): no other row is reached so. */
    static boolean served(String target) {
        return MODELS.containsKey(target.substring(0, target.indexOf('.')));
    }

    /** The table key of {@code /service/S/operation/O}: {@code S.O}, the key JSON 1.1 requests reach the same row by; null when malformed. */
    static String target(String path) {
        String[] parts = path.substring(PREFIX.length()).split("/");
        return parts.length == 3 && parts[1].equals("operation") ? parts[0] + "." + parts[2] : null;
    }

    /** A CBOR body as the JSON text rows read; IOException when it is not CBOR. */
    static String json(byte[] body) throws IOException {
        return SdkCbor.json(body);
    }

    /** A row's JSON answer written in CBOR for {@code target} ({@code Service.Operation}). */
    static Answer answer(String target, Answer json) {
        String service = target.substring(0, target.indexOf('.'));
        String operation = target.substring(target.indexOf('.') + 1);
        try {
            if (json.status() == 200) {
                SdkPojo response = response(MODELS.get(service), operation, json.body());
                return new Answer(200, SdkCbor.write(response), "application/cbor", Map.of("smithy-protocol", "rpc-v2-cbor"));
            }
            String[] error = SdkCbor.codeAndMessage(json.body());
            String code = error[0];
            String message = error[1];
            byte[] body = SdkCbor.error("com.amazonaws.cloudwatch#" + MetricsOperations.errorShape(code), message);
            return new Answer(json.status(), body, "application/cbor", Map.of("smithy-protocol", "rpc-v2-cbor",
                    "x-amzn-query-error", code + ";" + (json.status() >= 500 ? "Receiver" : "Sender")));
        } catch (IOException | ReflectiveOperationException | RuntimeException cannot) {
            return new Answer(500, ("{\"message\":\"ecskit server could not write this answer in CBOR\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "application/json");
        }
    }

    /** An error answered before any row (an unknown operation, a body that is not CBOR), in CBOR. */
    static Answer error(int status, String code, String message) {
        return answer(MetricsOperations.SERVICE + ".none", Answer.error(status, code, message));
    }

    @SuppressWarnings("unchecked")
    private static SdkPojo response(String model, String operation, String json) throws ReflectiveOperationException {
        Class<?> type = Class.forName(model + operation + "Response");
        SdkBuilder<?, ?> builder = (SdkBuilder<?, ?>) type.getMethod("builder").invoke(null);
        SdkJson.readBody(json, (SdkPojo) builder);
        return (SdkPojo) builder.build();
    }
}
