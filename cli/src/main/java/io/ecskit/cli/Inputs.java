package io.ecskit.cli;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonFiles;
import io.ecskit.json.JsonProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.io.InputStream;
import java.util.function.Function;

/**
 * What users type, read into the model or refused as {@link Failure.InvalidInput}: JSON documents the
 * way the AWS CLI takes them ({@code FILE}, {@code file://FILE}, {@code -} for standard input, or the
 * JSON itself), names in ECS's rules. Every problem is named with where it is.
 */
final class Inputs {

    /** Standard input, for {@code -}; tests of the shipped jar feed it through the process. */
    static InputStream stdin = System.in;

    private Inputs() {
    }

    static Either<Failure, TaskDefinition> taskDefinition(String option, String source) {
        return document(option, source, EcsJson::readTaskDefinition);
    }

    static Either<Failure, ServiceSpec> serviceSpec(String option, String source) {
        return document(option, source, EcsJson::readServiceSpec);
    }

    /** A JSON document: inline JSON (starting with '{', as --cli-input-json takes it) or a file, read by {@code read}. */
    static <T> Either<Failure, T> document(String option, String source, Function<String, Either<JsonProblem, T>> read) {
        boolean inline = source.stripLeading().startsWith("{");
        Either<JsonProblem, String> text = inline ? Either.right(source) : JsonFiles.read(source, stdin);
        String where = inline ? option : source.equals("-") ? "standard input" : source;
        return text.flatMap(read).mapLeft(problem -> describe(where, problem));
    }

    static Failure describe(String where, JsonProblem problem) {
        if (problem instanceof JsonProblem.Invalid invalid) {
            return new Failure.InvalidInput(invalid.violations().map(v -> where + ": " + v));
        }
        if (problem instanceof JsonProblem.Unreadable unreadable) {
            // JsonFiles names the file itself
            return Failure.invalid(unreadable.describe());
        }
        return Failure.invalid(where + ": not JSON: " + problem.describe());
    }

    static Either<Failure, ClusterName> cluster(String option, String name) {
        return value(option, ClusterName.parse(name));
    }

    static Either<Failure, ServiceName> service(String option, String name) {
        return value(option, ServiceName.parse(name));
    }

    static Either<Failure, Seq<ServiceName>> services(String option, java.util.List<String> names) {
        Seq<Either<Failure, ServiceName>> read = List.ofAll(names).map(n -> service(option, n));
        Seq<String> problems = read.filter(Either::isLeft).flatMap(e -> e.getLeft().lines());
        return problems.isEmpty() ? Either.right(read.map(Either::get)) : Either.left(new Failure.InvalidInput(problems));
    }

    /** A value type's own check, its violation placed at the option that gave it. */
    static <T> Either<Failure, T> value(String option, Either<Violation, T> parsed) {
        return parsed.mapLeft(v -> Failure.invalid(option + ": " + v.message()));
    }

    /** The use case's answer, its error as the failure that prints it. */
    static <T> Either<Failure, T> aws(Either<EcsError, T> answer) {
        return answer.mapLeft(Failure.Aws::new);
    }
}
