package io.ecskit.cli;

import io.ecskit.port.in.DeploymentProgress;

import java.io.PrintWriter;

/**
 * Prints a deployment's progress: on a terminal one live line rewritten in place; otherwise
 * (pipes, CI logs) a plain line per change. Service events are printed as they arrive.
 */
final class ProgressPrinter implements DeploymentProgress.Listener {

    private final PrintWriter out;
    private final boolean live;
    private String last = "";

    ProgressPrinter(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    static ProgressPrinter forConsole(PrintWriter out) {
        return new ProgressPrinter(out, System.console() != null);
    }

    @Override
    public void onProgress(DeploymentProgress p) {
        if (live && !p.newEvents().isEmpty()) {
            out.print("\r\033[K");
        }
        p.newEvents().forEach(e -> out.println("    event: " + e.message()));
        String line = String.format("    [%s] %s: %s, desired %d, pending %d, running %d, failed %d",
                clock(p.elapsed().toSeconds()), p.deploymentId().map(Object::toString).getOrElse("-"),
                p.rolloutState().map(Enum::name).getOrElse("-"), p.desired(), p.pending(), p.running(), p.failed())
                + p.stage().map(st -> ", stage " + st.wire()).getOrElse("")
                + p.productionTrafficWeight().map(w -> ", production traffic " + (w == Math.rint(w) ? String.valueOf(w.longValue()) : String.valueOf(w)) + "%")
                        .getOrElse("");
        String status = line.substring(line.indexOf(']') + 1);
        if (live) {
            out.print("\r\033[K" + line);
        } else if (!status.equals(last)) {
            out.println(line);
        }
        last = status;
        out.flush();
    }

    /** Ends a live line before other output. */
    void finish() {
        if (live && !last.isEmpty()) {
            out.println();
        }
        last = "";
    }

    private static String clock(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
