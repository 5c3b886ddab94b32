package io.newswire.stack;

/**
 * One {@link LocalStack} per JVM, started on first use and stopped when the JVM exits, so that
 * all integration tests of a module pay its start-up once. Tests isolate themselves by using
 * their own topic names and consumer group ids, never by restarting the stack. Do not close it.
 */
public final class SharedLocalStack {

    private static LocalStack stack;
    private static RuntimeException startFailure;

    private SharedLocalStack() {
    }

    /**
     * The stack, started if needed. A stack that failed to start is not tried again: every later
     * test fails at once with the original cause instead of waiting for another timeout.
     */
    public static synchronized LocalStack get() {
        if (startFailure != null) {
            throw new IllegalStateException("The shared local stack failed to start", startFailure);
        }
        if (stack == null) {
            try {
                LocalStack started = LocalStack.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "newswire-local-stack-stop"));
                stack = started;
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return stack;
    }
}
