package io.newswire.benchmarks;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.RejectedArticleException;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles enriched per second on one thread, for the engine the CLI and the streams app load.
 * Run by hand: {@code java -jar benchmarks/target/benchmarks.jar -t 1 -f 1 -wi 2 -i 3 -w 2s -r 3s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmarks {

    @State(Scope.Benchmark)
    public static class Engine {
        EnrichmentEngine engine;

        @Setup
        public void load() {
            engine = ServiceLoader.load(EnrichmentEngine.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no EnrichmentEngine on the class path"));
        }
    }

    @State(Scope.Benchmark)
    public static class Seed {
        @Param({"000_bd18e7633e0bf5a2.txt", "001_fac65c1321302c87.txt", "002_e08fdbcb3582a995.txt",
                "003_17f309d8c28a3e47.txt"})
        String article;
        ArticleText text;

        @Setup
        public void read() {
            text = new ArticleText(article, Articles.seed(article));
        }
    }

    @State(Scope.Benchmark)
    public static class Scaled {
        /** How many copies of the four seeds, one after the other. */
        @Param({"1", "4", "16"})
        int times;
        ArticleText text;

        @Setup
        public void build() {
            text = new ArticleText("scaled-" + times, Articles.scaled(times));
        }
    }

    @State(Scope.Benchmark)
    public static class Hostile {
        @Param({"article-1MB", "quote-marks-10k", "line-100KB", "unbalanced-quotes", "name-list-100KB"})
        String kind;
        ArticleText text;

        @Setup
        public void build() {
            text = new ArticleText(kind, Articles.hostile(kind));
        }
    }

    @Benchmark
    public Enrichment seed(Engine engine, Seed seed) throws RejectedArticleException {
        return engine.engine.enrich(seed.text);
    }

    @Benchmark
    public Enrichment scaled(Engine engine, Scaled scaled) throws RejectedArticleException {
        return engine.engine.enrich(scaled.text);
    }

    @Benchmark
    public Enrichment hostile(Engine engine, Hostile hostile) throws RejectedArticleException {
        return engine.engine.enrich(hostile.text);
    }
}
