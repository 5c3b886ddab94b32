package io.newswire.engine.rules;

import io.newswire.engine.EntityType;
import java.util.Set;

/**
 * The actor a statement is about when no stance cue in it governs one, so that a statement that
 * only judges ("this was no accident", "the duties are protectionist") still has a target: a
 * person or organisation it names, else one a definite description in it stands for ("the
 * bank", "the company"), else the actor the story mentions most. Never the speaker's own side.
 */
final class StanceTopic {

    private final Doc doc;
    private final Entities entities;
    private final StanceReferents referents;

    StanceTopic(Doc doc, Entities entities, StanceReferents referents) {
        this.doc = doc;
        this.entities = entities;
        this.referents = referents;
    }

    Entities.Cluster of(Found statement) {
        Entities.Cluster speaker = statement.speaker();
        Set<String> speaksFor = referents.affiliates(speaker);
        Entities.Cluster described = null;
        for (int k = statement.first(); k <= statement.last(); k++) {
            if (k + 1 <= statement.last() && doc.token(k).isPunct(',') && (doc.token(k + 1).is("which") || doc.token(k + 1).is("who"))) {
                // "the files, which were handed to the university, showed no manipulation": an aside is no topic
                while (k < statement.last() && !doc.token(k + 1).isPunct(',')) {
                    k++;
                }
                continue;
            }
            Entities.Cluster named = entities.at(k);
            if (named != null && named.type != EntityType.LOCATION && !onSide(named, speaker, speaksFor)) {
                return named;
            }
            Entities.Cluster d = named == null && described == null ? referents.definiteAt(k) : null;
            if (d != null && !onSide(d, speaker, speaksFor)) {
                described = d;
            }
        }
        if (described != null) {
            return described;
        }
        // a speaker who is the story's main actor talks about itself
        Entities.Cluster main = mainActor();
        return main == null || onSide(main, speaker, speaksFor) ? null : main;
    }

    /** The person or organisation mentioned most, when it is mentioned more than any other. */
    private Entities.Cluster mainActor() {
        return entities.mostMentioned(c -> c.type != EntityType.LOCATION);
    }

    private static boolean onSide(Entities.Cluster c, Entities.Cluster speaker, Set<String> speaksFor) {
        return c == speaker || speaksFor.contains(c.canonical);
    }
}
