package io.newswire.engine.rules;

import io.newswire.engine.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speaker's stance toward entities a statement is about: the entity a support or oppose cue
 * governs ("defended X", "support for X", "rejected X's offer"), or the agent of a harmful act
 * ("X was attacking villages"); a negation just before the cue flips it. Never the speaker.
 */
final class StanceFinder {

    private static final int WINDOW = 6;
    private static final int LABEL_WINDOW = 10;
    private static final int CARRY_PARAGRAPHS = 1;
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "was", "were", "are", "has",
            "have", "had", "been", "be", "will", "would", "could", "can", "may", "might", "must", "should", "does", "did");

    private final Doc doc;
    private final Entities entities;
    private final Lexicon lex = Lexicon.get();

    StanceFinder(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    /**
     * Stances of all statements in order. A statement without a cue of its own keeps the stance
     * its speaker took in the previous statement nearby: a speaker who has just rejected a target
     * is, in the next breath, still talking about it.
     */
    List<Map<Entities.Cluster, Polarity>> stances(List<Found> statements) {
        List<Map<Entities.Cluster, Polarity>> out = new ArrayList<>();
        Map<Entities.Cluster, Integer> lastBySpeaker = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Found f = statements.get(i);
            Map<Entities.Cluster, Polarity> own = stance(f);
            Integer previous = f.speaker() == null ? null : lastBySpeaker.get(f.speaker());
            if (own.isEmpty() && previous != null
                    && doc.token(f.first()).paragraph - doc.token(statements.get(previous).first()).paragraph <= CARRY_PARAGRAPHS) {
                own = new LinkedHashMap<>(out.get(previous));
            }
            out.add(own);
            if (f.speaker() != null) {
                lastBySpeaker.put(f.speaker(), i);
            }
        }
        return out;
    }

    Map<Entities.Cluster, Polarity> stance(Found statement) {
        Map<Entities.Cluster, Polarity> out = new LinkedHashMap<>();
        // the cue of a telling verb stands before the clause and governs the addressee: "warned X that"
        int from = statement.cueToken() >= 0 && statement.cueToken() < statement.first()
                && statement.first() - statement.cueToken() <= WINDOW ? statement.cueToken() : statement.first();
        for (int k = from; k <= statement.last(); k++) {
            Token t = doc.token(k);
            List<Lexicon.StanceCue> cues = t.isWord() ? lex.stanceByFirstWord.get(t.lower) : null;
            if (cues == null) {
                continue;
            }
            Lexicon.StanceCue cue = match(cues, k, statement.last());
            if (cue == null) {
                continue;
            }
            int cueEnd = k + cue.words().length - 1;
            boolean negated = negated(k, statement.first());
            Entities.Cluster target;
            Polarity polarity;
            if (cue.kind().equals("LABEL_OPPOSE")) {
                target = entityAfter(cueEnd, Math.min(statement.last(), cueEnd + 3), statement.speaker());
                if (target == null) {
                    target = entityBefore(k, statement.first(), statement.speaker(), LABEL_WINDOW);
                }
                polarity = Polarity.OPPOSE;
            } else if (cue.kind().equals("AGENT_OPPOSE")) {
                target = agentBefore(k, statement.first(), statement.speaker());
                polarity = Polarity.OPPOSE;
            } else {
                // "Austria could support Hungary" is Austria's stance, not the speaker's
                target = thirdPartySubject(k, statement.first(), statement.speaker()) ? null
                        : entityAfter(cueEnd, statement.last(), statement.speaker());
                polarity = Polarity.valueOf(cue.kind());
            }
            if (target == null) {
                continue;
            }
            if (negated) {
                polarity = polarity == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.SUPPORT;
            }
            out.putIfAbsent(target, polarity);
            k = cueEnd;
        }
        return out;
    }

    private Lexicon.StanceCue match(List<Lexicon.StanceCue> cues, int k, int last) {
        Lexicon.StanceCue best = null;
        for (Lexicon.StanceCue cue : cues) {
            if (doc.wordsAt(k, cue.words(), last + 1) && (best == null || cue.words().length > best.words().length)) {
                best = cue;
            }
        }
        return best;
    }

    private boolean negated(int k, int first) {
        for (int p = k - 1; p >= Math.max(first, k - 3); p--) {
            Token t = doc.token(p);
            if (lex.negations.contains(t.lower) || t.lower.endsWith("n't")) {
                return true;
            }
            if (t.isPunct(',') || t.isPunct(';')) {
                break;
            }
        }
        return false;
    }

    /**
     * The entity a cue governs: the first one after it, or the country of a nationality adjective
     * on its object ("objected to the American strikes"); not one contrasted away ("not the X")
     * nor one after "by" (the means, not the object).
     */
    private Entities.Cluster entityAfter(int cueEnd, int last, Entities.Cluster speaker) {
        for (int k = cueEnd + 1; k <= Math.min(last, cueEnd + WINDOW); k++) {
            Token t = doc.token(k);
            if (t.isPunct(';') || t.isTerminal() || t.is("but") || t.is("by")) {
                break;
            }
            Entities.Cluster c = target(k);
            boolean contrasted = k > 0 && (doc.token(k - 1).is("not")
                    || doc.token(k - 1).is("the") && k > 1 && doc.token(k - 2).is("not"));
            if (c != null && c != speaker && !contrasted) {
                return c;
            }
            String country = entities.demonymAt(k);
            if (country != null && entities.at(k + 1) == null && !(k + 2 <= last && entities.at(k + 2) != null)) {
                Entities.Cluster place = entities.country(country);
                if (place != speaker) {
                    return place;
                }
            }
        }
        return null;
    }

    private Entities.Cluster entityBefore(int cue, int first, Entities.Cluster speaker, int window) {
        for (int k = cue - 1; k >= Math.max(first, cue - window); k--) {
            Token t = doc.token(k);
            if (t.isPunct(';') || t.isTerminal() || t.is("but")) {
                break;
            }
            Entities.Cluster c = target(k);
            if (c != null && c != speaker) {
                return c;
            }
        }
        return null;
    }

    /** The entity named at token k, or the one a definite noun there refers back to. */
    private Entities.Cluster target(int k) {
        Entities.Cluster c = entities.at(k);
        return c != null ? c : entities.definiteReference(k);
    }

    /** The subject of a harmful act, when a finite verb links them: "X was targeting", "X, which is responsible for". */
    private Entities.Cluster agentBefore(int cue, int first, Entities.Cluster speaker) {
        boolean finite = doc.token(cue).lower.endsWith("s") && !doc.token(cue).lower.endsWith("ss");
        for (int k = cue - 1; k >= Math.max(first, cue - WINDOW); k--) {
            Token t = doc.token(k);
            if (t.isPunct(';') || t.isTerminal() || t.is("but") || t.is("to")) {
                return null;
            }
            if (AUXILIARIES.contains(t.lower)) {
                finite = true;
            }
            Entities.Cluster c = target(k);
            if (c != null) {
                return finite && c != speaker && isVerbLink(k + 1, cue) ? c : null;
            }
        }
        return null;
    }

    private boolean thirdPartySubject(int cue, int first, Entities.Cluster speaker) {
        for (int k = cue - 1; k >= Math.max(first, cue - WINDOW); k--) {
            Token t = doc.token(k);
            if (t.isPunct(',') || t.isPunct(';') || t.is("that") || t.is("and") || t.is("we") || t.is("i")) {
                return false;
            }
            Entities.Cluster c = entities.at(k);
            if (c != null || t.is("he") || t.is("she") || t.is("they")) {
                return c != speaker && k + 1 < cue && isVerbLink(k + 1, cue);
            }
        }
        return false;
    }

    /** Whether only auxiliaries, modals and adverbs stand between a subject and the cue. */
    private boolean isVerbLink(int from, int cue) {
        for (int k = from; k < cue; k++) {
            Token t = doc.token(k);
            if (!(AUXILIARIES.contains(t.lower) || t.lower.endsWith("ly") || t.kind == Token.Kind.QUOTE
                    || t.isPunct(',') || t.is("which") || t.is("who") || t.is("that") || t.is("been")
                    || lex.negations.contains(t.lower) || t.lower.endsWith("n't"))) {
                return false;
            }
        }
        return true;
    }
}
