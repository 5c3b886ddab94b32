package io.newswire.cli;

import io.newswire.engine.EnrichmentEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import picocli.CommandLine.Option;

/** The {@code --engine} option of every command that enriches articles, and the engine it selects. */
public final class EngineOption {

    @Option(names = "--engine", paramLabel = "CLASS",
            description = "Engine implementation class; needed only when several are on the class path.")
    String engineClass;

    /** The {@link EnrichmentEngine} registered with {@link ServiceLoader}, as {@code --engine} selects. */
    public EnrichmentEngine load() {
        return select(ServiceLoader.load(EnrichmentEngine.class), engineClass);
    }

    static EnrichmentEngine select(Iterable<EnrichmentEngine> available, String className) {
        List<EnrichmentEngine> engines = new ArrayList<>();
        available.forEach(engines::add);
        if (engines.isEmpty()) {
            throw new IllegalStateException("no enrichment engine on the class path (no META-INF/services/"
                    + EnrichmentEngine.class.getName() + " provider); build the CLI with the engine module");
        }
        List<String> names = engines.stream().map(e -> e.getClass().getName()).toList();
        if (className != null) {
            return engines.stream()
                    .filter(e -> e.getClass().getName().equals(className))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("engine " + className + " not found; available: " + names));
        }
        if (engines.size() > 1) {
            throw new IllegalStateException("several engines on the class path, choose one with --engine: " + names);
        }
        return engines.get(0);
    }
}
