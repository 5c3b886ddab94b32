package io.newswire.streams;

import io.newswire.engine.Enrichment;
import io.newswire.schema.ActorRef;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Polarity;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Stance;
import io.newswire.schema.Statement;
import io.newswire.schema.StatementKind;
import java.time.Instant;
import java.util.List;

/** Turns the engine's findings for one raw article into the Avro {@link EnrichedArticle}. */
final class EnrichedArticleMapper {

    /** What a retracted article is enriched with: it withdraws everything the article said. */
    static final Enrichment NOTHING = new Enrichment(null, List.of(), List.of(), List.of());

    private EnrichedArticleMapper() {
    }

    /**
     * @param enrichedAt the input record's timestamp, not the wall clock, so that a replay
     *     writes byte-identical output
     */
    static EnrichedArticle toEnrichedArticle(RawArticle raw, Enrichment enrichment, String extractorVersion,
            Instant enrichedAt) {
        String articleId = raw.getArticleId();
        return EnrichedArticle.newBuilder()
                .setArticleId(articleId)
                .setVersion(raw.getVersion())
                .setStatus(raw.getStatus())
                .setHeadline(raw.getHeadline() != null ? raw.getHeadline() : enrichment.title())
                .setContentHash(raw.getContentHash())
                .setEntities(enrichment.entities().stream().map(EnrichedArticleMapper::entity).toList())
                .setStatements(enrichment.statements().stream().map(s -> statement(articleId, s)).toList())
                .setExtractorVersion(extractorVersion)
                .setEnrichedAt(enrichedAt)
                .build();
    }

    // Builders rather than constructors throughout: they reject a null where the schema has none,
    // here, instead of in the serializer after the record was emitted.
    private static Entity entity(io.newswire.engine.Entity entity) {
        return Entity.newBuilder()
                .setActor(actor(entity))
                .setMentions(entity.mentions().stream()
                        .map(m -> Mention.newBuilder().setText(m.text()).setStart(m.start()).setEnd(m.end()).build())
                        .toList())
                .build();
    }

    private static Statement statement(String articleId, io.newswire.engine.Statement statement) {
        return Statement.newBuilder()
                .setStatementId(statement.statementId())
                .setArticleId(articleId)
                .setSpeaker(statement.speaker() == null ? null : actor(statement.speaker()))
                .setKind(StatementKind.valueOf(statement.kind().name()))
                .setText(statement.text())
                .setStart(statement.start())
                .setEnd(statement.end())
                .setCue(statement.cue())
                .setStance(statement.stance().stream()
                        .map(s -> Stance.newBuilder().setTarget(actor(s.target()))
                                .setPolarity(Polarity.valueOf(s.polarity().name())).build())
                        .toList())
                .build();
    }

    private static ActorRef actor(io.newswire.engine.Entity entity) {
        return ActorRef.newBuilder()
                .setActorId(entity.actorId())
                .setName(entity.name())
                .setType(EntityType.valueOf(entity.type().name()))
                .build();
    }
}
