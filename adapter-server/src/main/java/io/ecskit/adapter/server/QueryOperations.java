package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;

import java.util.Map;
import java.util.UUID;

/**
 * The neighbours that speak AWS's query protocols (a form-encoded POST naming its {@code Action} and {@code Version},
 * answered in XML): EC2 networking ({@link Ec2Operations}), IAM roles and policies ({@link IamOperations}) and STS
 * GetCallerIdentity, which tools ask first (e.g. to build
 * an ECR repository URI from the account). Their rows sit in the server's one table under {@code Version.Action}, so they
 * are journaled and replayed as the JSON rows are. Source: STS and EC2 API references; the query protocols as botocore's
 * serializers write them.
 */
final class QueryOperations {

    static final String STS_VERSION = "2011-06-15";
    static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private QueryOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(STS_VERSION + ".GetCallerIdentity", (kit, body) -> kit.api().identity().callerIdentity()
                .fold(QueryOperations::error, identity -> xml("GetCallerIdentity", "<Arn>" + QueryWire.escape(identity.arn())
                        + "</Arn><UserId>" + QueryWire.escape(identity.userId()) + "</UserId><Account>" + QueryWire.escape(identity.account())
                        + "</Account>")));
        Ec2Operations.register(operations);
        IamOperations.register(operations);
        ElbOperations.register(operations);
        ElbOperations.registerSettings(operations);
    }

    /** The table key of a query request ({@code Version.Action}), or the answer refusing it in its service's words. */
    static Either<Answer, String> target(String body, Map<String, Operation> operations) {
        Map<String, String> form;
        try {
            form = QueryWire.form(body);
        } catch (IllegalArgumentException malformed) {
            return Either.left(error(400, "MalformedQueryString", "The request's form is not URL-encoded: " + malformed.getMessage()));
        }
        String action = form.get("Action");
        String version = form.getOrDefault("Version", "");
        if (action == null) {
            return Either.left(version.equals(Ec2Operations.VERSION) ? QueryWire.ec2Error(EcsError.of(EcsRule.PARAMETER_REQUIRED, "Action"))
                    : error(400, "MissingAction", EcsError.of(EcsRule.PARAMETER_REQUIRED, "Action").message()));
        }
        String key = version + "." + action;
        if (isQuery(key) && operations.containsKey(key)) {
            return Either.right(key);
        }
        if (version.equals(Ec2Operations.VERSION)) {
            return Either.left(QueryWire.ec2Error(EcsError.of(EcsRule.EC2_ACTION_SERVED, action, Ec2Operations.served(operations).mkString(", "))));
        }
        if (version.equals(ElbOperations.VERSION)) {
            return Either.left(error(400, "InvalidAction", "Could not find operation " + action + " for version " + version
                    + ": ecskit server serves Elastic Load Balancing's " + ElbOperations.served(operations).mkString(", ") + ".", ElbOperations.NAMESPACE));
        }
        if (version.equals(IamOperations.VERSION)) {
            return Either.left(error(400, "InvalidAction", "Could not find operation " + action + " for version " + version
                    + ": ecskit server serves IAM's " + IamOperations.served(operations).mkString(", ") + ".", IamOperations.NAMESPACE));
        }
        return Either.left(error(400, "InvalidAction", "Could not find operation " + action + " for version " + (version.isEmpty() ? "(none)" : version)
                + ": ecskit server serves STS GetCallerIdentity (2011-06-15), EC2's networking (2016-11-15), IAM's roles and policies (2010-05-08)"
                + " and Elastic Load Balancing v2 (2015-12-01)"
                + " over the query protocol."));
    }

    /** Whether a table key is a query-protocol row ({@code Version.Action} of EC2 or STS), never reached by JSON 1.1. */
    static boolean isQuery(String key) {
        return key.startsWith(Ec2Operations.PREFIX) || key.startsWith(STS_VERSION + ".") || key.startsWith(IamOperations.PREFIX)
                || key.startsWith(ElbOperations.PREFIX);
    }

    /** A query request naming a region this server does not serve, refused in its service's words. */
    static Answer badRegion(String key, String region) {
        String message = "Credential should be scoped to a valid region, not '" + region + "'.";
        return key.startsWith(Ec2Operations.PREFIX) ? QueryWire.ec2Error(new EcsError.Other("AuthFailure", message, io.vavr.control.Option.none()))
                : error(400, "InvalidClientTokenId", message, key.startsWith(IamOperations.PREFIX) ? IamOperations.NAMESPACE
                : key.startsWith(ElbOperations.PREFIX) ? ElbOperations.NAMESPACE : STS_NAMESPACE);
    }

    private static Answer xml(String action, String result) {
        return new Answer(200, "<" + action + "Response xmlns=\"" + STS_NAMESPACE + "\"><" + action + "Result>" + result + "</" + action
                + "Result><ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata></" + action + "Response>",
                "text/xml");
    }

    private static Answer error(EcsError error) {
        return error(error instanceof EcsError.Unavailable ? 500 : 400, error.code(), error.message());
    }

    static Answer error(int status, String code, String message) {
        return error(status, code, message, STS_NAMESPACE);
    }

    /** AWS's query-protocol error (STS, IAM): an ErrorResponse in the service's namespace with the error's type, code and message. */
    static Answer error(int status, String code, String message, String namespace) {
        return new Answer(status, "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + QueryWire.escape(code) + "</Code><Message>" + QueryWire.escape(message) + "</Message></Error><RequestId>"
                + UUID.randomUUID() + "</RequestId></ErrorResponse>", "text/xml");
    }
}
