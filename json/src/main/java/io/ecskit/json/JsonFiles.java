package io.ecskit.json;

import io.vavr.control.Either;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a JSON document the user named, as the AWS CLI takes it: a path, {@code file://PATH},
 * or {@code -} for standard input. Every way it cannot be read is named, with the path.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** The document's text, or why it cannot be read. */
    public static Either<JsonProblem, String> read(String name, InputStream stdin) {
        if (name.equals("-")) {
            try {
                return decode("standard input", stdin.readAllBytes());
            } catch (IOException e) {
                return Either.left(new JsonProblem.Unreadable("standard input", String.valueOf(e.getMessage())));
            }
        }
        String pathText = name.startsWith("file://") ? name.substring("file://".length()) : name;
        Path path = Path.of(pathText);
        if (Files.isDirectory(path)) {
            return Either.left(new JsonProblem.Unreadable(name, "is a directory, not a JSON file"));
        }
        try {
            return decode(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Either.left(new JsonProblem.Unreadable(name, "no such file"));
        } catch (AccessDeniedException e) {
            return Either.left(new JsonProblem.Unreadable(name, "permission denied"));
        } catch (IOException e) {
            return Either.left(new JsonProblem.Unreadable(name, String.valueOf(e.getMessage())));
        }
    }

    private static Either<JsonProblem, String> decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return Either.left(new JsonProblem.Unreadable(name, "is empty; expected a JSON object"));
        }
        try {
            return Either.right(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Either.left(new JsonProblem.Unreadable(name, "is not UTF-8 text"));
        }
    }
}
