package io.newswire.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    /** Generous: the build machine is shared; linear work takes well under a second here. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static Enrichment enrich(String text) throws Exception {
        return Articles.ENGINE.enrich(new ArticleText("hostile", text));
    }

    @Test
    void loadedAsAServiceProvider() {
        assertThat(ServiceLoader.load(EnrichmentEngine.class).findFirst())
                .containsInstanceOf(RuleBasedEnrichmentEngine.class);
    }

    @Test
    void sameInputGivesTheSameOutput() throws Exception {
        for (Path seed : TestFiles.seeds()) {
            String text = Files.readString(seed);
            Enrichment first = Articles.ENGINE.enrich(new ArticleText(seed.toString(), text));
            Enrichment again = new RuleBasedEnrichmentEngine().enrich(new ArticleText(seed.toString(), text));
            assertThat(again).isEqualTo(first);
        }
    }

    @Test
    void oneMegabyteArticle() {
        StringBuilder sb = new StringBuilder("A Very Long Article For Testing Purposes Only\n\n");
        while (sb.length() < 1_000_000) {
            sb.append("\u201CThe port will reopen,\u201D Harbour Master Ines Duarte said. Duarte told reporters "
                    + "that the Lisbon Port Authority had rejected the plan, according to officials.\n\n");
        }
        Enrichment e = assertTimeoutPreemptively(LIMIT, () -> enrich(sb.toString()));
        assertThat(e.statements()).isNotEmpty();
    }

    @Test
    void tenThousandQuoteMarks() {
        StringBuilder sb = new StringBuilder("A Story Made Of Quote Marks For Testing\n\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i % 3 == 0 ? "\u201C" : i % 3 == 1 ? "\" " : "\u201D").append("word ");
        }
        assertTimeoutPreemptively(LIMIT, () -> enrich(sb.toString()));
    }

    @Test
    void singleHundredKilobyteLine() {
        StringBuilder sb = new StringBuilder("A Story On One Single Line For Testing\n\n");
        while (sb.length() < 100_000) {
            sb.append("Smith said that the Ministry of Truth rejected Jones, and ");
        }
        assertTimeoutPreemptively(LIMIT, () -> enrich(sb.toString()));
    }

    @Test
    void unbalancedQuotesEverywhere() {
        StringBuilder sb = new StringBuilder("A Story With Unbalanced Quotes For Testing\n\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("\u201CIt never ends, Smith said, and the \u201Cthing went on\n\n");
        }
        Enrichment e = assertTimeoutPreemptively(LIMIT, () -> enrich(sb.toString()));
        assertThat(e.statements()).allMatch(s -> s.end() - s.start() < 200);
    }
}
