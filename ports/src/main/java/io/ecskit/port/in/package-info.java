/**
 * The use cases (driving ports): deploy, redeploy, scale, rollback, clean up, push an image, read
 * logs, diff, inspect. Each takes a command record that lists every problem it can find before a
 * call ({@code violations()}), answers {@code Either<EcsError, T>}, and creates nothing when the
 * command is invalid.
 */
package io.ecskit.port.in;
