package io.newswire.cli;

import java.time.Duration;

/** Waits for a condition by checking it twice a second; the services expose no events to wait on. */
final class Polling {

    static final Duration INTERVAL = Duration.ofMillis(500);

    private Polling() {
    }

    /**
     * @throws IllegalStateException with {@code failure} if the condition is not met in time
     */
    static void until(Condition condition, Duration timeout, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(INTERVAL.toMillis());
        }
    }

    /** A condition whose check may block, e.g. on a broker round trip. */
    @FunctionalInterface
    interface Condition {
        boolean met() throws InterruptedException;
    }
}
