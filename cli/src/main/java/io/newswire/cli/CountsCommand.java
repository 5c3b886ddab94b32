package io.newswire.cli;

import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.Topics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "counts", mixinStandardHelpOptions = true,
        description = "Prints the per-actor statement counts as they stand in the public compacted topic "
                + Topics.PUBLIC_ACTOR_COUNTS + ".")
final class CountsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up reading after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        Properties props = connection.properties();
        spec.commandLine().getOut().print(read(props, Duration.ofSeconds(timeoutSeconds)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The count table read back from the public counts topic. */
    static String read(Properties props, Duration timeout) {
        Topics topics = new Topics(ApicurioAvroSerdes.fromProperties(props));
        return CountTable.format(new CompactedTopicReader(props, timeout)
                .latestValues(topics.publicActorCounts()).values());
    }
}
