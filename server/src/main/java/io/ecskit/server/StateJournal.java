package io.ecskit.server;

import io.ecskit.adapter.server.Journal;
import io.ecskit.json.FlatJson;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server's state as its journal (issue 24 item 5): a header line (the format's version, the account, the default
 * region, the clock, the seed of every region's IDs), then one JSON line per call that changed the state, with the
 * simulated time it ran at. {@code GET /_ecskit/state} answers it with a last line for the clock's time then;
 * {@code PUT /_ecskit/state} and {@code ecskit server --state-file} make the state anew by running the calls again at
 * their times, on kits seeded as before. Images pushed through the registry endpoint ({@code /v2/}) are journaled as the
 * ECR calls they are. Reads are not journaled, so a read must not consume a kit's seeded IDs.
 */
final class StateJournal implements Journal {

    /** The format this version of ecskit writes and reads. */
    static final int FORMAT = 1;

    private final InMemoryEcsServer server;
    private final List<String> entries = new ArrayList<>();
    private final Option<Path> file;
    private Writer out;
    private boolean replaying;

    StateJournal(InMemoryEcsServer server, Option<Path> file) {
        this.server = server;
        this.file = file;
    }

    /** The header line of this server's state. */
    String header() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("ecskitState", FORMAT);
        h.put("account", server.accountId());
        h.put("region", server.region());
        h.put("clock", server.clockMode().toString());
        h.put("seed", server.seed());
        return FlatJson.write(h);
    }

    /** At start: the state file's calls made again (when it exists), then appended to from now on. */
    synchronized void open() {
        if (file.isEmpty()) {
            return;
        }
        try {
            if (Files.exists(file.get()) && Files.size(file.get()) > 0) {
                String text = Files.readString(file.get());
                Option<String> problem = restore(text);
                if (problem.isDefined()) {
                    throw new IllegalStateException("--state-file " + file.get() + ": " + problem.get());
                }
            } else {
                rewrite();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("--state-file " + file.get() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Instant now(String region) {
        return server.clockNow();
    }

    /** One change at a time, the clock held at its time while it runs: the order and times written are those it ran in. */
    @Override
    public synchronized <T> T write(String region, java.util.function.Function<Instant, T> call) {
        Instant at = server.clockNow();
        server.holdClock(at);
        try {
            return call.apply(at);
        } finally {
            server.releaseClock();
        }
    }

    @Override
    public synchronized void aws(Instant at, String region, String target, String body) {
        Map<String, Object> e = entry(at);
        e.put("region", region);
        e.put("target", target);
        e.put("body", body);
        record(e);
    }

    @Override
    public synchronized void control(Instant at, String method, String path, String rawQuery) {
        Map<String, Object> e = entry(at);
        e.put("control", method + " " + path);
        if (rawQuery != null) {
            e.put("query", rawQuery);
        }
        record(e);
    }

    private static Map<String, Object> entry(Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("at", at.toString());
        return e;
    }

    /** A call kept, unless it is one a restore is running again. */
    private void record(Map<String, Object> e) {
        if (!replaying) {
            append(FlatJson.write(e));
        }
    }

    @Override
    public synchronized String snapshot() {
        StringBuilder text = new StringBuilder(header()).append('\n');
        entries.forEach(e -> text.append(e).append('\n'));
        return text.append(clockLine()).append('\n').toString();
    }

    /** The clock's time now, as the state's last line (where a restored clock goes on from). */
    private String clockLine() {
        Map<String, Object> e = entry(server.clockNow());
        e.put("clock", "now");
        return FlatJson.write(e);
    }

    /** At shutdown: where the clock was, so a restart goes on from there. */
    synchronized void close() {
        if (out != null) {
            try {
                out.write(clockLine() + "\n");
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    @Override
    public synchronized Option<String> restore(String snapshot) {
        String[] lines = snapshot.split("\n");
        Map<String, String> header = FlatJson.read(lines[0]).getOrNull();
        if (header == null) {
            return Option.of("not an ecskit state: its first line is not a JSON object");
        }
        if (!header.containsKey("ecskitState")) {
            return Option.of("not an ecskit state: its first line has no ecskitState version");
        }
        if (!String.valueOf(FORMAT).equals(header.get("ecskitState"))) {
            return Option.of("written in state format " + header.get("ecskitState") + " by another version of ecskit; this one reads format "
                    + FORMAT + " (start without it, or with a new file)");
        }
        if (!server.accountId().equals(header.get("account")) || !server.clockMode().toString().equals(header.get("clock"))
                || !server.region().equals(header.get("region"))) {
            return Option.of("written by a server of account " + header.get("account") + ", region " + header.get("region")
                    + " and clock " + header.get("clock") + "; this one is account " + server.accountId() + ", region "
                    + server.region() + " and clock " + server.clockMode() + " (start it with the same --account-id, --region and --clock)");
        }
        long seed;
        try {
            seed = Long.parseLong(header.getOrDefault("seed", ""));
        } catch (NumberFormatException e) {
            return Option.of("not an ecskit state: its header has no seed");
        }
        List<Map<String, String>> calls = new ArrayList<>();
        Instant clockAt = null;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (i == lines.length - 1 && !snapshot.endsWith("\n") && !lines[i].endsWith("}")) {
                // a last line cut short (the server was killed while writing it): that call is not in the state
                System.getLogger(StateJournal.class.getName()).log(System.Logger.Level.WARNING,
                        "the state's last line is incomplete (the server stopped while writing it); restoring without it");
                continue;
            }
            var parsed = FlatJson.read(lines[i]);
            if (parsed.isLeft() || !parsed.get().containsKey("at")) {
                return Option.of("line " + (i + 1) + " is not a journal entry: " + (parsed.isLeft() ? parsed.getLeft() : "it has no time"));
            }
            Map<String, String> e = parsed.get();
            try {
                Instant at = Instant.parse(e.get("at"));
                if (e.containsKey("clock")) {
                    clockAt = at;
                } else {
                    calls.add(e);
                }
            } catch (java.time.DateTimeException bad) {
                return Option.of("line " + (i + 1) + " is not a journal entry: " + bad.getMessage());
            }
        }
        long previousSeed = server.seed();
        Instant previousClock = server.clockNow();
        List<Map<String, String>> previous = new ArrayList<>();
        entries.forEach(e -> previous.add(FlatJson.read(e).get()));
        Option<String> problem = replay(seed, calls, clockAt);
        if (problem.isDefined()) {
            // nothing half-restored: the state before the restore is made again
            replay(previousSeed, previous, previousClock);
        }
        try {
            rewrite();
        } catch (IOException e) {
            return Option.of((problem.isDefined() ? problem.get() + "; and " : "restored, but ") + "the state file cannot be written: "
                    + e.getMessage());
        }
        return problem;
    }

    /** Every region anew from {@code seed}, the calls run again at their times; the first that does not answer as it did. */
    private Option<String> replay(long seed, List<Map<String, String>> calls, Instant clockAt) {
        replaying = true;
        try {
            server.startOver(seed);
            entries.clear();
            for (Map<String, String> e : calls) {
                Instant at = Instant.parse(e.get("at"));
                server.pinClock(at);
                boolean ok = e.containsKey("control") ? server.replayControl(e.get("control"), e.get("query"))
                        : e.containsKey("target") && server.replay(e.get("region"), e.get("target"), e.getOrDefault("body", ""));
                if (!ok) {
                    server.unpinClock(at);
                    return Option.of("the call " + (e.containsKey("control") ? e.get("control") : e.get("target")) + " of "
                            + at + " did not answer as it did: the state is another version's, or was edited");
                }
                entries.add(FlatJson.write(e));
            }
            // the later of the last clock line and the last call (a server killed after a restore wrote no clock line since)
            Instant lastCall = calls.isEmpty() ? null : Instant.parse(calls.get(calls.size() - 1).get("at"));
            Instant last = clockAt == null ? lastCall : lastCall == null || clockAt.isAfter(lastCall) ? clockAt : lastCall;
            server.unpinClock(last);
        } finally {
            replaying = false;
        }
        return Option.none();
    }

    private void append(String line) {
        entries.add(line);
        if (out != null) {
            try {
                out.write(line + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("--state-file " + file.get() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The file anew: the header and the calls so far, appended to from now on. */
    private void rewrite() throws IOException {
        if (file.isEmpty()) {
            return;
        }
        if (out != null) {
            out.close();
        }
        Path tmp = file.get().resolveSibling(file.get().getFileName() + ".tmp");
        StringBuilder text = new StringBuilder(header()).append('\n');
        entries.forEach(e -> text.append(e).append('\n'));
        text.append(clockLine()).append('\n');
        Files.deleteIfExists(tmp);
        try {
            // the state holds every request body (environment variables, log lines): for its owner only
            Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file.get(), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        out = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
