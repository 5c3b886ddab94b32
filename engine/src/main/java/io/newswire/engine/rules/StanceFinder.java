package io.newswire.engine.rules;

import io.newswire.engine.EntityType;
import io.newswire.engine.Polarity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speaker's stance toward entities a statement is about: the actor a support or oppose cue
 * governs, named or described ("defended X", "support for X", "rejected X's offer", "accused
 * the regulator of"), the author of a claim the speaker rebuts ("rejected the criticism"), the
 * addressee of pressure ("urged X to"), or the agent of a harmful act ("X was attacking
 * villages"). A negation just before a cue flips it, and so does an enclosing act that names no
 * actor ("did not support calls to suspend X"). Never the speaker, and never opposition to the
 * organisation or country the speaker speaks for.
 */
final class StanceFinder {

    private static final int WINDOW = 6;
    private static final int LABEL_WINDOW = 10;
    /** Room for auxiliaries and adverbs between an agent and its act: "X had “knowingly and repeatedly” inflated". */
    private static final int AGENT_WINDOW = 8;
    private static final int CARRY_PARAGRAPHS = 1;
    /** How far back, in paragraphs, the author of a rebutted claim is looked for. */
    private static final int CLAIM_PARAGRAPHS = 2;
    private static final Set<String> DENIALS = Set.of("deny", "denies", "denied", "denying");
    private static final Set<String> APPEALS = Set.of("urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking");
    /** Tokens between an appeal's verb and the "to" of what it asks: "urged the Independent Football Regulator to". */
    private static final int ADDRESSEE_WORDS = 8;
    /** Words that may describe the author of a claim before its name: "from lawmakers of the". */
    private static final int AUTHOR_DESCRIPTION = 4;
    /** Words of an object noun phrase: determiners, modifiers and the head. */
    private static final int OBJECT_WORDS = 5;
    /** Determiners of a definite object; a possessive one refers as "the" does: "stood by its candidate". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their");
    private static final Set<String> QUANTIFIERS = Set.of("all", "any", "every", "each", "a", "an", "such", "both", "either");
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "was", "were", "are", "has",
            "have", "had", "been", "be", "will", "would", "could", "can", "may", "might", "must", "should", "does", "did");

    private final Doc doc;
    private final Entities entities;
    private final Lexicon lex = Lexicon.get();
    private final StanceReferents referents;
    private final StanceTopic topic;
    private final StanceModel model;

    StanceFinder(Doc doc, Entities entities, StanceReferents referents, StanceModel model) {
        this.doc = doc;
        this.model = model;
        this.entities = entities;
        this.referents = referents;
        this.topic = new StanceTopic(doc, entities, referents);
    }

    /** What a statement says about others: the actors its cues govern, and the lean of its evaluative words (negative for opposition). */
    private record Judgement(Map<Entities.Cluster, Polarity> targets, int tone, boolean cued, Set<Entities.Cluster> judged) {
    }

    /** An object noun phrase: an entity in it, else its head word (possessor first: "the board's plan"). */
    private record ObjectPhrase(Entities.Cluster named, int head, boolean definite, int end) {
    }

    /**
     * The cue rules' stance of each statement, the lean of its evaluative words, whether a
     * stance cue occurs in it at all, and the actors a cue governed on which the rules found the
     * speaker takes no side (a negated cue, another actor's act).
     */
    record CueStances(List<Map<Entities.Cluster, Polarity>> stances, int[] tones, boolean[] cued,
            List<Set<Entities.Cluster>> judged) {
    }

    /**
     * Stances of all statements in order: what the cue rules find, and the actors the
     * {@link StanceModel} adds from what the rest of the story says about speaker and actor.
     */
    List<Map<Entities.Cluster, Polarity>> stances(List<Found> statements) {
        StanceFeatures features = features(statements);
        List<Map<Entities.Cluster, Polarity>> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(model.extend(i, features.cueStances(i), features));
        }
        return out;
    }

    /** The model's view of the statements, over the cue rules' stances. */
    StanceFeatures features(List<Found> statements) {
        CueStances cues = cueStances(statements);
        return new StanceFeatures(doc, entities, referents, statements, cues);
    }

    /**
     * The cue rules' stances of all statements in order. A statement without a stance of its
     * own, and not introduced by a stance verb, keeps the stance its speaker took in the
     * previous statement nearby: a speaker who has just rejected a target is, in the next
     * breath, still talking about it.
     */
    private CueStances cueStances(List<Found> statements) {
        List<Judgement> judgements = new ArrayList<>();
        Map<Entities.Cluster, Map<Entities.Cluster, Polarity>> positions = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            judgements.add(judge(statements, i));
        }
        List<Map<Entities.Cluster, Polarity>> out = new ArrayList<>();
        Map<Entities.Cluster, Integer> lastBySpeaker = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Found f = statements.get(i);
            Judgement judgement = judgements.get(i);
            if (f.speaker() != null) {
                // positions taken so far: a judgement leans on what its speaker has already said, not on what comes later
                judgement.targets().forEach((t, p) -> positions.computeIfAbsent(f.speaker(), k -> new LinkedHashMap<>()).putIfAbsent(t, p));
            }
            Map<Entities.Cluster, Polarity> own = isDenial(f) ? new LinkedHashMap<>()
                    : isAppeal(f) ? withoutAddressee(judgement.targets(), f) : judgement.targets();
            if (own.isEmpty() && judgement.tone() != 0 && !takesNoSide(f)) {
                own = leaning(f, judgement.tone() > 0 ? Polarity.SUPPORT : Polarity.OPPOSE, positions);
            }
            Integer previous = f.speaker() == null ? null : lastBySpeaker.get(f.speaker());
            if (own.isEmpty() && previous != null && !introducedByCue(f) && !takesNoSide(f)
                    && doc.token(f.first()).paragraph - doc.token(statements.get(previous).first()).paragraph <= CARRY_PARAGRAPHS) {
                own = new LinkedHashMap<>(out.get(previous));
                if (contrasted(statements.get(previous), f)) {
                    // "welcomed the retraction but said it had come too late": the other side of the same target
                    own.replaceAll((target, p) -> p == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.SUPPORT);
                }
            }
            out.add(own);
            if (f.speaker() != null) {
                lastBySpeaker.put(f.speaker(), i);
            }
        }
        boolean[] cued = new boolean[judgements.size()];
        for (int i = 0; i < cued.length; i++) {
            cued[i] = judgements.get(i).cued();
        }
        return new CueStances(out, judgements.stream().mapToInt(Judgement::tone).toArray(), cued,
                judgements.stream().map(Judgement::judged).toList());
    }

    /**
     * Whether the statement is a denial or an appeal, on whose sides the model is not asked: see {@link #isDenial}
     * and {@link #isAppeal}.
     */
    static boolean takesNoSide(Found f) {
        return isDenial(f) || isAppeal(f);
    }

    /**
     * A denial ("denied any wrongdoing", "denied that the text was copied") answers a charge without taking a side
     * on whoever made it, as annotators read it nine times in ten.
     */
    private static boolean isDenial(Found f) {
        return f.cue() != null && DENIALS.contains(f.cue());
    }

    /**
     * An appeal ("urged the commission to publish the results", "asked the court to …") asks something of its
     * addressee without taking a side on it, as annotators read it four times in five; an act it presses for
     * against another actor still does ("urged regulators to fine Acme").
     */
    private static boolean isAppeal(Found f) {
        return f.cue() != null && APPEALS.contains(f.cue());
    }

    /** The cue rules' targets of an appeal, without whom it is addressed to: the words between its verb and "to". */
    private Map<Entities.Cluster, Polarity> withoutAddressee(Map<Entities.Cluster, Polarity> targets, Found f) {
        int to = f.cueToken() + 1;
        while (to < doc.size() && to <= f.cueToken() + ADDRESSEE_WORDS && !doc.token(to).is("to") && !doc.token(to).isTerminal()) {
            to++;
        }
        if (to >= doc.size() || !doc.token(to).is("to")) {
            return targets;
        }
        Set<Entities.Cluster> addressees = new HashSet<>(referents.referredIn(f.cueToken() + 1, to - 1));
        for (int k = f.cueToken() + 1; k < to; k++) {
            Token t = doc.token(k);
            Entities.Cluster named = entities.at(k);
            if (named != null) {
                addressees.add(named);
            } else if (t.is("him") || t.is("her")) {
                // "urged her to lift the cap": the person the pronoun stands for, whom the cue rules found
                targets.keySet().stream().filter(c -> c.type == EntityType.PERSON).forEach(addressees::add);
            }
        }
        Map<Entities.Cluster, Polarity> out = new LinkedHashMap<>(targets);
        out.keySet().removeAll(addressees);
        return out;
    }

    /**
     * The stance of a statement that judges without naming whom: toward the actors its speaker
     * took that same position on elsewhere in the story, else toward the actor it is about.
     */
    private Map<Entities.Cluster, Polarity> leaning(Found f, Polarity lean,
            Map<Entities.Cluster, Map<Entities.Cluster, Polarity>> positions) {
        Map<Entities.Cluster, Polarity> out = new LinkedHashMap<>();
        positions.getOrDefault(f.speaker(), Map.of()).forEach((target, p) -> {
            if (p == lean) {
                out.put(target, p);
            }
        });
        Entities.Cluster about = out.isEmpty() ? topic.of(f) : null;
        if (about != null) {
            out.put(about, lean);
        }
        return out;
    }

    /** Whether "but" joins two statements of one sentence: "welcomed X but said …". */
    private boolean contrasted(Found before, Found after) {
        if (doc.token(before.last()).sentence != doc.token(after.first()).sentence) {
            return false;
        }
        for (int k = before.last() + 1; k < after.first(); k++) {
            if (doc.token(k).is("but")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a stance verb introduces the statement ("warned that ..."): the speaker takes a
     * position of its own there, so none is carried over.
     */
    private boolean introducedByCue(Found f) {
        return f.cueToken() >= 0 && f.cueToken() < f.first() && cueAt(f.cueToken(), f.last()) != null;
    }

    private Judgement judge(List<Found> statements, int index) {
        Found statement = statements.get(index);
        Entities.Cluster speaker = statement.speaker();
        Set<String> speaksFor = referents.affiliates(speaker);
        Map<Entities.Cluster, Polarity> out = new LinkedHashMap<>();
        // the cue of a telling verb stands before the clause and governs the addressee: "warned X that"
        int from = statement.cueToken() >= 0 && statement.cueToken() < statement.first()
                && statement.first() - statement.cueToken() <= WINDOW ? statement.cueToken() : statement.first();
        // the polarity of an enclosing act that governs no actor, until the clause ends
        Polarity scope = null;
        int tone = tone(from, statement.last());
        boolean cued = false;
        Set<Entities.Cluster> judged = new HashSet<>();
        for (int k = from; k <= statement.last(); k++) {
            Token t = doc.token(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isTerminal() || t.is("but") || t.is("and")) {
                scope = null;
            }
            Lexicon.StanceCue cue = cueAt(k, statement.last());
            boolean doubt = cue != null && cue.kind().equals("DOUBT");
            if (cue == null || doubt && !doubtsAnActor(k, statement.last())) {
                continue;
            }
            cued = true;
            int cueEnd = k + cue.words().length - 1;
            List<Entities.Cluster> targets = new ArrayList<>();
            Polarity polarity = cue.kind().endsWith("SUPPORT") ? Polarity.SUPPORT : Polarity.OPPOSE;
            switch (cue.kind()) {
                case "LABEL_OPPOSE", "LABEL_SUPPORT" -> {
                    addIfFound(targets, labelled(k, cueEnd, statement, speaker));
                    // "described the criticism as unwarranted": a claim labelled false opposes its author
                    if (targets.isEmpty() && polarity == Polarity.OPPOSE && claimBefore(k, from)) {
                        targets.addAll(claimantSide(statements, index));
                    }
                }
                case "AGENT_OPPOSE" -> addIfFound(targets, agentBefore(k, statement.first(), speaker));
                case "PRESSURE" -> targets.addAll(pressed(cueEnd, statement.last(), speaker));
                case "REBUT" -> targets.addAll(rebutted(cueEnd, statement.last(), statements, index));
                default -> {
                    // "Austria could support Hungary" is Austria's stance, not the speaker's
                    if (!thirdPartySubject(k, statement.first(), speaker)) {
                        targets.addAll(object(cueEnd, statement.last(), speaker));
                    } else {
                        judged.addAll(object(cueEnd, statement.last(), speaker));
                    }
                }
            }
            if (negated(k, statement.first())) {
                // "had never criticized X", "won no support from X": the speaker takes no side on X
                judged.addAll(targets);
                for (int j = cueEnd + 1; j <= Math.min(statement.last(), cueEnd + WINDOW); j++) {
                    addIfFound(judged, entities.at(j));
                }
                // (but not doubting an actor is trusting it: "had never doubted Arbeláez")
                if (polarity == Polarity.OPPOSE && !cue.kind().startsWith("LABEL") && !doubt) {
                    // not accusing or criticising an actor is not siding with it
                    k = cueEnd;
                    continue;
                }
                polarity = flip(polarity);
            }
            if (scope == Polarity.OPPOSE && isVerbal(k)) {
                polarity = flip(polarity);
            }
            if (targets.isEmpty()) {
                // "refused to endorse X" is negation enough, it does not flip twice
                if (scope == null && !lex.negations.contains(t.lower)
                        && (cue.kind().equals("SUPPORT") || cue.kind().equals("OPPOSE") || cue.kind().equals("REBUT"))) {
                    scope = polarity;
                }
                continue;
            }
            for (Entities.Cluster target : targets) {
                if (target != speaker && !(polarity == Polarity.OPPOSE && speaksFor.contains(target.canonical))) {
                    out.putIfAbsent(target, polarity);
                }
            }
            k = cueEnd;
        }
        return new Judgement(out, tone, cued, judged);
    }

    /** The sum of the evaluative words in [from, last], each flipped by a negation just before it. */
    private int tone(int from, int last) {
        int tone = 0;
        for (int k = from; k <= last; k++) {
            Lexicon.StanceCue word = doc.longestAt(lex.toneByFirstWord, k, last + 1);
            if (word != null) {
                int sign = word.kind().equals("SUPPORT") ? 1 : -1;
                tone += negated(k, from) ? -sign : sign;
                k += word.words().length - 1;
            }
        }
        return tone;
    }

    /**
     * "questioned X", "did not question X", "to doubt X": the cue word is a verb, not a noun ("the real question"), and
     * what it doubts is no question of its own ("questioning how the U.S. could help").
     */
    private boolean doubtsAnActor(int k, int last) {
        Token t = doc.token(k);
        Token before = k > 0 ? doc.token(k - 1) : t;
        boolean verb = t.lower.endsWith("ed") || t.lower.endsWith("ing") || lex.negations.contains(before.lower)
                || before.lower.endsWith("n't") || AUXILIARIES.contains(before.lower) || before.is("to");
        return verb && (k == last || !Words.QUESTION_WORDS.contains(doc.token(k + 1).lower));
    }

    /** A verb in a complement ("calls to sanction X", "punishing X"), not a noun ("the attacks"). */
    private boolean isVerbal(int k) {
        return doc.token(k).lower.endsWith("ing") || k > 0 && doc.token(k - 1).is("to");
    }

    private static Polarity flip(Polarity p) {
        return p == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.SUPPORT;
    }

    private static void addIfFound(Collection<Entities.Cluster> targets, Entities.Cluster c) {
        if (c != null) {
            targets.add(c);
        }
    }

    /** A label names the entity it modifies or describes: "dictator X", "X is illegitimate", "grateful that the commission". */
    private Entities.Cluster labelled(int cue, int cueEnd, Found statement, Entities.Cluster speaker) {
        int last = Math.min(statement.last(), cueEnd + 3);
        Entities.Cluster target = entityAfter(cueEnd, last, speaker);
        if (target == null && cueEnd + 1 <= last) {
            int start = doc.token(cueEnd + 1).is("that") || doc.token(cueEnd + 1).is("to") ? cueEnd + 2 : cueEnd + 1;
            target = described(objectPhrase(start, statement.last()), speaker);
        }
        return target != null ? target : entityBefore(cue, statement.first(), speaker, LABEL_WINDOW);
    }

    /**
     * The actor a cue's object names: an entity in the object noun phrase, else the actor a
     * definite description there stands for ("the board's handling", "the prime minister"),
     * else the first entity after the cue.
     */
    private List<Entities.Cluster> object(int cueEnd, int last, Entities.Cluster speaker) {
        if (cueEnd + 1 <= last && (doc.token(cueEnd + 1).is("him") || doc.token(cueEnd + 1).is("her"))) {
            // "we will stand with him": the person last named before, other than the speaker
            List<Entities.Cluster> out = new ArrayList<>();
            addIfFound(out, referents.personBefore(cueEnd, speaker, doc.token(cueEnd + 1)));
            return out;
        }
        ObjectPhrase o = objectPhrase(cueEnd + 1, last);
        if (o.named() == null && o.head() >= 0) {
            // "the groups involved, such as X, Y and Z": the examples name the object
            int examples = examplesAfter(o.head(), last);
            if (examples >= 0) {
                o = objectPhrase(examples, last);
            }
        }
        List<Entities.Cluster> out = new ArrayList<>();
        if (o.named() != null && o.named() != speaker) {
            out.add(o.named());
            addCoordinated(out, o.end(), last, speaker);
            return out;
        }
        if (o.definite() && o.head() >= 0) {
            // "welcomed the seizure": the actors the story reported doing it; "backed the trusts": each of them
            List<Entities.Cluster> group = referents.allDescribed(o.head());
            for (Entities.Cluster agent : group.isEmpty() ? referents.agentsOf(o.head()) : group) {
                if (agent != speaker && !out.contains(agent)) {
                    out.add(agent);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Entities.Cluster d = described(o, speaker);
        if (d == null && o.definite() && o.head() >= 0) {
            Entities.Cluster lead = referents.leadAgentOf(o.head());
            d = lead != speaker ? lead : null;
        }
        if (d != null) {
            out.add(d);
            addCoordinated(out, o.head(), last, speaker);
            return out;
        }
        addIfFound(out, entityAfter(cueEnd, last, speaker));
        return out;
    }

    private int examplesAfter(int head, int last) {
        for (int k = head + 1; k <= Math.min(last - 1, head + 4); k++) {
            Token t = doc.token(k);
            if (t.is("including")) {
                return k + 1;
            }
            if (t.is("such") && doc.token(k + 1).is("as")) {
                return k + 2;
            }
            if (t.isTerminal() || t.isPunct(';')) {
                return -1;
            }
        }
        return -1;
    }

    /** Names joined to an object: "accused X and Y of", "X (XL), the Y and Z". */
    private void addCoordinated(List<Entities.Cluster> out, int end, int last, Entities.Cluster speaker) {
        int k = end;
        while (k + 2 <= last) {
            int next = k + 1;
            if (doc.token(next).isPunct('(')) {
                while (next <= Math.min(last, k + 6) && !doc.token(next).isPunct(')')) {
                    next++;
                }
                next++;
            }
            int separators = 0;
            while (next <= last && (doc.token(next).isPunct(',') || doc.token(next).is("and") || doc.token(next).is("or"))) {
                next++;
                separators++;
            }
            if (separators == 0 || next > last) {
                return;
            }
            boolean definite = doc.token(next).is("the") && next + 1 <= last;
            if (definite) {
                next++;
            }
            Entities.Cluster c;
            if (entities.at(next) != null) {
                k = nameEnd(next, last);
                c = entities.at(k);
            } else if (definite && (next + 1 > last || !doc.token(next + 1).isWord()
                    || doc.token(next + 1).kind == Token.Kind.POSSESSIVE)) {
                // "the club and the council": a description as the last word of its phrase
                c = referents.described(next, true);
                k = next;
            } else {
                return;
            }
            if (c == null) {
                return;
            }
            if (c != speaker && !out.contains(c)) {
                out.add(c);
            }
        }
    }

    /** The last token of the name at k, through a possessive to a name it owns: "Peru's National Farmers Union". */
    private int nameEnd(int k, int last) {
        Entities.Cluster c = entities.at(k);
        while (k + 1 <= last && entities.at(k + 1) == c) {
            k++;
        }
        if (k + 2 <= last && doc.token(k + 1).kind == Token.Kind.POSSESSIVE && entities.at(k + 2) != null) {
            return nameEnd(k + 2, last);
        }
        return k;
    }

    private Entities.Cluster described(ObjectPhrase o, Entities.Cluster speaker) {
        if (o.named() != null || o.head() < 0 || StanceReferents.isClaim(doc.token(o.head()).lower)) {
            return null;
        }
        Entities.Cluster d = describedOrCalled(o.head(), o.definite());
        return d != speaker ? d : null;
    }

    /** The actor a description stands for, else the organisation last written beside its noun: "the carrier" after "the low-cost carrier Ventura Air". */
    private Entities.Cluster describedOrCalled(int head, boolean definite) {
        Entities.Cluster d = referents.described(head, definite);
        if (d == null && definite && lex.orgNouns.contains(doc.token(head).lower)) {
            List<Entities.Cluster> called = referents.organisationsCalled(doc.token(head).lower, head);
            d = called.isEmpty() ? null : called.get(0);
        }
        return d;
    }

    private ObjectPhrase objectPhrase(int start, int last) {
        int k = start;
        boolean definite = false;
        while (k <= last && (DEFINITE.contains(doc.token(k).lower) || QUANTIFIERS.contains(doc.token(k).lower))) {
            // "that" is a determiner only before a noun: "dismissed that suggestion", not "denied that costs rose"
            if (doc.token(k).is("that") && !(k + 1 <= last && StanceReferents.isClaim(doc.token(k + 1).lower))) {
                return new ObjectPhrase(null, -1, false, k);
            }
            definite |= DEFINITE.contains(doc.token(k).lower);
            k++;
        }
        int head = -1;
        for (int end = Math.min(last, k + OBJECT_WORDS - 1); k <= end; k++) {
            Token t = doc.token(k);
            if (entities.at(k) != null) {
                int nameEnd = nameEnd(k, last);
                return new ObjectPhrase(entities.at(nameEnd), nameEnd, definite, nameEnd);
            }
            if (t.kind == Token.Kind.POSSESSIVE && head >= 0) {
                int apposition = appositionAfter(k + 1, last);
                if (apposition >= 0) {
                    return new ObjectPhrase(entities.at(apposition), apposition, true, apposition);
                }
                Entities.Cluster possessor = describedOrCalled(head, definite);
                if (possessor != null) {
                    return new ObjectPhrase(possessor, head, definite, k);
                }
                head = -1;
                definite = true;
                continue;
            }
            boolean possessor = k + 1 <= last && doc.token(k + 1).kind == Token.Kind.POSSESSIVE;
            if (!t.isWord() || lex.functionWords.contains(t.lower) && !possessor) {
                break;
            }
            head = k;
        }
        return new ObjectPhrase(null, head, definite, k);
    }

    /** The name in commas after what a possessive owns, which names the object: "the company's former auditor, X". */
    private int appositionAfter(int from, int last) {
        for (int k = from; k < Math.min(last, from + 4); k++) {
            Token t = doc.token(k);
            if (t.isPunct(',')) {
                return entities.at(k + 1) != null ? k + 1 : -1;
            }
            if (!t.isWord() || AUXILIARIES.contains(t.lower) || lex.verbsByFirstWord.containsKey(t.lower)) {
                return -1;
            }
        }
        return -1;
    }

    /** "urged X to ...": pressure on X, unless what X is urged to do is itself aimed at another actor. */
    private List<Entities.Cluster> pressed(int cueEnd, int last, Entities.Cluster speaker) {
        if (cueEnd + 2 <= last && doc.token(cueEnd + 1).is("that")) {
            // "demanded that Beijing immediately cease": pressure on the subject of the demanded act
            return aimedElsewhere(cueEnd + 2, last) ? List.of() : object(cueEnd + 1, last, speaker);
        }
        int to = -1;
        for (int k = cueEnd + 1; k <= Math.min(last, cueEnd + WINDOW + 1); k++) {
            if (doc.token(k).is("to")) {
                to = k;
                break;
            }
        }
        if (to < 0 || aimedElsewhere(to + 1, last)) {
            return List.of();
        }
        return object(cueEnd, to - 1, speaker);
    }

    /** Whether the act urged, from token k to the clause's end, is itself a stance cue aimed at another actor. */
    private boolean aimedElsewhere(int k, int last) {
        for (; k <= last; k++) {
            Token t = doc.token(k);
            if (t.isPunct(';') || t.isTerminal()) {
                return false;
            }
            if (cueAt(k, last) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a rebuttal opposes: the actor its object names ("rejected Keller's offer"), or, for a
     * claim it does not attribute ("rejected the criticism", "denied that ..."), whoever last
     * made a statement nearby, and the organisation that person speaks for.
     */
    private List<Entities.Cluster> rebutted(int cueEnd, int last, List<Found> statements, int index) {
        Found statement = statements.get(index);
        for (int k = cueEnd + 1; k <= Math.min(last, cueEnd + 3); k++) {
            if (StanceReferents.isClaim(doc.token(k).lower)) {
                String country = entities.demonymAt(k - 1);
                if (country != null && entities.country(country) != statement.speaker()) {
                    // "dismissing French calls": the claim of the country its adjective names
                    return List.of(entities.country(country));
                }
                List<Entities.Cluster> authors = new ArrayList<>(claimAuthors(k, last, statement.speaker()));
                if (authors.isEmpty()) {
                    // "rejected the allegations" after "Kenya, Ghana and Malawi accused the company"
                    authors.addAll(referents.agentsOf(k));
                    authors.remove(statement.speaker());
                }
                if (!authors.isEmpty()) {
                    return authors;
                }
                break;
            }
        }
        ObjectPhrase o = objectPhrase(cueEnd + 1, last);
        boolean claim = o.named() == null && (o.head() < 0 && cueEnd + 1 <= last && doc.token(cueEnd + 1).is("that")
                || o.head() >= 0 && StanceReferents.isClaim(doc.token(o.head()).lower));
        if (!claim) {
            return object(cueEnd, last, statement.speaker());
        }
        return claimantSide(statements, index);
    }

    /**
     * The authors a claim names after it: "the accusations made by Quispe and the Observatorio",
     * "calls from the environmental group Vidde Alliance", "calls from lawmakers of the X Party".
     */
    private List<Entities.Cluster> claimAuthors(int head, int last, Entities.Cluster speaker) {
        for (int k = head + 1; k <= Math.min(last, head + 2); k++) {
            if (doc.token(k).is("by") || doc.token(k).is("from")) {
                int name = k + 1;
                while (name <= Math.min(last, k + AUTHOR_DESCRIPTION) && entities.at(name) == null
                        && doc.token(name).isWord() && !doc.token(name).isCapitalised()) {
                    name++;
                }
                List<Entities.Cluster> authors = new ArrayList<>(referents.namesFrom(name));
                authors.remove(speaker);
                return authors;
            }
            if (!doc.token(k).isWord()) {
                break;
            }
        }
        return List.of();
    }

    private boolean claimBefore(int cue, int from) {
        for (int k = cue - 1; k >= Math.max(from, cue - LABEL_WINDOW); k--) {
            if (StanceReferents.isClaim(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whoever last made a statement nearby, and the organisation that person speaks for. */
    private List<Entities.Cluster> claimantSide(List<Found> statements, int index) {
        Found statement = statements.get(index);
        List<Entities.Cluster> out = new ArrayList<>();
        Entities.Cluster claimant = claimant(statements, index);
        if (claimant == null) {
            return out;
        }
        out.add(claimant);
        Set<String> speakerSide = referents.affiliates(statement.speaker());
        for (String name : referents.affiliates(claimant)) {
            for (Entities.Cluster c : entities.clusters) {
                if (c.canonical.equals(name) && c != statement.speaker() && !speakerSide.contains(name)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Who made the latest earlier statement by someone else nearby: its speaker, or the side an unnamed one speaks for. */
    private Entities.Cluster claimant(List<Found> statements, int index) {
        Found statement = statements.get(index);
        int paragraph = doc.token(statement.first()).paragraph;
        for (int j = index - 1; j >= 0; j--) {
            Found earlier = statements.get(j);
            if (paragraph - doc.token(earlier.first()).paragraph > CLAIM_PARAGRAPHS) {
                return null;
            }
            if (earlier.speaker() == null) {
                // "a US trade official said ...": the claim is the side the official speaks for
                Entities.Cluster side = earlier.cueToken() >= 0 ? referents.unnamedSide(earlier.cueToken()) : null;
                return side != statement.speaker() ? side : null;
            }
            if (earlier.speaker() != statement.speaker() && !referents.sameSide(earlier.speaker(), statement.speaker())) {
                return earlier.speaker();
            }
        }
        return null;
    }

    private boolean isActCue(int k, int last) {
        Lexicon.StanceCue cue = cueAt(k, last);
        return cue != null && !cue.kind().startsWith("LABEL");
    }

    /** The longest stance cue starting at token k and ending by {@code last}, or null. */
    private Lexicon.StanceCue cueAt(int k, int last) {
        return doc.longestAt(lex.stanceByFirstWord, k, last + 1);
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
     * on its object ("objected to the Swedish levy"); not one contrasted away ("not the X")
     * nor one after "by" or "from" (the means or the source, not the object: "cooperation from X").
     */
    private Entities.Cluster entityAfter(int cueEnd, int last, Entities.Cluster speaker) {
        for (int k = cueEnd + 1; k <= Math.min(last, cueEnd + WINDOW); k++) {
            Token t = doc.token(k);
            // a clause after the cue is what is said, not whom the cue governs: "warned that X would ..."
            // nor what a nested act governs: "did not back calls to sanction X"
            if (t.isPunct(';') || t.isTerminal() || t.is("but") || t.is("by") || t.is("from") || t.is("that") || AUXILIARIES.contains(t.lower)
                    || isActCue(k, last)) {
                break;
            }
            if ((t.is("of") || t.is("for")) && k + 1 <= last && doc.token(k + 1).lower.endsWith("ing")) {
                // "accused the state government of siding with X": the charge, not whom the cue governs
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
        return c != null ? c : referents.definiteAt(k);
    }

    /** The subject of a harmful act, when a finite verb links them: "X was targeting", "X, which has been blocking". */
    private Entities.Cluster agentBefore(int cue, int first, Entities.Cluster speaker) {
        boolean finite = doc.token(cue).lower.endsWith("s") && !doc.token(cue).lower.endsWith("ss");
        for (int k = cue - 1; k >= Math.max(first, cue - AGENT_WINDOW); k--) {
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
            if ((t.is("he") || t.is("she")) && speaker != null && speaker.type == EntityType.PERSON
                    && Speakers.compatible(speaker, Speakers.genderOf(t.lower))) {
                // "Marek said he had never doubted X": the speaker reporting his own view
                return false;
            }
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
            if (!(AUXILIARIES.contains(t.lower) || t.lower.endsWith("ly") || t.kind == Token.Kind.QUOTE || t.is("and")
                    || t.isPunct(',') || t.is("which") || t.is("who") || t.is("that") || t.is("been")
                    || lex.negations.contains(t.lower) || t.lower.endsWith("n't"))) {
                return false;
            }
        }
        return true;
    }
}
