package io.newswire.stack;

/**
 * One {@link LocalStack} per JVM, started on first use and stopped when the JVM exits, so that
 * all integration tests of a module pay its start-up once. Tests isolate themselves by using
 * their own topic names and consumer group ids, never by restarting the stack.
 */
public final class SharedLocalStack {

    private static LocalStack stack;

    private SharedLocalStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            LocalStack started = LocalStack.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "newswire-local-stack-stop"));
            stack = started;
        }
        return stack;
    }
}
