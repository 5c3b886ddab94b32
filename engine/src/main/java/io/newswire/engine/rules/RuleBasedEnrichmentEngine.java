package io.newswire.engine.rules;

import io.newswire.engine.ActorIds;
import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.Entity;
import io.newswire.engine.Mention;
import io.newswire.engine.Polarity;
import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import io.newswire.engine.StatementIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule-based enrichment engine: layout, quotes, sentences, entities, attribution and stance
 * in linear passes over the text, with no model downloads and no shared mutable state.
 */
public final class RuleBasedEnrichmentEngine implements EnrichmentEngine {

    /** Default limit on the article size, in chars. */
    public static final int DEFAULT_MAX_CHARS = 2 * 1024 * 1024;

    /**
     * Names the rules and the data they read, so that downstream consumers can tell output of a
     * changed engine apart: the generation of the code, then a fingerprint of the word lists.
     * Bump the generation with every change to the rules' code that changes output.
     */
    static final String VERSION = "rules-19+" + Lexicon.fingerprint();

    private final int maxChars;
    private final StanceModel stanceModel;

    public RuleBasedEnrichmentEngine() {
        this(DEFAULT_MAX_CHARS);
    }

    public RuleBasedEnrichmentEngine(int maxChars) {
        this(maxChars, StanceModel.get());
    }

    /** With another stance model: {@link StanceModel#NONE} leaves stance to the cue rules, as their tests need. */
    RuleBasedEnrichmentEngine(int maxChars, StanceModel stanceModel) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
        this.stanceModel = stanceModel;
        Lexicon.get();
    }

    @Override
    public Enrichment enrich(ArticleText article) throws RejectedArticleException {
        String raw = article.text();
        ArticleGuard.check(raw, maxChars);
        Doc doc = new Doc(raw);
        Entities entities = new Entities(doc);
        // one set of referents for both passes: what a description stands for is worked out once
        StanceReferents referents = new StanceReferents(doc, entities);
        List<Found> found = new Attributor(doc, entities, referents).find();
        // stance may add a country named only by an adjective, so it runs before entities are listed
        List<Map<Entities.Cluster, Polarity>> stanceOf = new StanceFinder(doc, entities, referents, stanceModel).stances(found);

        Map<Entities.Cluster, Entity> entityOf = new HashMap<>();
        List<Entity> entityList = new ArrayList<>();
        for (Entities.Cluster c : entities.clusters) {
            List<Mention> mentions = new ArrayList<>();
            for (Entities.Span s : c.mentions) {
                mentions.add(new Mention(s.text(), s.start(), s.end()));
            }
            Entity e = new Entity(ActorIds.of(c.type, c.canonical), c.canonical, c.type, mentions);
            entityOf.put(c, e);
            entityList.add(e);
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int start = doc.token(f.first()).start;
            int end = doc.token(f.last()).end;
            List<Stance> stances = new ArrayList<>();
            for (Map.Entry<Entities.Cluster, Polarity> s : stanceOf.get(i).entrySet()) {
                stances.add(new Stance(entityOf.get(s.getKey()), s.getValue()));
            }
            statements.add(new Statement(StatementIds.of(article.articleId(), start, end),
                    f.speaker() == null ? null : entityOf.get(f.speaker()), f.kind(), raw.substring(start, end),
                    start, end, f.cue(), stances));
        }
        String title = doc.layout.title == null ? null : doc.layout.title.text();
        return new Enrichment(title, doc.layout.boilerplate, entityList, statements);
    }

    @Override
    public String version() {
        return VERSION;
    }
}
