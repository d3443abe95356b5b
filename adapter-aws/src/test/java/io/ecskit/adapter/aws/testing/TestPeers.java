package io.ecskit.adapter.aws.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * One rule for every external test peer (moto, the local registry): where it cannot be had the
 * tests are skipped and say why, except under CI=true, where a missing peer fails the build.
 */
public final class TestPeers {

    private TestPeers() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or, on CI, fails) the calling test because {@code peer} is unavailable. */
    public static void unavailable(String peer, String why) {
        String message = peer + " is not available, so these tests cannot run: " + why;
        if (onCi()) {
            throw new IllegalStateException(message + " (CI=true: a missing test peer fails the build)");
        }
        Assumptions.abort(message);
    }
}
