package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineOptionTest {

    @Test
    void theServiceLoaderFindsTheRegisteredEngine() {
        EngineOption option = new EngineOption();
        option.engineClass = QuotingEngine.class.getName();

        assertThat(option.load()).isInstanceOf(QuotingEngine.class);
    }

    @Test
    void noEngineIsAClearError() {
        assertThatThrownBy(() -> EngineOption.select(List.of(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no enrichment engine on the class path");
    }

    @Test
    void theOnlyEngineNeedsNoName() {
        QuotingEngine only = new QuotingEngine();
        assertThat(EngineOption.select(List.of(only), null)).isSameAs(only);
    }

    @Test
    void severalEnginesNeedAName() {
        EnrichmentEngine other = new EnrichmentEngine() {
            @Override
            public Enrichment enrich(ArticleText article) {
                return new Enrichment(null, List.of(), List.of(), List.of());
            }

            @Override
            public String version() {
                return "other";
            }
        };
        QuotingEngine quoting = new QuotingEngine();

        assertThatThrownBy(() -> EngineOption.select(List.of(other, quoting), null))
                .hasMessageContaining("choose one with --engine")
                .hasMessageContaining(QuotingEngine.class.getName());
        assertThat(EngineOption.select(List.of(other, quoting), QuotingEngine.class.getName())).isSameAs(quoting);
    }
}
