package io.newswire.cli;

import io.newswire.engine.ActorIds;
import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.Entity;
import io.newswire.engine.EntityType;
import io.newswire.engine.Mention;
import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.Statement;
import io.newswire.engine.StatementIds;
import io.newswire.engine.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test engine, registered in the test class path's META-INF/services: every line
 * {@code Name: "words"} is a DIRECT statement of the PERSON Name; an empty article is rejected,
 * and an article that says {@code FAIL} makes the engine fail as a bug would.
 */
public final class QuotingEngine implements EnrichmentEngine {

    private static final Pattern QUOTE = Pattern.compile("(?m)^(\\w[\\w ]*): \"([^\"]+)\"$");

    @Override
    public Enrichment enrich(ArticleText article) throws RejectedArticleException {
        if (article.text().isBlank()) {
            throw new RejectedArticleException(RejectedArticleException.Reason.EMPTY, "no text");
        }
        if (article.text().contains("FAIL")) {
            throw new IllegalStateException("test failure");
        }
        List<Entity> entities = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        Matcher m = QUOTE.matcher(article.text());
        while (m.find()) {
            String name = m.group(1);
            Entity speaker = entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
            if (speaker == null) {
                speaker = new Entity(ActorIds.of(EntityType.PERSON, name), name, EntityType.PERSON,
                        List.of(new Mention(name, m.start(1), m.end(1))));
                entities.add(speaker);
            }
            statements.add(new Statement(StatementIds.of(article.articleId(), m.start(2), m.end(2)), speaker,
                    StatementKind.DIRECT, m.group(2), m.start(2), m.end(2), ":", List.of()));
        }
        return new Enrichment(null, List.of(), entities, statements);
    }

    @Override
    public String version() {
        return "quoting-test-1";
    }
}
