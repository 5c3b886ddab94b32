package io.newswire.stack;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Runs a main class and exits when the owner process does, so that the registry never outlives
 * the JVM that started it, not even one killed by SIGKILL, which runs no shutdown hooks. It is
 * copied onto the registry's class path, so it uses nothing but the JDK.
 *
 * <p>Arguments: the owner's pid, the main class, then that class's arguments.
 */
public final class RegistryWatchdog {

    private static final long HALT_AFTER_MS = 15_000;

    private RegistryWatchdog() {
    }

    public static void main(String[] args) throws Throwable {
        long owner = Long.parseLong(args[0]);
        Optional<ProcessHandle> handle = ProcessHandle.of(owner);
        if (handle.isEmpty()) {
            System.err.println("Owner process " + owner + " is gone; not starting");
            System.exit(1);
        }
        handle.get().onExit().thenRun(() -> exit("Owner process " + owner + " exited; stopping"));
        try {
            Class.forName(args[1]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exit(String reason) {
        System.err.println(reason);
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(2);
        }, "watchdog-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(0);
    }
}
