package io.newswire.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.RejectedArticleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

    /**
     * Wire copy breaks in every way: the seeds with words dropped, swapped and interleaved with
     * quote marks, commas, odd letters and symbols and the constructions the attribution rules
     * look for. None may make the engine throw; an article it cannot read is a typed rejection,
     * never a crash.
     */
    @Test
    void mangledArticlesNeverMakeTheEngineThrow() throws Exception {
        List<String> inserts = List.of("\"", "\u201C", "\u201D", "'", "\u2019", ",", ".", " \u2014 ", "(", ")", ":",
                " said ", " \u201CJun\u201D ", " told reporters ", " according to ", ", however, ", " the board of ",
                ", who ", ", which ", " and that ", "\u2019s ", " Dr ", " & ", " of ", "\n\n",
                // letters whose case forms differ in length, symbols outside the BMP, invisible marks
                "\n\n\uD83D\uDCAC ", " (12)\n\n", "\u0130", "\u00DF", "\uFB01", "e\u0301", "\u200B", "\u00A0", "\r\n", "\t");
        Random random = new Random(20261206);
        for (Path seed : TestFiles.seeds()) {
            String[] words = Files.readString(seed).split("(?<=\\s)");
            for (int variant = 0; variant < 60; variant++) {
                List<String> mangled = new ArrayList<>(List.of(words));
                for (int edit = random.nextInt(60); edit >= 0; edit--) {
                    int at = random.nextInt(mangled.size());
                    switch (random.nextInt(3)) {
                        case 0 -> mangled.add(at, inserts.get(random.nextInt(inserts.size())));
                        case 1 -> mangled.remove(at);
                        default -> Collections.swap(mangled, at, random.nextInt(mangled.size()));
                    }
                }
                String text = String.join("", mangled);
                try {
                    enrich(text);
                } catch (RejectedArticleException e) {
                    // a typed rejection is an answer, not a crash
                }
            }
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
