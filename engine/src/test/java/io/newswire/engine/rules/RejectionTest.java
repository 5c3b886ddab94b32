package io.newswire.engine.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.engine.ArticleText;
import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.RejectedArticleException.Reason;
import org.junit.jupiter.api.Test;

class RejectionTest {

    private static void assertRejected(RuleBasedEnrichmentEngine engine, String text, Reason reason) {
        assertThatThrownBy(() -> engine.enrich(new ArticleText("a", text)))
                .isInstanceOf(RejectedArticleException.class)
                .extracting(e -> ((RejectedArticleException) e).reason()).isEqualTo(reason);
    }

    @Test
    void emptyAndBlankTextIsRejected() {
        RuleBasedEnrichmentEngine engine = new RuleBasedEnrichmentEngine();
        assertRejected(engine, "", Reason.EMPTY);
        assertRejected(engine, " \n\r\n\u00A0\t", Reason.EMPTY);
    }

    @Test
    void binaryBytesAreRejected() {
        RuleBasedEnrichmentEngine engine = new RuleBasedEnrichmentEngine();
        assertRejected(engine, "Headline\n\nSome text\u0000more", Reason.BINARY);
        StringBuilder controls = new StringBuilder("Headline of a broken file\n\n");
        for (int i = 0; i < 200; i++) {
            controls.append("ab\u0001\u0002\u0003\u0007");
        }
        assertRejected(engine, controls.toString(), Reason.BINARY);
    }

    @Test
    void textOverTheConfiguredLimitIsRejected() {
        RuleBasedEnrichmentEngine engine = new RuleBasedEnrichmentEngine(1000);
        assertRejected(engine, "Headline\n\n" + "word ".repeat(300), Reason.TOO_LARGE);
    }
}
