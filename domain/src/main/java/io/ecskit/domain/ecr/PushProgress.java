package io.ecskit.domain.ecr;

/** How far a push got: {@code fraction} of the work from 0 to 1, and what it is doing. */
public record PushProgress(double fraction, String step) {
}
