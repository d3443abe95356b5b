package io.ecskit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.Service;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed answer writer says what the tree writer said, for every root shape with every member set and with none. */
class SdkJsonAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ecskit.json.ModelCompletenessTest#roots")
    void streamedAnswer_equalsTheTreesAnswer(Class<? extends SdkPojo> sdk, Class<?> domain) throws Exception {
        SdkPojo full = ModelSamples.everyMember(sdk, domain);
        SdkPojo empty = ModelSamples.build(ModelSamples.builder(sdk));

        assertThat(tree(SdkJson.answer(full))).isEqualTo(tree(SdkJson.answerByTree(full)));
        assertThat(tree(SdkJson.answer(empty))).isEqualTo(tree(SdkJson.answerByTree(empty)));
    }

    /** Issue 26 item 8: answers written straight from records say, byte for byte, what the SDK objects they map to say. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ecskit.json.ModelCompletenessTest#roots")
    void recordsWrittenStraight_equalTheSdkPath(Class<? extends SdkPojo> sdk, Class<?> domain) {
        Object record = io.ecskit.mapping.SdkMapping.toDomain(ModelSamples.everyMember(sdk, domain), domain)
                .getOrElseThrow(problems -> new AssertionError("the sample maps to the domain: " + problems));

        String direct = SdkJson.recordAnswer(record, sdk);

        assertThat(direct).isEqualTo(SdkJson.answer(io.ecskit.mapping.SdkMapping.toSdk(record, sdk)));
        assertThat(direct).as("every member is written").isNotEqualTo("{}");
    }

    /** The shape of the ports' Descriptions.Failure (this module does not see the ports). */
    record Failure(String arn, String reason, io.vavr.control.Option<String> detail) {
    }

    @org.junit.jupiter.api.Test
    void answersOfMembers_equalTheSdkPath_emptyListsIncluded() {
        java.util.Map<String, Object> members = new java.util.HashMap<>();
        members.put("services", io.vavr.collection.List.empty());
        members.put("failures", io.vavr.collection.List.of(new Failure("arn:aws:ecs:us-east-1:1:service/c/x",
                "MISSING", io.vavr.control.Option.none())));

        String direct = SdkJson.answer(DescribeServicesResponse.class, members);

        assertThat(direct).isEqualTo("{\"services\":[],\"failures\":[{\"arn\":\"arn:aws:ecs:us-east-1:1:service/c/x\",\"reason\":\"MISSING\"}]}");
        assertThat(direct).isEqualTo(SdkJson.answer(io.ecskit.mapping.SdkMapping.toSdk(members, DescribeServicesResponse.class)));
    }

    @org.junit.jupiter.api.Test
    void charactersBeyondTheBmp_andLoneSurrogates_areTheSameJson_escaped() throws Exception {
        java.util.Map<String, Object> members = java.util.Map.of("failures", io.vavr.collection.List.of(
                new Failure("arn:aws:ecs:us-east-1:1:service/c/x", "\uD83D\uDE00 \uD800x", io.vavr.control.Option.none())));

        String direct = SdkJson.answer(DescribeServicesResponse.class, members);

        assertThat(direct).contains("\\uD83D\\uDE00 \\uD800x");
        assertThat(JSON.readTree(direct).get("failures").get(0).get("reason").asText()).isEqualTo("\uD83D\uDE00 \uD800x");
        assertThat(JSON.readTree(direct)).isEqualTo(JSON.readTree(SdkJson.answer(io.ecskit.mapping.SdkMapping.toSdk(members,
                DescribeServicesResponse.class))));
    }

    @org.junit.jupiter.api.Test
    void nestedObjectsInLists_getTheirEmptyListsToo() throws Exception {
        DescribeServicesResponse answer = DescribeServicesResponse.builder().services(Service.builder().serviceName("web").build()).build();

        JsonNode written = tree(SdkJson.answer(answer));

        assertThat(written.get("failures").isArray()).isTrue();
        assertThat(written.get("services").get(0).get("deployments").isArray()).isTrue();
        assertThat(written).isEqualTo(tree(SdkJson.answerByTree(answer)));
    }

    /**
     * Issue 26 item 8: a record answered again (the same object: the in-memory backend's view of a service nothing
     * touched) is copied from the text kept at its second sight; the text is byte for byte what walking it writes, in
     * every position of a list, beside records made anew, beyond the BMP too.
     */
    @org.junit.jupiter.api.Test
    void aRecordAnsweredAgain_isCopied_andSaysWhatWalkingItSays() throws Exception {
        Object again = service();
        Object failure = new Failure("arn:aws:ecs:us-east-1:1:service/c/\uD83D\uDE00", "MISSING", io.vavr.control.Option.of("\uD83D\uDE00"));
        for (int answer = 0; answer < 4; answer++) {
            // a record made anew beside the one answered again, in changing positions
            Object fresh = service();
            java.util.Map<String, Object> members = new java.util.HashMap<>();
            members.put("services", answer % 2 == 0 ? io.vavr.collection.List.of(again, fresh, again) : io.vavr.collection.List.of(fresh, again));
            members.put("failures", io.vavr.collection.List.of(failure));
            // the same answer of records never seen before: walked member by member
            java.util.Map<String, Object> walked = new java.util.HashMap<>(members);
            walked.put("services", answer % 2 == 0 ? io.vavr.collection.List.of(service(), service(), service())
                    : io.vavr.collection.List.of(service(), service()));

            String direct = SdkJson.answer(DescribeServicesResponse.class, members);

            assertThat(direct).as("answer %d", answer).isEqualTo(SdkJson.answer(DescribeServicesResponse.class, walked));
            assertThat(direct).contains("\\uD83D\\uDE00");
            assertThat(JSON.readTree(direct)).isEqualTo(JSON.readTree(SdkJson.answer(io.ecskit.mapping.SdkMapping.toSdk(members,
                    DescribeServicesResponse.class))));
        }
    }

    /** A service with every member set, made anew. */
    private static Object service() {
        return io.ecskit.mapping.SdkMapping.toDomain(ModelSamples.everyMember(Service.class, io.ecskit.domain.service.Service.class),
                io.ecskit.domain.service.Service.class).getOrElseThrow(problems -> new AssertionError("the sample maps: " + problems));
    }

    @org.junit.jupiter.api.Test
    void timestamps_areEpochSecondsWithTheFractionGiven() {
        assertThat(SdkJson.epochSeconds(java.time.Instant.ofEpochSecond(1700000000))).isEqualTo("1700000000");
        assertThat(SdkJson.epochSeconds(java.time.Instant.ofEpochMilli(1557128360711L))).isEqualTo("1557128360.711");
        assertThat(SdkJson.epochSeconds(java.time.Instant.ofEpochSecond(1, 5))).isEqualTo("1.000000005");
        assertThat(SdkJson.epochSeconds(java.time.Instant.ofEpochSecond(-5, 500_000_000))).isEqualTo("-4.5");
    }

    /** Parsed; an idempotency token the SDK fills with a new UUID on every read is left out. */
    private static JsonNode tree(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("clientToken");
        return node;
    }
}
