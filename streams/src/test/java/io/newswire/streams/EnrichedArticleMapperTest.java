package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.Enrichment;
import io.newswire.engine.Entity;
import io.newswire.engine.EntityType;
import io.newswire.engine.Mention;
import io.newswire.engine.Polarity;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import io.newswire.engine.StatementKind;
import io.newswire.schema.ActorRef;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.PublicationStatus;
import io.newswire.schema.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichedArticleMapperTest {

    private static final Entity ANN = new Entity("person:ann-lee", "Ann Lee", EntityType.PERSON,
            List.of(new Mention("Ms. Lee", 10, 17)));
    private static final Entity ACME = new Entity("org:acme", "Acme", EntityType.ORG, List.of(new Mention("Acme", 30, 34)));

    private final RawArticle raw = Articles.article("a1", 3, PublicationStatus.CORRECTED, "body");

    @Test
    void copiesTheArticleAndMapsEveryFinding() {
        Enrichment enrichment = new Enrichment("Title", List.of(), List.of(ANN, ACME), List.of(
                new Statement("a1#20-40", ANN, StatementKind.DIRECT, "words", 20, 40, "said",
                        List.of(new Stance(ACME, Polarity.OPPOSE))),
                new Statement("a1#50-60", null, StatementKind.INDIRECT, "rumour", 50, 60, null, List.of())));

        EnrichedArticle enriched = EnrichedArticleMapper.toEnrichedArticle(raw, enrichment, "v9", Instant.ofEpochMilli(42));

        assertThat(enriched.getArticleId()).isEqualTo("a1");
        assertThat(enriched.getVersion()).isEqualTo(3);
        assertThat(enriched.getStatus()).isEqualTo(PublicationStatus.CORRECTED);
        assertThat(enriched.getContentHash()).isEqualTo(raw.getContentHash());
        assertThat(enriched.getHeadline()).isEqualTo(raw.getHeadline());
        assertThat(enriched.getExtractorVersion()).isEqualTo("v9");
        assertThat(enriched.getEnrichedAt()).isEqualTo(Instant.ofEpochMilli(42));
        ActorRef ann = new ActorRef("person:ann-lee", "Ann Lee", io.newswire.schema.EntityType.PERSON);
        ActorRef acme = new ActorRef("org:acme", "Acme", io.newswire.schema.EntityType.ORG);
        assertThat(enriched.getEntities().get(0).getActor()).isEqualTo(ann);
        assertThat(enriched.getEntities().get(0).getMentions())
                .containsExactly(new io.newswire.schema.Mention("Ms. Lee", 10, 17));
        io.newswire.schema.Statement quote = enriched.getStatements().get(0);
        assertThat(quote.getStatementId()).isEqualTo("a1#20-40");
        assertThat(quote.getArticleId()).isEqualTo("a1");
        assertThat(quote.getSpeaker()).isEqualTo(ann);
        assertThat(quote.getKind()).isEqualTo(io.newswire.schema.StatementKind.DIRECT);
        assertThat(quote.getCue()).isEqualTo("said");
        assertThat(quote.getStance()).containsExactly(
                new io.newswire.schema.Stance(acme, io.newswire.schema.Polarity.OPPOSE));
        assertThat(enriched.getStatements().get(1).getSpeaker()).isNull();
        assertThat(enriched.getStatements().get(1).getCue()).isNull();
    }

    @Test
    void takesTheEnginesTitleWhenTheArticleHasNoHeadline() {
        RawArticle untitled = RawArticle.newBuilder(raw).setHeadline(null).build();
        Enrichment enrichment = new Enrichment("Title", List.of(), List.of(), List.of());

        assertThat(EnrichedArticleMapper.toEnrichedArticle(untitled, enrichment, "v9", Instant.EPOCH).getHeadline())
                .isEqualTo("Title");
    }
}
