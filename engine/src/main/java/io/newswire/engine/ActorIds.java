package io.newswire.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Actor ids that are the same across articles: type and canonical name, folded to lower case
 * ASCII, e.g. {@code person:nicolas-maduro}. Readable in topic keys and logs, and stable as long
 * as the canonical name is.
 */
public final class ActorIds {

    private ActorIds() {
    }

    public static String of(EntityType type, String canonicalName) {
        String folded = Normalizer.normalize(canonicalName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return type.name().toLowerCase(Locale.ROOT) + ":" + folded;
    }
}
