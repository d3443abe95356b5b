package io.ecskit.json;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;

/** Why a JSON document could not be read into the model. */
public sealed interface JsonProblem {

    /** One line (or, for {@link Invalid}, one line per violation) saying what is wrong and where. */
    String describe();

    /**
     * As the library's one error type, so reading a file and deploying it chain in one {@code Either}:
     * {@code EcsError.Invalid} with every violation (a file or parser problem as one ClientException-kind violation).
     */
    default EcsError toEcsError() {
        if (this instanceof Invalid invalid) {
            return new EcsError.Invalid(invalid.violations());
        }
        return new EcsError.Invalid(io.vavr.collection.List.of(Violation.client("", describe())));
    }

    /**
     * Not JSON: where the parser stopped (1-based line and column) and why.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @param message what the parser expected or found
     */
    record Malformed(int line, int column, String message) implements JsonProblem {
        @Override
        public String describe() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    /**
     * JSON, but not input the API takes: unknown or missing members, wrong types, values outside
     * an enum — every one of them.
     *
     * @param violations each problem with its JSON path
     */
    record Invalid(Seq<Violation> violations) implements JsonProblem {
        @Override
        public String describe() {
            return violations.mkString("\n");
        }
    }

    /**
     * The file could not be read at all (missing, a directory, unreadable, empty, not UTF-8).
     *
     * @param file the file as the user named it
     * @param message why
     */
    record Unreadable(String file, String message) implements JsonProblem {
        @Override
        public String describe() {
            return file + ": " + message;
        }
    }
}
