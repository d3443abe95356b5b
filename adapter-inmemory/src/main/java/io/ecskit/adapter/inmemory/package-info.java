/**
 * The in-memory ECS, ECR and CloudWatch Logs: {@link io.ecskit.adapter.inmemory.InMemoryEcsKit}, which
 * refuses what ECS refuses (with ECS's error and message) and simulates tasks and deployments on a
 * virtual clock, driven by {@link io.ecskit.adapter.inmemory.Simulator}; {@link
 * io.ecskit.adapter.inmemory.InMemoryEcsExtension} hands a fresh one to each JUnit test.
 */
package io.ecskit.adapter.inmemory;
