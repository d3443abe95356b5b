package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.io.IOException;
import java.util.Locale;

/**
 * IAM policy documents: IAM's checks of their grammar (docs/ecs-rules.md, "IAM roles") and the two questions ECS asks
 * of them: may ECS tasks assume a role (its trust policy), and may a role do an action on a resource (its identity-based
 * policies: an explicit Deny wins, then any Allow; {@code Action}/{@code NotAction} and {@code Resource}/{@code NotResource}
 * with IAM's {@code *} and {@code ?} wildcards, actions case-insensitively). A statement with a {@code Condition} is
 * taken as applying when it allows and as not applying when it denies (ecskit evaluates no condition keys), so a role is
 * never refused for a condition ecskit cannot judge. Source: IAM user guide, "Policy evaluation logic" and "IAM JSON
 * policy elements reference".
 */
final class IamPolicies {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** What a document is: a role's trust policy (resource-based, names principals) or an identity-based policy. */
    enum Kind { TRUST, IDENTITY }

    private IamPolicies() {
    }

    /** The first way a document breaks IAM's grammar, or none. */
    static Option<EcsError> check(String document, Kind kind) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (IOException notJson) {
            return Option.of(EcsError.of(EcsRule.IAM_POLICY_JSON));
        }
        if (root == null || !root.isObject()) {
            return Option.of(EcsError.of(EcsRule.IAM_POLICY_JSON));
        }
        Seq<JsonNode> statements = statements(root);
        if (statements.isEmpty() || statements.exists(s -> !s.isObject())) {
            return Option.of(EcsError.of(EcsRule.IAM_POLICY_SYNTAX));
        }
        for (JsonNode s : statements) {
            String effect = s.path("Effect").asText("");
            if (!effect.equals("Allow") && !effect.equals("Deny") || s.has("Action") == s.has("NotAction")
                    || s.has("Resource") && s.has("NotResource") || s.has("Principal") && s.has("NotPrincipal")) {
                return Option.of(EcsError.of(EcsRule.IAM_POLICY_SYNTAX));
            }
            boolean resource = s.has("Resource") || s.has("NotResource");
            boolean principal = s.has("Principal") || s.has("NotPrincipal");
            if (kind == Kind.TRUST && resource) {
                return Option.of(EcsError.of(EcsRule.IAM_TRUST_POLICY_WITHOUT_RESOURCE));
            }
            if (kind == Kind.TRUST && !principal) {
                return Option.of(EcsError.of(EcsRule.IAM_TRUST_POLICY_PRINCIPAL));
            }
            if (kind == Kind.IDENTITY && principal) {
                return Option.of(EcsError.of(EcsRule.IAM_POLICY_WITHOUT_PRINCIPAL));
            }
            if (kind == Kind.IDENTITY && !resource) {
                return Option.of(EcsError.of(EcsRule.IAM_POLICY_RESOURCES));
            }
        }
        return Option.none();
    }

    /** A document's size as IAM counts it against its quotas: white space is not counted. */
    static int size(String document) {
        return (int) document.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** Whether a trust policy lets {@code service} (e.g. {@code ecs-tasks.amazonaws.com}) assume the role. */
    static boolean trusts(String trustPolicy, String service) {
        Seq<JsonNode> statements = parse(trustPolicy).map(IamPolicies::statements).getOrElse(List.empty());
        Seq<JsonNode> applying = statements.filter(s -> actions(s, "sts:AssumeRole") && principal(s, service));
        return applying.exists(s -> s.path("Effect").asText().equals("Allow") && !s.has("NotPrincipal"))
                && !applying.exists(s -> s.path("Effect").asText().equals("Deny") && !s.has("Condition"));
    }

    /** Whether identity-based policies allow {@code action} on {@code resource}: no explicit Deny, and an Allow. */
    static boolean allows(Seq<String> documents, String action, String resource) {
        Seq<JsonNode> statements = documents.flatMap(d -> parse(d).map(IamPolicies::statements).getOrElse(List.empty()));
        Seq<JsonNode> applying = statements.filter(s -> actions(s, action) && resources(s, resource));
        return !applying.exists(s -> s.path("Effect").asText().equals("Deny") && !s.has("Condition"))
                && applying.exists(s -> s.path("Effect").asText().equals("Allow"));
    }

    /**
     * IAM's wildcards: {@code *} any run of characters, {@code ?} any one; the classic two-pointer match (time at most
     * the product of the lengths, no regular expression to backtrack).
     */
    static boolean glob(String pattern, String text) {
        return glob(pattern, text, true);
    }

    /** As {@link #glob(String, String)}; {@code ?} is a wildcard only when {@code questionMark} (IAM's; EventBridge has none). */
    static boolean glob(String pattern, String text, boolean questionMark) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (questionMark && pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** Whether identity-based policies deny {@code action} on {@code resource} explicitly (a Deny without a Condition). */
    static boolean denies(Seq<String> documents, String action, String resource) {
        return documents.flatMap(d -> parse(d).map(IamPolicies::statements).getOrElse(List.empty()))
                .exists(s -> s.path("Effect").asText().equals("Deny") && !s.has("Condition") && actions(s, action) && resources(s, resource));
    }

    private static Option<JsonNode> parse(String document) {
        try {
            return Option.of(JSON.readTree(document)).filter(JsonNode::isObject);
        } catch (IOException notJson) {
            return Option.none();
        }
    }

    private static Seq<JsonNode> statements(JsonNode root) {
        JsonNode statement = root.get("Statement");
        if (statement == null) {
            return List.empty();
        }
        return statement.isArray() ? List.ofAll(statement) : List.of(statement);
    }

    private static Seq<String> strings(JsonNode node) {
        if (node == null) {
            return List.empty();
        }
        return node.isArray() ? List.ofAll(node).map(JsonNode::asText) : List.of(node.asText());
    }

    private static boolean actions(JsonNode statement, String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        if (statement.has("NotAction")) {
            return !strings(statement.get("NotAction")).exists(p -> glob(p.toLowerCase(Locale.ROOT), lower));
        }
        return strings(statement.get("Action")).exists(p -> glob(p.toLowerCase(Locale.ROOT), lower));
    }

    private static boolean resources(JsonNode statement, String resource) {
        if (statement.has("NotResource")) {
            return !strings(statement.get("NotResource")).exists(p -> glob(p, resource));
        }
        return strings(statement.get("Resource")).exists(p -> glob(p, resource));
    }

    private static boolean principal(JsonNode statement, String service) {
        JsonNode principal = statement.get("Principal");
        if (principal == null) {
            return false;
        }
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        return strings(principal.get("Service")).contains(service) || strings(principal.get("AWS")).contains("*");
    }
}
