package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/**
 * The resource limits a container's {@code ulimits} may set, each with a soft and a hard limit, as Docker passes them to
 * {@code setrlimit(2)} (ECS API reference, ContainerDefinition.ulimits and Ulimit). Fargate tasks keep the operating
 * system's defaults except {@code nofile}; Windows containers take no ulimits.
 */
public enum UlimitName implements WireValue {
    /** {@code core}: the largest core dump file the container's processes may write, in bytes (RLIMIT_CORE). */
    CORE("core"),
    /** {@code cpu}: the CPU time a process may use, in seconds (RLIMIT_CPU); not the container's {@code cpu} units. */
    CPU("cpu"),
    /** {@code data}: the largest data segment (heap) of a process, in bytes (RLIMIT_DATA). */
    DATA("data"),
    /** {@code fsize}: the largest file a process may create, in bytes (RLIMIT_FSIZE). */
    FSIZE("fsize"),
    /** {@code locks}: how many file locks a process may hold (RLIMIT_LOCKS). */
    LOCKS("locks"),
    /** {@code memlock}: how much memory a process may lock into RAM, in bytes (RLIMIT_MEMLOCK). */
    MEMLOCK("memlock"),
    /** {@code msgqueue}: how many bytes a user's POSIX message queues may take (RLIMIT_MSGQUEUE). */
    MSGQUEUE("msgqueue"),
    /**
     * {@code nice}: the ceiling of the nice value a process may raise itself to, as 20 minus the limit (RLIMIT_NICE).
     */
    NICE("nice"),
    /**
     * {@code nofile}: how many files a process may hold open (RLIMIT_NOFILE); the one limit Fargate overrides, to
     * 65535 soft and hard (ECS API reference, Ulimit).
     */
    NOFILE("nofile"),
    /** {@code nproc}: how many processes (threads) the container's user may run (RLIMIT_NPROC). */
    NPROC("nproc"),
    /** {@code rss}: the largest resident set of a process, in bytes (RLIMIT_RSS; ignored by current Linux kernels). */
    RSS("rss"),
    /** {@code rtprio}: the ceiling of the real-time priority a process may set (RLIMIT_RTPRIO). */
    RTPRIO("rtprio"),
    /** {@code rttime}: the CPU time a real-time process may use without blocking, in microseconds (RLIMIT_RTTIME). */
    RTTIME("rttime"),
    /** {@code sigpending}: how many signals may be queued for the container's user (RLIMIT_SIGPENDING). */
    SIGPENDING("sigpending"),
    /** {@code stack}: the largest stack of a process, in bytes (RLIMIT_STACK). */
    STACK("stack");

    private final String wire;

    UlimitName(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
