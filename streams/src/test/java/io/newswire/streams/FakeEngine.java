package io.newswire.streams;

import io.newswire.engine.ActorIds;
import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.Entity;
import io.newswire.engine.EntityType;
import io.newswire.engine.Mention;
import io.newswire.engine.Polarity;
import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import io.newswire.engine.StatementIds;
import io.newswire.engine.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic engine for tests that reads statements from a line format:
 * {@code Speaker Name|DIRECT|the words|+Supported Org,-Opposed Org}, with {@code -} for an
 * unnamed speaker. Speakers are people, stance targets organisations. A statement's id comes
 * from its line's span, as the real engine's does. A body {@code REJECT:<reason>} is rejected,
 * a body {@code BOOM} makes the engine throw, {@code NAMELESS} gives an entity without a name.
 */
final class FakeEngine implements EnrichmentEngine {

    static final String VERSION = "fake-1";

    @Override
    public Enrichment enrich(ArticleText article) throws RejectedArticleException {
        String text = article.text();
        if (text.startsWith("REJECT:")) {
            throw new RejectedArticleException(RejectedArticleException.Reason.valueOf(text.substring(7)),
                    "rejected on purpose");
        }
        if (text.equals("BOOM")) {
            throw new IllegalStateException("boom");
        }
        if (text.equals("NAMELESS")) {
            return new Enrichment(null, List.of(),
                    List.of(new Entity("person:x", null, EntityType.PERSON, List.of())), List.of());
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Statement> statements = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            int end = start + line.length();
            String[] fields = line.split("\\|", -1);
            if (fields.length == 4) {
                Entity speaker = fields[0].equals("-") ? null : entity(entities, EntityType.PERSON, fields[0], start, end);
                List<Stance> stance = new ArrayList<>();
                for (String target : fields[3].split(",")) {
                    if (!target.isEmpty()) {
                        stance.add(new Stance(entity(entities, EntityType.ORG, target.substring(1), start, end),
                                target.charAt(0) == '+' ? Polarity.SUPPORT : Polarity.OPPOSE));
                    }
                }
                statements.add(new Statement(StatementIds.of(article.articleId(), start, end), speaker,
                        StatementKind.valueOf(fields[1]), fields[2], start, end, "said", stance));
            }
            start = end + 1;
        }
        return new Enrichment("Fake title", List.of(), List.copyOf(entities.values()), statements);
    }

    private static Entity entity(Map<String, Entity> entities, EntityType type, String name, int start, int end) {
        String id = ActorIds.of(type, name);
        Entity known = entities.get(id);
        List<Mention> mentions = new ArrayList<>(known == null ? List.of() : known.mentions());
        mentions.add(new Mention(name, start, end));
        Entity entity = new Entity(id, name, type, mentions);
        entities.put(id, entity);
        return entity;
    }

    @Override
    public String version() {
        return VERSION;
    }
}
