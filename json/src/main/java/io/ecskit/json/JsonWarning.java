package io.ecskit.json;

/** A field ecskit does not know: reported, never silently dropped. */
public record JsonWarning(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
