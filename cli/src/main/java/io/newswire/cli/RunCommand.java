package io.newswire.cli;

import io.newswire.cli.PipelineServices.Service;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the enricher, the counter and the public sink against a cluster until stopped (SIGINT or SIGTERM).",
            "Exit status 1 when a service stops on its own (a Streams application on an error, the sink fenced by another instance or on an error)."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    EngineOption engine;

    @Option(names = "--only", paramLabel = "SERVICE",
            description = "Run only this service: ${COMPLETION-CANDIDATES} (default: both).")
    Service only;

    @Override
    public Integer call() {
        Set<Service> services = only == null ? EnumSet.allOf(Service.class) : EnumSet.of(only);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean stopRequested = new AtomicBoolean();
        // The JVM exits as soon as its shutdown hooks return, so the hook waits for the clean close.
        Thread hook = new Thread(() -> {
            stopRequested.set(true);
            stop.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newswire-run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try (PipelineServices running = PipelineServices.start(connection.properties(),
                services.contains(Service.STREAMS) ? engine.load() : null, services)) {
            running.sinkStopped().whenComplete((why, error) -> stop.countDown());
            running.streamsFailed().thenAccept(app -> {
                out.println("newswire: " + app + " stopped on an error");
                stop.countDown();
            });
            out.println("newswire: running " + services + "; stop with Ctrl-C or SIGTERM");
            try {
                stop.await();
            } catch (InterruptedException e) {
                // stopped by the thread that runs this command (in process): close before passing it on
                interrupted = true;
                stopRequested.set(true);
            }
            out.println("newswire: stopping...");
        } finally {
            closed.countDown();
            removeHook(hook);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return stopRequested.get() ? 0 : 1;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it is how this command was stopped
        }
    }
}
