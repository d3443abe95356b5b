package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The neighbours that speak AWS's query protocol (a form-encoded POST naming its {@code Action} and {@code Version},
 * answered in XML): STS GetCallerIdentity, which tools ask first (e.g. to build an ECR repository URI from the account).
 * Source: STS API reference; the query protocol as botocore's serializers write it.
 */
final class QueryOperations {

    static final String STS_VERSION = "2011-06-15";
    static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private QueryOperations() {
    }

    static Answer handle(EcsKit kit, String body) {
        Map<String, String> form;
        try {
            form = form(body);
        } catch (IllegalArgumentException malformed) {
            return error(400, "MalformedQueryString", "The request's form is not URL-encoded: " + malformed.getMessage());
        }
        String action = form.get("Action");
        if (action == null) {
            return error(400, "MissingAction", "The request must contain the parameter Action.");
        }
        if ("GetCallerIdentity".equals(action) && STS_VERSION.equals(form.get("Version"))) {
            return kit.api().identity().callerIdentity().fold(QueryOperations::error, identity -> xml("GetCallerIdentity",
                    "<Arn>" + escape(identity.arn()) + "</Arn><UserId>" + escape(identity.userId()) + "</UserId><Account>"
                            + escape(identity.account()) + "</Account>"));
        }
        return error(400, "InvalidAction", "Could not find operation " + action + " for version " + form.getOrDefault("Version", "(none)")
                + ": ecskit server serves STS GetCallerIdentity over the query protocol.");
    }

    private static Answer xml(String action, String result) {
        return new Answer(200, "<" + action + "Response xmlns=\"" + STS_NAMESPACE + "\"><" + action + "Result>" + result + "</" + action
                + "Result><ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata></" + action + "Response>",
                "text/xml");
    }

    private static Answer error(EcsError error) {
        return error(error instanceof EcsError.Unavailable ? 500 : 400, error.code(), error.message());
    }

    /** AWS's query-protocol error: an ErrorResponse with the error's type, code and message. */
    static Answer error(int status, String code, String message) {
        return new Answer(status, "<ErrorResponse xmlns=\"" + STS_NAMESPACE + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + escape(code) + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + UUID.randomUUID()
                + "</RequestId></ErrorResponse>", "text/xml");
    }

    private static Map<String, String> form(String body) {
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
