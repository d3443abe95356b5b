package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.adapter.server.Journal;
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
import java.util.List;

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
    private static final ObjectMapper JSON = new ObjectMapper();

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
        ObjectNode h = JSON.createObjectNode();
        h.put("ecskitState", FORMAT);
        h.put("account", server.accountId());
        h.put("region", server.region());
        h.put("clock", server.clockMode().toString());
        h.put("seed", server.seed());
        return h.toString();
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
        ObjectNode e = entry(at);
        e.put("region", region);
        e.put("target", target);
        e.put("body", body);
        record(e);
    }

    @Override
    public synchronized void control(Instant at, String method, String path, String rawQuery) {
        ObjectNode e = entry(at);
        e.put("control", method + " " + path);
        if (rawQuery != null) {
            e.put("query", rawQuery);
        }
        record(e);
    }

    private static ObjectNode entry(Instant at) {
        ObjectNode e = JSON.createObjectNode();
        e.put("at", at.toString());
        return e;
    }

    /** A call kept, unless it is one a restore is running again. */
    private void record(ObjectNode e) {
        if (!replaying) {
            append(e.toString());
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
        ObjectNode e = entry(server.clockNow());
        e.put("clock", "now");
        return e.toString();
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
        JsonNode header;
        try {
            header = JSON.readTree(lines[0]);
        } catch (IOException e) {
            return Option.of("not an ecskit state: its first line is not JSON");
        }
        if (header == null || !header.has("ecskitState")) {
            return Option.of("not an ecskit state: its first line has no ecskitState version");
        }
        if (header.get("ecskitState").asInt() != FORMAT) {
            return Option.of("written in state format " + header.get("ecskitState").asText() + " by another version of ecskit; this one reads format "
                    + FORMAT + " (start without it, or with a new file)");
        }
        if (!server.accountId().equals(header.path("account").asText()) || !server.clockMode().toString().equals(header.path("clock").asText())
                || !server.region().equals(header.path("region").asText())) {
            return Option.of("written by a server of account " + header.path("account").asText() + ", region "
                    + header.path("region").asText() + " and clock " + header.path("clock").asText() + "; this one is account "
                    + server.accountId() + ", region " + server.region() + " and clock " + server.clockMode()
                    + " (start it with the same --account-id, --region and --clock)");
        }
        List<JsonNode> calls = new ArrayList<>();
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
            try {
                JsonNode e = JSON.readTree(lines[i]);
                if (e.has("clock")) {
                    clockAt = Instant.parse(e.get("at").asText());
                } else {
                    calls.add(e);
                }
            } catch (IOException | java.time.DateTimeException e) {
                return Option.of("line " + (i + 1) + " is not a journal entry: " + e.getMessage());
            }
        }
        long previousSeed = server.seed();
        Instant previousClock = server.clockNow();
        List<JsonNode> previous = new ArrayList<>();
        for (String e : entries) {
            try {
                previous.add(JSON.readTree(e));
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
        Option<String> problem = replay(header.path("seed").asLong(), calls, clockAt);
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
    private Option<String> replay(long seed, List<JsonNode> calls, Instant clockAt) {
        replaying = true;
        try {
            server.startOver(seed);
            entries.clear();
            for (JsonNode e : calls) {
                Instant at = Instant.parse(e.get("at").asText());
                server.pinClock(at);
                boolean ok = e.has("control")
                        ? server.replayControl(e.get("control").asText(), e.path("query").isMissingNode() ? null : e.get("query").asText())
                        : server.replay(e.get("region").asText(), e.get("target").asText(), e.get("body").asText());
                if (!ok) {
                    server.unpinClock(at);
                    return Option.of("the call " + (e.has("control") ? e.get("control").asText() : e.get("target").asText()) + " of "
                            + at + " did not answer as it did: the state is another version's, or was edited");
                }
                entries.add(e.toString());
            }
            // the later of the last clock line and the last call (a server killed after a restore wrote no clock line since)
            Instant lastCall = calls.isEmpty() ? null : Instant.parse(calls.get(calls.size() - 1).get("at").asText());
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
