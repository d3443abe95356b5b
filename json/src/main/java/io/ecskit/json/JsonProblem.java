package io.ecskit.json;

import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;

/** Why a task-definition JSON document could not be read into the model. */
public sealed interface JsonProblem {

    String describe();

    /** Not JSON at all: where the parser stopped (1-based line and column) and why. */
    record Malformed(int line, int column, String message) implements JsonProblem {
        public String describe() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    /** JSON, but with values of the wrong type or outside an enum: every one of them. */
    record Invalid(Seq<Violation> violations, Seq<JsonWarning> warnings) implements JsonProblem {
        public String describe() {
            return violations.mkString("\n");
        }
    }

    /** The file could not be read. */
    record Unreadable(String file, String message) implements JsonProblem {
        public String describe() {
            return file + ": " + message;
        }
    }
}
