package io.newswire.engine;

import java.util.List;

/**
 * A named actor of one article.
 *
 * @param actorId the same for the same actor in every article (see {@link ActorIds})
 * @param name canonical name: the fullest form in the article, titles stripped
 */
public record Entity(String actorId, String name, EntityType type, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
