package io.newswire.engine.rules;

import io.newswire.engine.EntityType;
import io.newswire.engine.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds statements and their speakers. Direct quotes take their speaker from the attribution
 * beside them ({@code ,” she said} / {@code said X:}), from the quote they continue, or from the
 * previous quote of the paragraph; reported speech is a verb of saying or positioning with its
 * subject (resolved through appositives, relative clauses, coordination, pronouns, roles and
 * document nouns) and the clause or verb phrase that carries the content.
 */
final class Attributor {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "these", "those", "no", "any", "every", "each", "such", "whose");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "be",
            "been", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
            "having", "being");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being");
    private static final Set<String> ADVERBS = Set.of("also", "further", "first", "then", "long", "still", "already",
            "again", "once", "later", "earlier", "previously", "never", "not", "n't", "even", "just", "only", "now",
            "often", "since", "too", "ever", "reportedly", "recently", "separately", "similarly", "immediately");
    private static final Set<String> INDEFINITES = Set.of("a", "an", "one", "another", "some", "several", "many",
            "two", "three", "four", "five", "few", "most", "other", "others");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
    private static final Set<String> OBJECT_WORDS = Set.of("him", "her", "them", "us", "me", "you", "reporters",
            "journalists", "lawmakers", "parliament", "congress", "supporters", "listeners", "viewers", "readers",
            "the", "a", "an");
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "while", "although",
            "though", "because", "as", "when", "if", "after", "before", "since", "whereas", "where", "whether", "but",
            "and", "or", "so", "than");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "on", "for", "with", "to", "from", "by",
            "about", "over", "under", "during", "near", "closest", "among", "including", "amid", "against", "through",
            "after", "before", "via", "without");
    /** Longest reported clause, in tokens: keeps every scan bounded on run-on text. */
    private static final int MAX_CONTENT = 80;
    private static final Set<String> TAIL_ONLY_CUES = Set.of("read", "continued", "went");

    private final Doc doc;
    private final Entities entities;
    private final Lexicon lex = Lexicon.get();
    private final List<Found> found = new ArrayList<>();
    private final List<Found> directs = new ArrayList<>();
    private final Set<Integer> consumedCues = new HashSet<>();
    /** Quote index -> its speaker (null when unnamed), for continuation. */
    private final Entities.Cluster[] quoteSpeaker;
    private final boolean[] quoteIsStatement;
    /** Persons and organisations that were speakers or subjects, most recent last. */
    private final List<Entities.Cluster> focus = new ArrayList<>();
    private Entities.Cluster lastSpeaker;
    /** The cue the last tail or head attribution used, for the direct statement it names. */
    private int attributionCue = -1;

    /** A resolved subject: named, unnamed (valid, speaker null) or none (no statement). */
    private record Subject(boolean valid, Entities.Cluster cluster) {
        static final Subject NONE = new Subject(false, null);
        static final Subject UNNAMED = new Subject(true, null);

        static Subject of(Entities.Cluster c) {
            return new Subject(true, c);
        }
    }

    Attributor(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
        this.quoteSpeaker = new Entities.Cluster[doc.quotes.size()];
        this.quoteIsStatement = new boolean[doc.quotes.size()];
    }

    List<Found> find() {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            sentence(s);
        }
        // a quote running over paragraphs has one speaker, wherever its attribution stands
        for (int q = doc.quotes.size() - 1; q >= 0; q--) {
            int prev = doc.quotes.get(q).continues;
            if (prev >= 0 && quoteIsStatement[q] && quoteSpeaker[prev] == null && quoteSpeaker[q] != null) {
                quoteSpeaker[prev] = quoteSpeaker[q];
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (f.kind() == StatementKind.DIRECT) {
                int q = doc.token(f.first()).quote;
                out.add(new Found(f.kind(), f.first(), f.last(), quoteSpeaker[q], f.cue(), f.cueToken()));
            } else {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Found::first));
        return out;
    }

    private void sentence(int s) {
        int from = doc.sentenceStart(s);
        int to = doc.sentenceEnd(s);
        List<int[]> cues = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = doc.token(i);
            if (t.quote >= 0 || !t.isWord()) {
                continue;
            }
            Lexicon.Verb verb = verbAt(i, to);
            if (verb != null && isVerbUse(i, verb, from)) {
                cues.add(new int[] {i, i + verb.words().length - 1, cues.size()});
            }
        }
        // direct quotes opening in this sentence
        for (int i = from; i < to; i++) {
            if (doc.isOpeningMark(i)) {
                direct(doc.token(i + 1).quote, s, from, to);
            }
        }
        for (int i = from; i + 1 < to; i++) {
            if (isAccordingTo(i) && !consumedCues.contains(i)) {
                accordingTo(i, from, to);
            }
        }
        for (int[] cue : cues) {
            if (!consumedCues.contains(cue[0]) && !insideIndirect(cue[0])) {
                indirect(cue[0], cue[1], from, to, cues.subList(cue[2] + 1, cues.size()));
            }
        }
        // the person a sentence starts with is in focus for the next pronoun: "Jones arrived. He said …"
        Entities.Cluster opening = null;
        for (int k = from; k < Math.min(to, from + 5) && opening == null && doc.token(k).isCapitalised(); k++) {
            opening = entities.at(k);
        }
        if (opening != null && opening.type == EntityType.PERSON && doc.token(from).quote < 0) {
            focus.remove(opening);
            focus.add(opening);
        }
    }

    private boolean isAccordingTo(int i) {
        return doc.token(i).lower.equals("according") && doc.token(i + 1).is("to") && doc.token(i).quote < 0;
    }

    /** "According to X, CONTENT." and "CONTENT, according to X." */
    private void accordingTo(int i, int from, int to) {
        int npStart = i + 2;
        int npEnd = npStart;
        while (npEnd < to && !doc.token(npEnd).isPunct(',') && !doc.token(npEnd).isTerminal() && npEnd < npStart + 12) {
            npEnd++;
        }
        Subject subject = resolveNounPhrase(npStart, npEnd - 1, i);
        if (!subject.valid()) {
            return;
        }
        int start;
        int end;
        if (i == from && npEnd < to && doc.token(npEnd).isPunct(',')) {
            start = npEnd + 1;
            end = contentEnd(start, start, to, List.of(), false, start);
        } else if (i > from + 2 && doc.token(i - 1).isPunct(',')) {
            start = from;
            end = i - 2;
        } else {
            return;
        }
        end = trimTrailing(start, end);
        if (end - start + 1 < 2 || overlapsDirect(start, end)) {
            return;
        }
        remember(subject.cluster());
        found.add(new Found(StatementKind.INDIRECT, start, end, subject.cluster(), "according to", i));
    }

    // ---- direct quotes

    private void direct(int q, int s, int from, int to) {
        Quote quote = doc.quotes.get(q);
        int before = quote.open - 1;
        boolean clauseStart = before < from || before < doc.paragraphStarts[quote.paragraph]
                || doc.token(before).isTerminal() || doc.token(before).isPunct(':') || doc.token(before).isPunct(',')
                || doc.token(before).isPunct('\u2014') || doc.token(before).isPunct('\u2013') || doc.isClosingMark(before)
                || quote.continues >= 0;
        attributionCue = -1;
        Subject subject = tailAttribution(quote, to);
        if (!subject.valid()) {
            subject = headAttribution(quote, from);
        }
        boolean attributed = subject.valid();
        if (!clauseStart && !attributed) {
            return;
        }
        if (!attributed) {
            if (quote.continues >= 0 && quoteIsStatement[quote.continues]) {
                subject = Subject.of(quoteSpeaker[quote.continues]);
            } else {
                Found previous = previousDirect(quote.paragraph);
                if (previous != null && quote.words() >= 2) {
                    subject = Subject.of(quoteSpeaker[doc.token(previous.first()).quote]);
                } else if (quote.words() >= 4 && before < from) {
                    subject = Subject.UNNAMED;
                } else {
                    return;
                }
            }
        }
        int last = trimTrailing(quote.first, quote.last);
        if (last < quote.first) {
            return;
        }
        quoteIsStatement[q] = true;
        quoteSpeaker[q] = subject.cluster();
        remember(subject.cluster());
        String cue = attributionCue < 0 ? null : cueText(attributionCue);
        Found direct = new Found(StatementKind.DIRECT, quote.first, last, subject.cluster(), cue, attributionCue);
        found.add(direct);
        directs.add(direct);
    }

    /** The last direct statement in this paragraph or, if the quote opens the paragraph, the one before. */
    private Found previousDirect(int paragraph) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.kind() != StatementKind.DIRECT) {
                continue;
            }
            int p = doc.token(f.first()).paragraph;
            if (p == paragraph || p == paragraph - 1) {
                return lastStatementOfParagraph(p) == f || p == paragraph ? f : null;
            }
            return null;
        }
        return null;
    }

    private Found lastStatementOfParagraph(int paragraph) {
        for (int k = found.size() - 1; k >= 0; k--) {
            int p = doc.token(found.get(k).first()).paragraph;
            if (p == paragraph) {
                return found.get(k);
            }
            if (p < paragraph) {
                break;
            }
        }
        return null;
    }

    /** {@code ,” she said}, {@code ,” said the minister}, {@code ,” the statement, attributed to X, read}. */
    private Subject tailAttribution(Quote quote, int to) {
        if (quote.close < 0) {
            return Subject.NONE;
        }
        int i = quote.close + 1;
        boolean punctuated = doc.token(quote.last).isPunct(',') || doc.token(quote.last).isTerminal()
                || doc.token(quote.last).isPunct('\u2014');
        if (i < to && (doc.token(i).isPunct(',') || doc.token(i).isPunct('\u2014'))) {
            i++;
            punctuated = true;
        }
        if (!punctuated) {
            return Subject.NONE;
        }
        int start = i;
        if (start < to && SUBORDINATORS.contains(doc.token(start).lower)) {
            // "… called it “final,” but the board has said …": a new clause, not an attribution
            return Subject.NONE;
        }
        if (start + 2 < to && isAccordingTo(start)) {
            consumedCues.add(start);
            attributionCue = start;
            int end = start + 2;
            while (end < to && !doc.token(end).isPunct(',') && !doc.token(end).isTerminal() && end < start + 14) {
                end++;
            }
            return resolveNounPhrase(start + 2, end - 1, start);
        }
        int limit = Math.min(to, start + 16);
        for (int k = start; k < limit; k++) {
            Token t = doc.token(k);
            if (t.quote >= 0 || doc.isOpeningMark(k)) {
                break;
            }
            if (t.is("attributed") && k + 2 < to && doc.token(k + 1).is("to")) {
                Entities.Cluster c = firstEntity(k + 2, Math.min(to, k + 8));
                if (c != null) {
                    consumeCuesIn(start, limit);
                    attributionCue = k;
                    return Subject.of(c);
                }
            }
            Lexicon.Verb verb = verbAt(k, to);
            if (verb != null && !isVerbUse(k, verb, start)) {
                continue;
            }
            if (verb != null || TAIL_ONLY_CUES.contains(t.lower)) {
                int verbEnd = verb == null ? k : k + verb.words().length - 1;
                consumedCues.add(k);
                attributionCue = k;
                Subject subject = k > start ? resolveNounPhrase(start, k - 1, k) : Subject.NONE;
                if (!subject.valid() && k == start) {
                    int end = verbEnd + 1;
                    while (end < to && !doc.token(end).isPunct(',') && !doc.token(end).isTerminal() && end < verbEnd + 10) {
                        end++;
                    }
                    subject = resolveNounPhrase(verbEnd + 1, end - 1, k);
                }
                return subject;
            }
        }
        return Subject.NONE;
    }

    /** The cue as written: a verb of saying with its particle, "according to", "attributed to". */
    private String cueText(int k) {
        Token t = doc.token(k);
        if (isAccordingTo(k) || t.is("attributed")) {
            return t.lower + " to";
        }
        Lexicon.Verb verb = verbAt(k, doc.size());
        return verb != null ? verb.cue() : t.lower;
    }

    private void consumeCuesIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (verbAt(k, to) != null) {
                consumedCues.add(k);
            }
        }
    }

    /** {@code she said: “…”}, {@code stating, “…”}, {@code “A,” she said, “B.”}. */
    private Subject headAttribution(Quote quote, int from) {
        int k = quote.open - 1;
        boolean clauseStart = k >= from && (doc.token(k).isPunct(',') || doc.token(k).isPunct(':'));
        if (k >= from && (doc.token(k).isPunct(',') || doc.token(k).isPunct(':'))) {
            k--;
        }
        if (k >= from && doc.token(k).is("that")) {
            k--;
        }
        if (k < from) {
            return Subject.NONE;
        }
        // the cue may be a few words back: "she told reporters:", "said on Friday:"
        for (int v = k; v >= Math.max(from, k - 4); v--) {
            if (doc.token(v).quote >= 0 || doc.isClosingMark(v) && v != k) {
                break;
            }
            Lexicon.Verb verb = verbAt(v, quote.open);
            if (verb != null && v + verb.words().length - 1 < k && !clauseStart) {
                break;
            }
            if (verb != null) {
                consumedCues.add(v);
                attributionCue = v;
                if (doc.isClosingMark(v - 1) || (v - 2 >= 0 && doc.isClosingMark(v - 2))) {
                    // split quote: the attribution between two halves names the speaker
                    int prevQuote = doc.token(v - 1).quote >= 0 ? doc.token(v - 1).quote : -1;
                    if (prevQuote < 0) {
                        for (int b = v - 1; b >= from; b--) {
                            if (doc.isClosingMark(b)) {
                                prevQuote = doc.token(b - 1).quote;
                                break;
                            }
                        }
                    }
                    if (prevQuote >= 0 && quoteIsStatement[prevQuote]) {
                        return Subject.of(quoteSpeaker[prevQuote]);
                    }
                }
                return subjectOf(v, from, doc.sentenceEnd(doc.token(v).sentence));
            }
        }
        // "“A,” she said, “B.”": the tail of the previous quote names this one too
        for (int b = k; b >= from && b >= k - 10; b--) {
            if (doc.isClosingMark(b)) {
                int prevQuote = doc.token(b - 1).quote;
                if (prevQuote >= 0 && quoteIsStatement[prevQuote] && b + 1 <= k) {
                    return Subject.of(quoteSpeaker[prevQuote]);
                }
                break;
            }
        }
        return Subject.NONE;
    }

    // ---- reported speech

    private void indirect(int v, int verbEnd, int from, int to, List<int[]> cues) {
        Lexicon.Verb verb = verbAt(v, to);
        Subject subject = subjectOf(v, from, to);
        int start;
        if (verb.verbClass() == Lexicon.VerbClass.POSITION) {
            start = v;
        } else {
            start = complementStart(verbEnd + 1, to, verb.verbClass() == Lexicon.VerbClass.TELL);
        }
        if (start < 0) {
            return;
        }
        int end = contentEnd(start, verbEnd, to, cues, verb.verbClass() == Lexicon.VerbClass.POSITION, from);
        boolean inverted = verb.verbClass() != Lexicon.VerbClass.POSITION && (end - start + 1 < 2 || endsInAdverbialOnly(start, end));
        if (verb.verbClass() == Lexicon.VerbClass.THAT && !inverted && !doc.token(start - 1).is("that")) {
            return;
        }
        if (inverted) {
            // "X, officials said." : the content stands before the attribution
            int comma = v - 1;
            while (comma > from && !doc.token(comma).isPunct(',') && comma > v - 8) {
                comma--;
            }
            if (comma > from + 2 && doc.token(comma).isPunct(',')) {
                if (!subject.valid()) {
                    subject = resolveNounPhrase(verbEnd + 1, end, v);
                }
                start = from;
                end = comma - 1;
            } else {
                return;
            }
        }
        if (!subject.valid() || end < start) {
            return;
        }
        end = trimTrailing(start, end);
        if (end - start + 1 < 2 || overlapsDirect(start, end) || sameSpanFound(start, end)) {
            return;
        }
        remember(subject.cluster());
        found.add(new Found(StatementKind.INDIRECT, start, end, subject.cluster(), verb.cue(), v));
    }

    private boolean sameSpanFound(int start, int end) {
        for (int k = found.size() - 1; k >= 0 && k >= found.size() - 4; k--) {
            if (found.get(k).first() == start && found.get(k).last() == end) {
                return true;
            }
        }
        return false;
    }

    private boolean insideIndirect(int cue) {
        for (int k = found.size() - 1; k >= 0 && k >= found.size() - 4; k--) {
            Found f = found.get(k);
            if (f.kind() == StatementKind.INDIRECT && f.first() < cue && f.last() >= cue) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInAdverbialOnly(int start, int end) {
        return end - start + 1 <= 3 && (PREPOSITIONS.contains(doc.token(start).lower)
                || lex.functionWords.contains(doc.token(start).lower));
    }

    /** Where the reported clause starts after a verb of saying, or -1 when a direct quote follows. */
    private int complementStart(int i, int to, boolean tell) {
        if (i >= to) {
            return i;
        }
        // "said that X", "told reporters during her briefing that X"
        for (int k = i; k < Math.min(to, i + 10); k++) {
            Token t = doc.token(k);
            if (t.isPunct(',') || t.quote >= 0 || doc.isOpeningMark(k) || t.isTerminal()) {
                break;
            }
            if (k > i && verbAt(k, to) != null) {
                break;
            }
            if (t.is("that") && (k == i || tell || isAdverbialRun(i, k))) {
                return k + 1;
            }
        }
        Token first = doc.token(i);
        if (first.isPunct(':') || first.isPunct(',')) {
            return i + 1 < to && doc.isOpeningMark(i + 1) ? -1 : (first.isPunct(',') ? -1 : i + 1);
        }
        if (doc.isOpeningMark(i)) {
            return -1;
        }
        i = skipAdverbialPhrases(i, to);
        if (tell) {
            Entities.Cluster c = entities.at(i);
            if (c != null) {
                while (i < to && entities.at(i) == c) {
                    i++;
                }
            } else if (OBJECT_WORDS.contains(first.lower)) {
                i++;
                if (i < to && DETERMINERS.contains(first.lower)) {
                    i++;
                }
            }
        }
        return i;
    }

    /** "said in a statement on Monday the plan …": the phrases between verb and clause are not content. */
    private int skipAdverbialPhrases(int i, int to) {
        for (int phrase = 0; phrase < 3 && i < to; phrase++) {
            Token t = doc.token(i);
            if (!(PREPOSITIONS.contains(t.lower) && !t.is("of")) && !(lex.functionWords.contains(t.lower) && t.isCapitalised())) {
                return i;
            }
            int k = i + 1;
            if (k < to && DETERMINERS.contains(doc.token(k).lower)) {
                k++;
            }
            int words = 0;
            while (k < to && words < 4 && doc.token(k).isWord() && !PRONOUNS.contains(doc.token(k).lower)
                    && !DETERMINERS.contains(doc.token(k).lower) && !doc.token(k).is("that")
                    && !(doc.token(k).isCapitalised() && !lex.functionWords.contains(doc.token(k).lower))) {
                k++;
                words++;
            }
            if (k < to && doc.token(k).isPunct(',')) {
                k++;
            }
            i = k;
        }
        return i;
    }

    private boolean isAdverbialRun(int from, int thatIndex) {
        return PREPOSITIONS.contains(doc.token(from).lower) || thatIndex - from <= 2;
    }

    private int contentEnd(int start, int verbEnd, int to, List<int[]> cues, boolean position, int from) {
        int end = to - 1;
        // "While officials push for X, the government insists on Y": the fronted clause ends at its comma
        // (an even number of commas before the cue means they only enclosed an appositive)
        int commas = 0;
        for (int k = from + 1; k < start; k++) {
            if (doc.token(k).isPunct(',')) {
                commas++;
            }
        }
        boolean fronted = SUBORDINATORS.contains(doc.token(from).lower) && !doc.token(from).is("that") && commas % 2 == 0;
        for (int[] cue : cues) {
            int c = cue[0];
            if (c > start + MAX_CONTENT) {
                break;
            }
            if (c > verbEnd && c > start && c <= end) {
                Token before = doc.token(c - 1);
                Token before2 = c - 2 >= 0 ? doc.token(c - 2) : before;
                boolean coordinated = before.is("and") || before.is("but")
                        || ((before2.is("and") || before2.is("but")) && ADVERBS.contains(before.lower));
                if (coordinated) {
                    end = before.is("and") || before.is("but") ? c - 2 : c - 3;
                    break;
                }
            }
        }
        for (int k = start; k <= end; k++) {
            Token t = doc.token(k);
            if (t.isPunct(';') || (doc.isOpeningMark(k) && quoteIsStatement[doc.token(k + 1).quote])) {
                return k - 1;
            }
            if (t.isPunct(',') && k + 2 <= end && doc.token(k + 1).is("according") && doc.token(k + 2).is("to")) {
                return k - 1;
            }
            if (t.isPunct(',') && k > start + 1 && k + 1 <= end) {
                Token next = doc.token(k + 1);
                boolean relative = next.is("who") || next.is("which");
                Lexicon.Verb nextVerb = verbAt(k + 1, to);
                boolean participle = position && next.lower.endsWith("ing") && (nextVerb == null
                        || nextVerb.verbClass() == Lexicon.VerbClass.THAT && !(k + 2 <= end && doc.token(k + 2).is("that")));
                if (fronted || relative || participle) {
                    return k - 1;
                }
            }
            if (k > start + 2 && t.is("following") && !doc.token(k - 1).isPunct(',')) {
                return k - 1;
            }
            if (k - start > MAX_CONTENT) {
                return k;
            }
        }
        return end;
    }

    private int trimTrailing(int first, int last) {
        while (last >= first) {
            Token t = doc.token(last);
            boolean closesInside = doc.isClosingMark(last) && doc.quotes.get(doc.token(last - 1).quote).open >= first;
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct('\u2014') || t.isPunct('\u2013')
                    || (t.isTerminal() && doc.token(first).quote < 0) || doc.isClosingMark(last) && !closesInside
                    || (doc.isOpeningMark(last))) {
                last--;
            } else {
                break;
            }
        }
        return last;
    }

    /** Direct statements are found in text order and never overlap: the last one starting before end decides. */
    private boolean overlapsDirect(int start, int end) {
        int lo = 0;
        int hi = directs.size() - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (directs.get(mid).first() <= end) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate >= 0 && directs.get(candidate).last() >= start;
    }

    // ---- verbs

    private Lexicon.Verb verbAt(int i, int to) {
        Token t = doc.token(i);
        if (!t.isWord()) {
            return null;
        }
        List<Lexicon.Verb> verbs = lex.verbsByFirstWord.get(t.lower);
        if (verbs == null) {
            return null;
        }
        Lexicon.Verb best = null;
        for (Lexicon.Verb verb : verbs) {
            if (doc.wordsAt(i, verb.words(), to) && (best == null || verb.words().length > best.words().length)) {
                best = verb;
            }
        }
        return best;
    }

    /** Rejects nouns ("his claim"), infinitives, passives and gerunds after prepositions. */
    private boolean isVerbUse(int i, Lexicon.Verb verb, int from) {
        Token t = doc.token(i);
        if (t.isCapitalised() && i != from) {
            return false;
        }
        int p = i - 1;
        while (p >= from && ADVERBS.contains(doc.token(p).lower) || p >= from && doc.token(p).lower.endsWith("ly")
                && doc.token(p).isWord() && !doc.token(p).isCapitalised()) {
            p--;
        }
        if (p < from) {
            return t.lower.endsWith("ing") ? false : true;
        }
        Token prev = doc.token(p);
        if (DETERMINERS.contains(prev.lower) || prev.kind == Token.Kind.POSSESSIVE || prev.is("to")
                && !t.lower.endsWith("ed")) {
            return false;
        }
        boolean pastParticiple = t.lower.endsWith("ed") || t.lower.equals("told") || t.lower.equals("said");
        if (pastParticiple && BE.contains(prev.lower)) {
            return false;
        }
        int after = i + verb.words().length;
        if (pastParticiple && after < doc.size() && doc.token(after).is("by") && !prev.isCapitalised()
                && entities.at(p) == null && !PRONOUNS.contains(prev.lower)) {
            return false;
        }
        if (t.lower.endsWith("ing")) {
            if (prev.isPunct(',') || BE.contains(prev.lower)) {
                return true;
            }
            for (int k = i - 1; k >= Math.max(from, i - 5); k--) {
                Token before = doc.token(k);
                if (lex.documentNouns.contains(before.lower) || before.is("with") && entities.at(i - 1) != null) {
                    return true;
                }
            }
            return false;
        }
        if (PREPOSITIONS.contains(prev.lower) && !prev.is("to")) {
            return false;
        }
        if (lex.demonyms.containsKey(prev.lower) && prev.isCapitalised()) {
            return false;
        }
        return prev.isCapitalised() || AUXILIARIES.contains(prev.lower)
                || PRONOUNS.contains(prev.lower) || prev.is("and") || prev.is("but") || prev.is("who")
                || prev.is("that") || prev.is("which") || prev.isPunct(',') || entities.at(p) != null
                || lex.personRoles.contains(prev.lower) || lex.documentNouns.contains(prev.lower)
                || lex.governmentNouns.contains(prev.lower) || lex.orgHeads.contains(prev.lower)
                || prev.is("to") || prev.is("also") || prev.kind == Token.Kind.WORD && pastParticiple
                && !PREPOSITIONS.contains(prev.lower);
    }

    // ---- subjects

    /** The subject of the verb at v: appositives, relative clauses and coordination resolved. */
    private Subject subjectOf(int v, int from, int to) {
        int k = v - 1;
        while (k >= from && (ADVERBS.contains(doc.token(k).lower) || AUXILIARIES.contains(doc.token(k).lower)
                || (doc.token(k).lower.endsWith("ly") && !doc.token(k).isCapitalised() && doc.token(k).isWord())
                || doc.token(k).is("to") && k > from && lex.verbsByFirstWord.containsKey(doc.token(k - 1).lower))) {
            if (doc.token(k).is("to")) {
                k--;
            }
            k--;
        }
        if (k < from) {
            return Subject.NONE;
        }
        Token t = doc.token(k);
        if (t.is("and") || t.is("but")) {
            return mainSubject(from, v);
        }
        if (t.is("that") || t.is("which") || t.is("who")) {
            int end = k - 1;
            if (end >= from && doc.token(end).isPunct(',')) {
                end--;
            }
            int begin = nounPhraseStart(end, from);
            Subject antecedent = resolveNounPhrase(begin, end, v);
            if (endsInDocumentNoun(begin, end) && !hasEntity(begin, end)) {
                Subject main = mainSubject(from, begin);
                if (main.valid()) {
                    return main;
                }
            }
            if (!antecedent.valid()) {
                return mainSubject(from, begin);
            }
            return antecedent;
        }
        if (t.isPunct(',')) {
            Token verb = doc.token(v);
            if (verb.lower.endsWith("ing")) {
                return mainSubject(from, k);
            }
            // skip an appositive or relative clause: "Okafor, who took office in May, has argued"
            int open = k - 1;
            while (open > from && !doc.token(open).isPunct(',') && open > k - 25) {
                open--;
            }
            if (open > from && doc.token(open).isPunct(',')) {
                Token first = doc.token(open + 1);
                Token lastOfSegment = doc.token(k - 1);
                Entities.Cluster named = entities.at(open + 1);
                if (named != null && named.type == EntityType.PERSON && entities.at(k - 1) == named) {
                    // "whose director, Jane Roe, said": the name in commas is the speaker
                    return Subject.of(named);
                }
                if (first.lower.endsWith("ing") || first.lower.endsWith("ed") && !first.isCapitalised()
                        || first.is("who") || first.is("which") || first.is("including") || DETERMINERS.contains(first.lower)
                        || lex.isTitleWord(first.lower) || first.is("attributed")
                        || lex.personRoles.contains(lastOfSegment.lower) || lex.isTitleWord(lastOfSegment.lower)) {
                    k = open - 1;
                } else {
                    return Subject.NONE;
                }
            } else {
                return Subject.NONE;
            }
        }
        if (doc.token(v).lower.endsWith("ing")) {
            // "a report revealing that", "a statement on Friday declaring that"
            int begin = nounPhraseStart(k, from);
            Subject s = resolveNounPhrase(begin, k, v);
            return s.valid() && s.cluster() != null ? s : mainSubject(from, begin);
        }
        int begin = nounPhraseStart(k, from);
        return resolveNounPhrase(begin, k, v);
    }

    private boolean hasDemonym(int begin, int end) {
        for (int k = begin; k <= end; k++) {
            if (entities.demonymAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean hasEntity(int begin, int end) {
        for (int k = begin; k <= end; k++) {
            if (entities.at(k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInDocumentNoun(int begin, int end) {
        for (int k = end; k >= begin; k--) {
            if (lex.documentNouns.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the sentence's main clause, after any fronted adverbial. */
    private Subject mainSubject(int from, int before) {
        int b = from;
        Token first = doc.token(from);
        if (PREPOSITIONS.contains(first.lower) || SUBORDINATORS.contains(first.lower) || first.lower.endsWith("ing")
                || first.lower.endsWith("ly") || lex.functionWords.contains(first.lower) && !DETERMINERS.contains(first.lower)) {
            for (int k = from; k < Math.min(before, from + 25); k++) {
                if (doc.token(k).isPunct(',')) {
                    b = k + 1;
                    break;
                }
            }
        }
        // "LONDON (Reuters) – The ministry said": the dateline is not the subject
        for (int k = b; k < Math.min(before, b + 8); k++) {
            if (isDash(doc.token(k)) && doc.token(b).isAllCaps()) {
                b = k + 1;
                break;
            }
        }
        int e = b;
        while (e < before && isNounPhraseToken(e)) {
            e++;
        }
        if (e == b) {
            return Subject.NONE;
        }
        return resolveNounPhrase(b, e - 1, before);
    }

    private static boolean isDash(Token t) {
        return t.isPunct('\u2013') || t.isPunct('\u2014') || t.isPunct('-');
    }

    private boolean isNounPhraseToken(int k) {
        Token t = doc.token(k);
        return t.isCapitalised() || DETERMINERS.contains(t.lower) || t.kind == Token.Kind.POSSESSIVE
                || entities.at(k) != null || lex.governmentNouns.contains(t.lower) || lex.personRoles.contains(t.lower)
                || lex.documentNouns.contains(t.lower) || PRONOUNS.contains(t.lower)
                || (t.is("and") && k + 1 < doc.size() && DETERMINERS.contains(doc.token(k + 1).lower))
                || t.lower.equals("press") || t.lower.equals("deputy")
                || t.is("of") && k + 1 < doc.size() && (doc.token(k + 1).isCapitalised() || doc.token(k + 1).is("the"));
    }

    private boolean isDeterminerAt(int k) {
        return DETERMINERS.contains(doc.token(k).lower);
    }

    /** Start of the noun phrase that ends at {@code end}, scanning left to a clause boundary. */
    private int nounPhraseStart(int end, int from) {
        int k = end;
        while (k > from && end - k < 20) {
            Token prev = doc.token(k - 1);
            if (prev.isPunct(',') || prev.isPunct(';') || prev.isPunct(':') || prev.isTerminal() || isDash(prev)
                    || prev.kind == Token.Kind.QUOTE || doc.isClosingMark(k - 1)
                    || SUBORDINATORS.contains(prev.lower) && !(prev.is("and") && isDeterminerAt(k))
                    || AUXILIARIES.contains(prev.lower)
                    || lex.verbsByFirstWord.containsKey(prev.lower) && !prev.isCapitalised()) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * Who a noun phrase names: a person in it, else the organisation or place it heads; a
     * country for "the Kenyan government"; the antecedent for pronouns, roles ("the
     * spokeswoman", "the ministry") and documents ("the statement"); unnamed for indefinite
     * people ("an official", "critics").
     */
    private Subject resolveNounPhrase(int begin, int end, int at) {
        if (begin > end) {
            return Subject.NONE;
        }
        // the head comes before post-modifiers: "farmers in Kent county", "woman who ..."
        int coreEnd = end;
        for (int k = begin + 1; k <= end; k++) {
            Token t = doc.token(k);
            if ((PREPOSITIONS.contains(t.lower) || t.is("who") || t.is("which") || t.is("that") || t.isPunct(','))
                    && entities.at(k) == null && !(t.is("of") && lex.isTitleWord(doc.token(k - 1).lower))) {
                coreEnd = k - 1;
                break;
            }
        }
        Entities.Cluster person = null;
        Entities.Cluster other = null;
        for (int k = begin; k <= coreEnd; k++) {
            Entities.Cluster c = entities.at(k);
            if (c == null) {
                continue;
            }
            if (c.type == EntityType.PERSON) {
                person = c;
            } else if (person == null) {
                other = c;
            }
        }
        Token last = doc.token(coreEnd);
        Token first = doc.token(begin);
        boolean governmentHead = lex.governmentNouns.contains(last.lower)
                || person == null && other == null && lex.orgHeads.contains(last.lower) && hasDemonym(begin, coreEnd);
        if (person != null && !governmentHead) {
            return Subject.of(person);
        }
        if (governmentHead) {
            for (int k = begin; k <= coreEnd; k++) {
                String country = entities.demonymAt(k);
                Entities.Cluster c = entities.at(k);
                if (country != null) {
                    return Subject.of(entities.country(country));
                }
                if (c != null && c.type == EntityType.LOCATION) {
                    return Subject.of(c);
                }
            }
            // "the government of Peru"
            if (coreEnd + 2 <= end && doc.token(coreEnd + 1).is("of") && entities.at(coreEnd + 2) != null) {
                return Subject.of(entities.at(coreEnd + 2));
            }
            if (person != null) {
                return Subject.of(person);
            }
        }
        if (other != null) {
            if (last.isWord() && !last.isCapitalised() && entities.at(coreEnd) == null
                    && lex.personRoles.contains(last.lower) && !lex.documentNouns.contains(last.lower)) {
                // "EU officials", "Kenyan authorities": people of that place, unnamed
                return Subject.UNNAMED;
            }
            return Subject.of(other);
        }
        if (begin == coreEnd && PRONOUNS.contains(first.lower)) {
            return pronoun(first.lower, at);
        }
        if (INDEFINITES.contains(first.lower)) {
            // "one resident", "another woman who …", "several analysts": someone, unnamed
            return Subject.UNNAMED;
        }
        boolean definite = first.is("the") || first.is("this") || first.kind == Token.Kind.POSSESSIVE
                || first.is("its") || first.is("their") || first.is("his") || first.is("her");
        if (lex.documentNouns.contains(last.lower)) {
            return lastSpeaker != null ? Subject.of(lastSpeaker) : Subject.NONE;
        }
        if (definite && (lex.orgHeads.contains(last.lower) || lex.orgNouns.contains(last.lower))) {
            Entities.Cluster org = recentOrgWithHead(last.lower, at);
            if (org == null) {
                org = dominantOrg();
            }
            return org != null ? Subject.of(org) : Subject.NONE;
        }
        if (lex.personRoles.contains(last.lower)) {
            if (definite && !last.lower.endsWith("s") && (first.is("the") || first.is("this"))) {
                // "the spokeswoman" is the person introduced as spokeswoman, else someone unnamed
                Entities.Cluster p = entities.roleHolderBefore(last.lower, at);
                return p != null ? Subject.of(p) : Subject.UNNAMED;
            }
            return Subject.UNNAMED;
        }
        if (last.isWord() && !last.isCapitalised() && (last.lower.endsWith("s") || last.lower.endsWith("men"))
                && !lex.functionWords.contains(last.lower)) {
            // a bare plural as the subject of a verb of saying is a group of people: "fishermen said"
            return Subject.UNNAMED;
        }
        return Subject.NONE;
    }

    private Subject pronoun(String word, int at) {
        switch (word) {
            case "he", "she" -> {
                Character gender = word.equals("he") ? 'M' : 'F';
                Entities.Cluster p = recent(EntityType.PERSON, gender);
                if (p == null) {
                    p = recentMention(EntityType.PERSON, gender, at);
                }
                return p != null ? Subject.of(p) : Subject.UNNAMED;
            }
            case "it" -> {
                for (int k = focus.size() - 1; k >= 0; k--) {
                    if (focus.get(k).type != EntityType.PERSON) {
                        return Subject.of(focus.get(k));
                    }
                }
                return Subject.NONE;
            }
            default -> {
                return Subject.UNNAMED;
            }
        }
    }

    private Entities.Cluster recent(EntityType type, Character gender) {
        for (int k = focus.size() - 1; k >= Math.max(0, focus.size() - 12); k--) {
            Entities.Cluster c = focus.get(k);
            if (c.type == type && compatible(c, gender)) {
                return c;
            }
        }
        return null;
    }

    private Entities.Cluster recentMention(EntityType type, Character gender, int at) {
        for (int k = at - 1; k >= 0 && k > at - 400; k--) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c.type == type && compatible(c, gender)) {
                return c;
            }
        }
        return null;
    }

    private boolean compatible(Entities.Cluster c, Character gender) {
        if (gender == null) {
            return true;
        }
        String firstName = Texts.fold(c.canonical.split(" ")[0]);
        Character known = lex.firstNames.get(firstName);
        return known == null || known.equals(gender);
    }

    private Entities.Cluster recentOrgWithHead(String head, int at) {
        for (int k = at - 1; k >= 0 && k > at - 2000; k--) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c.type == EntityType.ORG && Texts.fold(c.canonical).contains(head)) {
                return c;
            }
        }
        return null;
    }

    /** "The company said": the organisation the story mentions most. */
    private Entities.Cluster dominantOrg() {
        Entities.Cluster best = null;
        for (Entities.Cluster c : entities.clusters) {
            if (c.type == EntityType.ORG && (best == null || c.mentions.size() > best.mentions.size())) {
                best = c;
            }
        }
        return best;
    }

    private Entities.Cluster firstEntity(int from, int to) {
        for (int k = from; k < to; k++) {
            if (entities.at(k) != null) {
                return entities.at(k);
            }
        }
        return null;
    }

    private void remember(Entities.Cluster c) {
        if (c == null) {
            return;
        }
        lastSpeaker = c;
        focus.remove(c);
        focus.add(c);
    }
}
