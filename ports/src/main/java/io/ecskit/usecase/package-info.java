/**
 * The use cases' handlers, written only against the domain and the driven ports (ArchUnit holds
 * them to that): what every backend runs, so a deploy behaves the same on AWS and in memory.
 */
package io.ecskit.usecase;
