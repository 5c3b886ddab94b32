package io.newswire.engine.rules;

import io.newswire.engine.EntityType;
import io.newswire.engine.Polarity;
import io.newswire.engine.StatementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the story says about a statement and an actor the statement may take a side on, beyond
 * the cues inside the statement: whether the actor is named near it, whether its speaker (or
 * the speaker's side) takes sides on the actor elsewhere, whether the actor attacks the speaker,
 * how central the actor is to the story. These are the features of {@link StanceModel}; they
 * let a statement that never names the other side of a dispute still be scored against it.
 *
 * <p>Every feature is computed in bounded time (binary search over mentions, per-speaker
 * tallies made once), and each statement has at most {@value #MAX_CANDIDATES} candidates, so
 * the pass stays linear in the length of the story.
 */
final class StanceFeatures {

    /** Feature names, in vector order; the model file gives its weights by these names. */
    static final List<String> NAMES = List.of(
            "bias",
            "cue_oppose", "cue_support",
            "named_in", "named_in_sentence", "named_in_paragraph", "named_in_previous_paragraph",
            "speaker_opposes_elsewhere", "speaker_supports_elsewhere",
            "opposes_speaker", "supports_speaker",
            "same_side",
            "main_actor", "mention_share", "in_title", "speaks",
            "person", "organisation", "country", "other_place",
            "last_other_speaker",
            "tone_negative", "tone_positive", "direct", "unnamed_speaker",
            "speaker_main_opponent", "side_opposes", "side_supports", "opponent_side",
            "named_in_negative", "negation", "first_named", "named_in_cued",
            "referred_in", "referred_in_negative");

    /** Tokens around a statement in which named actors are candidates. */
    private static final int WINDOW = 200;
    private static final int MAX_CANDIDATES = 64;
    private static final int MAX_TITLE_ACTORS = 8;

    private final Doc doc;
    private final Entities entities;
    private final StanceReferents referents;
    private final List<Found> statements;
    private final List<Map<Entities.Cluster, Polarity>> cueStances;
    private final int[] tones;
    private final boolean[] cued;
    private final List<Set<Entities.Cluster>> judged;
    private final Lexicon lex = Lexicon.get();
    /** speaker -> target -> statements with {oppose, support} toward it, by the cue rules. */
    private final Map<Entities.Cluster, Map<Entities.Cluster, int[]>> positions = new HashMap<>();
    /** target -> speaker -> the same tallies, read the other way. */
    private final Map<Entities.Cluster, Map<Entities.Cluster, int[]>> positionsOn = new HashMap<>();
    private final Map<Entities.Cluster, Entities.Cluster> mainOpponent = new HashMap<>();
    private final Map<Entities.Cluster, Integer> statementsBy = new HashMap<>();
    private final Map<Entities.Cluster, int[]> mentionStarts = new HashMap<>();
    private final Set<Entities.Cluster> inTitle = new LinkedHashSet<>();
    private final Entities.Cluster[] lastOtherSpeaker;
    private final boolean[] negated;
    private final Entities.Cluster[] firstNamed;
    /** The actors each statement refers to by description or by their act ({@link StanceReferents#referredIn}). */
    private final List<Set<Entities.Cluster>> referred = new ArrayList<>();
    private final Entities.Cluster main;
    private final int totalMentions;

    StanceFeatures(Doc doc, Entities entities, StanceReferents referents, List<Found> statements,
            StanceFinder.CueStances cues) {
        this.doc = doc;
        this.entities = entities;
        this.referents = referents;
        this.statements = statements;
        this.cueStances = cues.stances();
        this.tones = cues.tones();
        this.cued = cues.cued();
        this.judged = cues.judged();
        this.lastOtherSpeaker = new Entities.Cluster[statements.size()];
        this.negated = new boolean[statements.size()];
        this.firstNamed = new Entities.Cluster[statements.size()];
        Entities.Cluster previous = null;
        Entities.Cluster beforePrevious = null;
        for (int i = 0; i < statements.size(); i++) {
            Entities.Cluster speaker = statements.get(i).speaker();
            negated[i] = isNegated(statements.get(i));
            firstNamed[i] = firstNamedIn(statements.get(i));
            Set<Entities.Cluster> referredTo = referents.referredIn(statements.get(i).first(), statements.get(i).last());
            Entities.Cluster pronoun = referents.thirdPerson(statements.get(i));
            if (pronoun != null) {
                referredTo.add(pronoun);
            }
            referred.add(referredTo);
            lastOtherSpeaker[i] = speaker != null && speaker == previous ? beforePrevious : previous;
            if (speaker != null) {
                statementsBy.merge(speaker, 1, Integer::sum);
                cueStances.get(i).forEach((target, polarity) -> {
                    int side = polarity == Polarity.OPPOSE ? 0 : 1;
                    positions.computeIfAbsent(speaker, k -> new LinkedHashMap<>()).computeIfAbsent(target, k -> new int[2])[side]++;
                    positionsOn.computeIfAbsent(target, k -> new LinkedHashMap<>()).computeIfAbsent(speaker, k -> new int[2])[side]++;
                });
                if (speaker != previous) {
                    beforePrevious = previous;
                    previous = speaker;
                }
            }
        }
        positions.forEach((speaker, targets) -> {
            Entities.Cluster best = null;
            for (Map.Entry<Entities.Cluster, int[]> e : targets.entrySet()) {
                if (e.getValue()[0] > 0 && (best == null || e.getValue()[0] > targets.get(best)[0])) {
                    best = e.getKey();
                }
            }
            if (best != null) {
                mainOpponent.put(speaker, best);
            }
        });
        int total = 0;
        String title = doc.layout.title == null ? "" : doc.layout.title.text();
        for (Entities.Cluster c : entities.clusters) {
            total += c.mentions.size();
            int[] starts = new int[c.mentions.size()];
            for (int m = 0; m < starts.length; m++) {
                Entities.Span s = c.mentions.get(m);
                starts[m] = s.first();
                if (inTitle.size() < MAX_TITLE_ACTORS && !title.isEmpty() && title.contains(s.text())) {
                    inTitle.add(c);
                }
            }
            Arrays.sort(starts);
            mentionStarts.put(c, starts);
        }
        this.totalMentions = Math.max(1, total);
        this.main = entities.mostMentioned(c -> c.type != EntityType.LOCATION);
    }

    /**
     * The actors statement i may take a side on, never its speaker: those named around it, those
     * its speaker takes sides on or who take sides on its speaker, the story's main actor and
     * the actors of the headline; not one a cue in it governed without taking a side on it, nor
     * one of the speaker's own side (the body it speaks for, its country), unless a cue did; none
     * for a denial or an appeal.
     */
    List<Entities.Cluster> candidates(int i) {
        Found f = statements.get(i);
        if (StanceFinder.takesNoSide(f)) {
            return List.of();
        }
        Set<Entities.Cluster> out = new LinkedHashSet<>();
        int paragraph = doc.token(f.first()).paragraph;
        int from = Math.max(doc.paragraphStarts[Math.max(0, paragraph - 1)], f.first() - WINDOW);
        int to = Math.min(doc.paragraphStarts[paragraph + 1], f.last() + 1 + WINDOW);
        for (int k = from; k < to && out.size() < MAX_CANDIDATES; k++) {
            Entities.Cluster c = entities.at(k);
            if (c != null) {
                out.add(c);
            }
        }
        if (f.speaker() != null) {
            out.addAll(positions.getOrDefault(f.speaker(), Map.of()).keySet());
            out.addAll(positionsOn.getOrDefault(f.speaker(), Map.of()).keySet());
        }
        out.addAll(cueStances.get(i).keySet());
        out.addAll(referred.get(i));
        if (main != null) {
            out.add(main);
        }
        out.addAll(inTitle);
        out.remove(f.speaker());
        Set<String> ownSide = referents.ownSide(f.speaker());
        out.removeIf(c -> (judged.get(i).contains(c) || ownSide.contains(c.canonical)) && !cueStances.get(i).containsKey(c));
        List<Entities.Cluster> list = new ArrayList<>(out);
        return list.size() > MAX_CANDIDATES ? list.subList(0, MAX_CANDIDATES) : list;
    }

    /** What the cue rules found in statement i. */
    Map<Entities.Cluster, Polarity> cueStances(int i) {
        return cueStances.get(i);
    }

    /** The feature vector of statement i and candidate c, in the order of {@link #NAMES}. */
    double[] of(int i, Entities.Cluster c) {
        Found f = statements.get(i);
        Entities.Cluster speaker = f.speaker();
        Token first = doc.token(f.first());
        Polarity cue = cueStances.get(i).get(c);
        int sentence = first.sentence;
        int paragraph = first.paragraph;
        double[] x = new double[NAMES.size()];
        int n = 0;
        x[n++] = 1;
        x[n++] = cue == Polarity.OPPOSE ? 1 : 0;
        x[n++] = cue == Polarity.SUPPORT ? 1 : 0;
        boolean namedIn = mentionedIn(c, f.first(), f.last() + 1);
        x[n++] = namedIn ? 1 : 0;
        x[n++] = sentence >= 0 && mentionedIn(c, doc.sentenceStarts[sentence], doc.sentenceStarts[sentence + 1]) ? 1 : 0;
        x[n++] = mentionedIn(c, doc.paragraphStarts[paragraph], doc.paragraphStarts[paragraph + 1]) ? 1 : 0;
        x[n++] = paragraph > 0 && mentionedIn(c, doc.paragraphStarts[paragraph - 1], doc.paragraphStarts[paragraph]) ? 1 : 0;
        // elsewhere: not counting this statement, which an unnamed speaker's tally never held
        int[] own = tally(positions, speaker, c);
        int oppose = Math.max(0, own[0] - (cue == Polarity.OPPOSE ? 1 : 0));
        int support = Math.max(0, own[1] - (cue == Polarity.SUPPORT ? 1 : 0));
        x[n++] = Math.log1p(oppose);
        x[n++] = Math.log1p(support);
        int[] theirs = tally(positions, c, speaker);
        x[n++] = Math.log1p(theirs[0]);
        x[n++] = Math.log1p(theirs[1]);
        x[n++] = speaker != null && (referents.sameSide(speaker, c) || referents.ownSide(speaker).contains(c.canonical)) ? 1 : 0;
        x[n++] = c == main ? 1 : 0;
        x[n++] = (double) c.mentions.size() / totalMentions;
        x[n++] = inTitle.contains(c) ? 1 : 0;
        x[n++] = Math.log1p(statementsBy.getOrDefault(c, 0));
        x[n++] = c.type == EntityType.PERSON ? 1 : 0;
        x[n++] = c.type == EntityType.ORG ? 1 : 0;
        boolean country = entities.isCountryOrCapital(c);
        x[n++] = country ? 1 : 0;
        x[n++] = c.type == EntityType.LOCATION && !country ? 1 : 0;
        x[n++] = c == lastOtherSpeaker[i] ? 1 : 0;
        x[n++] = tones[i] < 0 ? 1 : 0;
        x[n++] = tones[i] > 0 ? 1 : 0;
        x[n++] = f.kind() == StatementKind.DIRECT ? 1 : 0;
        x[n++] = speaker == null ? 1 : 0;
        x[n++] = speaker != null && c == mainOpponent.get(speaker) ? 1 : 0;
        x[n++] = Math.log1p(sidePositions(speaker, c, 0));
        x[n++] = Math.log1p(sidePositions(speaker, c, 1));
        x[n++] = onOpponentSide(speaker, c) ? 1 : 0;
        x[n++] = namedIn && tones[i] < 0 ? 1 : 0;
        x[n++] = negated[i] ? 1 : 0;
        x[n++] = c == firstNamed[i] ? 1 : 0;
        // a cue in the statement that took no side on an actor it names ("had never criticized X")
        x[n++] = namedIn && cued[i] && cue == null ? 1 : 0;
        boolean referredIn = !namedIn && referred.get(i).contains(c);
        x[n++] = referredIn ? 1 : 0;
        x[n++] = referredIn && tones[i] < 0 ? 1 : 0;
        return x;
    }

    private static int[] tally(Map<Entities.Cluster, Map<Entities.Cluster, int[]>> byActor, Entities.Cluster a,
            Entities.Cluster b) {
        if (a == null || b == null) {
            return new int[2];
        }
        return byActor.getOrDefault(a, Map.of()).getOrDefault(b, new int[2]);
    }

    /** Whether c is mentioned at a token in [from, to). */
    private boolean mentionedIn(Entities.Cluster c, int from, int to) {
        int[] starts = mentionStarts.get(c);
        if (starts == null) {
            return false;
        }
        int at = Arrays.binarySearch(starts, from);
        int next = at >= 0 ? at : -at - 1;
        return next < starts.length && starts[next] < to;
    }

    /** Statements of others on the speaker's side that take this side (0 oppose, 1 support) on c. */
    private int sidePositions(Entities.Cluster speaker, Entities.Cluster c, int side) {
        if (speaker == null) {
            return 0;
        }
        int n = 0;
        for (Map.Entry<Entities.Cluster, int[]> e : positionsOn.getOrDefault(c, Map.of()).entrySet()) {
            Entities.Cluster other = e.getKey();
            if (other != speaker && referents.sameSide(other, speaker)) {
                n += e.getValue()[side];
            }
        }
        return n;
    }

    /** Whether c is on the side of an actor the speaker opposes: its organisation, or a person speaking for it. */
    private boolean onOpponentSide(Entities.Cluster speaker, Entities.Cluster c) {
        if (speaker == null) {
            return false;
        }
        for (Map.Entry<Entities.Cluster, int[]> e : positions.getOrDefault(speaker, Map.of()).entrySet()) {
            if (e.getValue()[0] > 0 && e.getKey() != c && referents.sameSide(e.getKey(), c)) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegated(Found f) {
        for (int k = f.first(); k <= f.last(); k++) {
            Token t = doc.token(k);
            if (lex.negations.contains(t.lower) || t.lower.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private Entities.Cluster firstNamedIn(Found f) {
        for (int k = f.first(); k <= f.last(); k++) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c != f.speaker()) {
                return c;
            }
        }
        return null;
    }
}
