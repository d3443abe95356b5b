package io.ecskit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import software.amazon.awssdk.core.SdkPojo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The SDK's model objects in CBOR, as AWS's Smithy RPC v2 CBOR protocol carries them (CloudWatch): a request body read as
 * the JSON text {@link SdkJson} reads, an answer written as {@link SdkJson} writes JSON with timestamps as CBOR tag 1
 * (epoch seconds), an error as a map of {@code __type} and {@code message}. Jackson's CBOR format stays in this module,
 * with its JSON. Source: Smithy, "RPC v2 CBOR protocol".
 */
public final class SdkCbor {

    private static final CBORMapper CBOR = new CBORMapper();
    private static final CBORFactory FACTORY = new CBORFactory();

    private SdkCbor() {
    }

    /** A CBOR body as JSON text ({@code {}} when empty); IOException when it is not CBOR. */
    public static String json(byte[] body) throws IOException {
        if (body.length == 0) {
            return "{}";
        }
        JsonNode tree = CBOR.readTree(body);
        return tree == null ? "{}" : tree.toString();
    }

    /** An SDK object in CBOR, timestamps as tag 1. */
    public static byte[] write(SdkPojo pojo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = FACTORY.createGenerator(out)) {
            SdkJson.write(g, pojo, (generator, instant) -> {
                ((CBORGenerator) generator).writeTag(1);
                generator.writeNumber(instant.toEpochMilli() / 1000.0);
            });
        }
        return out.toByteArray();
    }

    /** An error body: {@code {"__type": type, "message": message}}. */
    public static byte[] error(String type, String message) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("__type", type);
            g.writeStringField("message", message);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** A JSON error body's {@code __type} and {@code message} (InternalFailure and the text itself when it is not JSON). */
    public static String[] codeAndMessage(String jsonError) {
        JsonNode error = SdkJson.parse(jsonError).getOrNull();
        String code = error == null ? "InternalFailure" : error.path("__type").asText("InternalFailure");
        String message = error == null ? jsonError : error.path("message").asText(error.path("Message").asText(""));
        return new String[]{code, message};
    }

    /** A CBOR body as a tree, for tests and tools. */
    public static JsonNode tree(byte[] body) throws IOException {
        return CBOR.readTree(body);
    }
}
