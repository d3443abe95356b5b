package io.ecskit.cli;

import io.ecskit.domain.Violation;
import io.ecskit.domain.error.EcsError;
import io.ecskit.json.JsonDocument;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Why a command did not do what it was asked, as {@link EcskitCli} prints it: each problem once, on
 * standard error, and the exit code it means. Every command answers with one of these or a
 * {@link Printed} result; nothing else reaches the user.
 */
sealed interface Failure {

    /** 2 for input that can be corrected (the user's or ECS's refusal of it), 1 for anything else. */
    int exitCode();

    /** What standard error shows, one problem per line. */
    Seq<String> lines();

    /** The same as {@code {"error": {...}}}, for {@code --output json}. */
    JsonDocument json();

    /** Input the CLI itself refuses before sending anything: every problem, each once. */
    static Failure invalid(String... problems) {
        return new InvalidInput(List.of(problems));
    }

    static Failure invalid(Seq<Violation> violations) {
        return new InvalidInput(violations.map(Violation::toString));
    }

    /**
     * Input the user gave that is wrong: options, files, JSON. Exit 2.
     *
     * @param problems one line each, {@code where: what}
     */
    record InvalidInput(Seq<String> problems) implements Failure {
        public int exitCode() {
            return EcskitCli.INVALID_INPUT;
        }

        public Seq<String> lines() {
            return problems;
        }

        public JsonDocument json() {
            return JsonDocument.object().put("error", JsonDocument.object().put("code", "InvalidInput")
                    .put("message", problems.size() + " problem" + (problems.size() == 1 ? "" : "s")).put("problems", problems));
        }
    }

    /**
     * ECS, ECR or CloudWatch Logs answered with an error (or ecskit's check of the request did, in ECS's
     * words). Refusals of the request as such exit 2; the rest 1.
     */
    record Aws(EcsError error) implements Failure {
        public int exitCode() {
            return error instanceof EcsError.Invalid || error instanceof EcsError.ClientError
                    || error instanceof EcsError.InvalidParameter ? EcskitCli.INVALID_INPUT : EcskitCli.FAILED;
        }

        public Seq<String> lines() {
            if (error instanceof EcsError.Invalid invalid) {
                // the violations are the message: each once, no summary line repeating them
                return invalid.violations().map(v -> v.kind().awsCode() + ": " + v + v.laterCall().map(call -> " (refused at " + call + ")").getOrElse(""));
            }
            Seq<String> lines = List.of("ecskit: " + error.code() + ": " + error.message().lines().findFirst().orElse(""));
            return hint().map(lines::append).getOrElse(lines);
        }

        private io.vavr.control.Option<String> hint() {
            if (error instanceof EcsError.NoCredentials) {
                return io.vavr.control.Option.of("hint: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE / --profile "
                        + "naming a profile in ~/.aws/credentials");
            }
            if (error instanceof EcsError.EndpointUnreachable) {
                return io.vavr.control.Option.of("hint: check --endpoint-url and --region, and that the endpoint is up");
            }
            return io.vavr.control.Option.none();
        }

        public JsonDocument json() {
            JsonDocument body = JsonDocument.object().put("code", error.code()).put("message", error.message())
                    .put("requestId", error.requestId());
            if (error instanceof EcsError.Invalid invalid) {
                body.put("problems", invalid.violations().map(v -> JsonDocument.object().put("path", v.path())
                        .put("kind", v.kind().awsCode()).put("message", v.message())
                            .put("rule", v.rule().map(io.ecskit.domain.EcsRule::id)).put("call", v.rule().map(io.ecskit.domain.EcsRule::call))));
            }
            hint().forEach(h -> body.put("hint", h));
            return JsonDocument.object().put("error", body);
        }
    }

    /** Something ecskit did not expect: a bug, or the machine. One line; the stack trace with --debug. Exit 1. */
    record Unexpected(Throwable cause) implements Failure {
        public int exitCode() {
            return EcskitCli.FAILED;
        }

        public Seq<String> lines() {
            return List.of("ecskit: unexpected " + describe() + " (run with --debug for the stack trace)");
        }

        String describe() {
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
            return cause.getClass().getSimpleName() + message;
        }

        public JsonDocument json() {
            return JsonDocument.object().put("error", JsonDocument.object().put("code", "Unexpected").put("message", describe()));
        }
    }
}
