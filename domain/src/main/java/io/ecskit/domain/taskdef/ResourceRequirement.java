package io.ecskit.domain.taskdef;

/** A GPU or inference accelerator the container needs (type GPU or InferenceAccelerator). */
public record ResourceRequirement(String type, String value) {
}
