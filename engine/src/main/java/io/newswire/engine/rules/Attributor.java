package io.newswire.engine.rules;

import static io.newswire.engine.rules.Words.ADVERBS;
import static io.newswire.engine.rules.Words.AUXILIARIES;
import static io.newswire.engine.rules.Words.BE;
import static io.newswire.engine.rules.Words.COLLECTIVES;
import static io.newswire.engine.rules.Words.DETERMINERS;
import static io.newswire.engine.rules.Words.OCCASIONS;
import static io.newswire.engine.rules.Words.OBJECT_PRONOUNS;
import static io.newswire.engine.rules.Words.OBJECT_WORDS;
import static io.newswire.engine.rules.Words.PARENTHETICALS;
import static io.newswire.engine.rules.Words.POSTMODIFIERS;
import static io.newswire.engine.rules.Words.PREPOSITIONS;
import static io.newswire.engine.rules.Words.PRONOUNS;
import static io.newswire.engine.rules.Words.SUBORDINATORS;
import static io.newswire.engine.rules.Words.WEEKDAYS;

import io.newswire.engine.EntityType;
import io.newswire.engine.StatementKind;
import io.newswire.engine.rules.Speakers.Subject;
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

    /** Longest reported clause, in tokens: keeps every scan bounded on run-on text. */
    private static final int MAX_CONTENT = 80;
    /** Tokens between a verb of saying and the colon before its quote: "put it more simply on local radio:". */
    private static final int HEAD_CUE_WORDS = 8;
    /** Words that open a clause of what happened at the same time: "as the trial opened". */
    private static final Set<String> WHILE_WORDS = Set.of("as", "when", "while", "after", "before", "amid");
    private static final Set<String> WHEN_PREPOSITIONS = Set.of("on", "in", "at", "during");
    /** The most words of a phrase of time or place before such a clause: "on Monday", "in court on 3 May". */
    private static final int TIME_PHRASE_WORDS = 5;
    /** Words between "with" or a document noun and the participle whose subject they open. */
    private static final int PARTICIPLE_SUBJECT_WORDS = 7;
    /** How far a participle of saying may be from the one joined to it by "and", and from its clause's verb. */
    private static final int PARTICIPLE_PHRASE_WORDS = 40;
    /** Words of a relative clause set in commas inside a reported clause. */
    private static final int MAX_ASIDE = 20;
    /** Prepositions that round a quantity: "about 40", "around a third". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "over", "under");
    /** Words for a share or a round number after "about a": "about a third", "around a dozen". */
    private static final Set<String> FRACTIONS = Set.of("half", "third", "quarter", "fifth", "tenth", "dozen", "hundred", "thousand");
    /** Stems of verbs of judgement that, negated, report that nothing was said: "did not criticise", "has not endorsed". */
    private static final List<String> WITHHELD_WHEN_NEGATED = List.of("criticis", "criticiz", "disput", "endors", "question");
    /** Words an apposed source's affiliation may run to: "Prof. Jane Roe of the Technical University of Munich". */
    private static final int AFFILIATION_WORDS = 12;
    /** Words of the subject in an attribution set inside its clause: ", the finance minister said,". */
    private static final int ASIDE_SUBJECT_WORDS = 4;
    /** Participles that open a description of a document: "according to a report, published on Monday, X". */
    private static final Set<String> SOURCE_PARTICIPLES = Set.of("published", "released", "seen", "obtained", "dated",
            "issued", "filed", "prepared", "commissioned", "leaked", "submitted", "sent", "written");
    /** Conjunctions that may open a sentence without fronting a clause of their own: "But the director said". */
    private static final Set<String> COORDINATORS = Set.of("but", "and", "or", "so");
    private static final Set<String> TAIL_ONLY_CUES = Set.of("read", "continued", "went");
    /** Nouns for an act of saying whose author and content can follow: "a warning from X that Y". */
    private static final Set<String> SPEECH_NOUNS = Set.of("warning", "warnings", "claim", "claims", "pledge",
            "promise", "threat", "assurance", "assurances", "accusation", "allegation", "insistence", "admission");
    /** Verbs that take a position only by naming their object with a quoted label: "called the plan “a gamble”". */
    private static final Set<String> NAMING = Set.of("call", "calls", "called", "calling", "brand", "brands", "branded",
            "branding", "label", "labels", "labelled", "labeled", "labelling", "labeling", "dub", "dubs", "dubbed", "dubbing");
    /** Verbs that make an act public: with a noun phrase alone ("announcing the order") they take no position. */
    private static final Set<String> ANNOUNCING = Set.of("announce", "announces", "announced", "announcing");
    /** Conjunctions that open an adverbial clause of time or reason. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "when", "because", "since", "until");
    /** "say" never takes a plain noun phrase as what is said. */
    /** Words that cannot open the object of a transitive verb of position. */
    private static final Set<String> NO_OBJECT = Set.of("in", "at", "during", "since", "before");
    private static final Set<String> SAY = Set.of("say", "says", "said", "saying");
    /** How long a subject between a relative pronoun and its verb of saying may run: "that many of its critics say". */
    private static final int GAP_SUBJECT_WORDS = 4;
    /** Participles that give a statement's grounds after a comma: "citing", "pointing to". */
    private static final Set<String> EVIDENCE_PARTICIPLES = Set.of("citing", "pointing");
    /** Past participles that open an aside about a document: "seen by this newspaper", "sent to members". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("seen", "written", "sent", "given", "shown", "read");
    /** How long a participle's aside between a verb's addressee and its clause may run. */
    private static final int ASIDE_WORDS = 8;
    /** Words that stand for unnamed people as a subject: "others say", "many argue". */
    private static final Set<String> INDEFINITE_PEOPLE = Set.of("others", "some", "many", "most", "several", "few", "both", "all");

    private final Doc doc;
    private final Entities entities;
    private final Lexicon lex = Lexicon.get();
    private final List<Found> found = new ArrayList<>();
    private final List<Found> directs = new ArrayList<>();
    private final Set<Integer> consumedCues = new HashSet<>();
    /** Quote index -> its speaker (null when unnamed), for continuation. */
    private final Entities.Cluster[] quoteSpeaker;
    private final boolean[] quoteIsStatement;
    /** Quote index -> token of the cue that attributed it, or -1. */
    private final int[] quoteCue;
    private final Speakers speakers;
    /** The cue the last tail or head attribution used, for the direct statement it names. */
    private int attributionCue = -1;
    /** The cue token and speaker of the last attribution, for a participle that continues it ("…,” she said, adding that). */
    private int lastCue = -1;
    private Subject lastCueSubject = Subject.NONE;

    Attributor(Doc doc, Entities entities, StanceReferents referents) {
        this.doc = doc;
        this.entities = entities;
        this.speakers = new Speakers(doc, entities, referents);
        this.quoteSpeaker = new Entities.Cluster[doc.quotes.size()];
        this.quoteIsStatement = new boolean[doc.quotes.size()];
        this.quoteCue = new int[doc.quotes.size()];
    }

    List<Found> find() {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            sentence(s);
        }
        // a quote running over paragraphs has one speaker, wherever its attribution stands
        for (int q = doc.quotes.size() - 1; q >= 0; q--) {
            int prev = doc.quotes.get(q).continues;
            // (an attribution of its own outweighs a speaker guessed from context)
            if (prev >= 0 && quoteIsStatement[q] && quoteSpeaker[q] != null
                    && (quoteSpeaker[prev] == null || quoteCue[prev] < 0 && quoteCue[q] >= 0)) {
                quoteSpeaker[prev] = quoteSpeaker[q];
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (f.kind() == StatementKind.DIRECT) {
                int q = doc.token(f.first()).quote;
                out.add(new Found(f.kind(), f.first(), f.last(), quoteSpeaker[q], f.cue(), f.cueToken()));
            } else {
                // "TOKYO — A single dose cut …, researchers said": the dateline is no part of what they said
                int first = afterDateline(f.first(), f.last());
                out.add(first == f.first() ? f : new Found(f.kind(), first, f.last(), f.speaker(), f.cue(), f.cueToken()));
            }
        }
        out.sort(Comparator.comparingInt(Found::first));
        return out;
    }

    /** The first token after a dateline that opens [first, last] with a word in capitals ("AIGLE, Switzerland -"); else first. */
    private int afterDateline(int first, int last) {
        Token opening = doc.token(first);
        return opening.isWord() && opening.isAllCaps() && opening.text.length() >= 2 ? doc.afterDateline(first, last, k -> entities.at(k) != null) : first;
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
            if (isAccordingTo(i) && !consumedCues.contains(i) && !hasSpeechCueBefore(cues, i, to)) {
                accordingTo(i, from, to);
            }
            if (SPEECH_NOUNS.contains(doc.token(i).lower) && doc.token(i).quote < 0) {
                speechNoun(i, from, to);
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
            speakers.focusOn(opening);
        } else if (opening != null && opening.type == EntityType.ORG && doc.token(from).quote < 0 && opensAsSubject(opening, from, to)) {
            // "The Coast Guard gave a different account. … it said": the organisation a sentence is about is "it"
            speakers.focusOnOrganisation(opening);
        }
    }

    /**
     * "In its letter, the agency said X, according to excerpts": the verb of saying names the
     * speaker, and a document only backs it ("X recommended Y, according to a report sent to
     * clients"); but in "X had turned down two offers, according to people familiar with the
     * talks" the position is what the source reports.
     */
    private boolean hasSpeechCueBefore(List<int[]> cues, int i, int to) {
        for (int[] cue : cues) {
            if (cue[0] < i && (verbAt(cue[0], to).verbClass() != Lexicon.VerbClass.POSITION || namesDocument(i + 2, to))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun phrase from k names a document: "a report sent to clients", "the court filing". */
    private boolean namesDocument(int k, int to) {
        for (int n = k; n < to && n < k + 4 && doc.token(n).isWord(); n++) {
            if (lex.documentNouns.contains(doc.token(n).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entity near the sentence start is followed by a lower-case word: its subject, not a possessor. */
    private boolean opensAsSubject(Entities.Cluster c, int from, int to) {
        int k = from;
        while (k < to && entities.at(k) != c) {
            k++;
        }
        while (k < to && entities.at(k) == c) {
            k++;
        }
        return k < to && doc.token(k).isWord() && !doc.token(k).isCapitalised();
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
        Entities.Cluster author = documentAuthor(npStart, npEnd);
        Subject subject = author != null ? Subject.of(entities.actor(author)) : speakers.resolveNounPhrase(npStart, npEnd - 1, i);
        if (!subject.valid()) {
            // "according to people familiar with the matter": a source, unnamed
            subject = Subject.UNNAMED;
        }
        int start;
        int end;
        if (i == from && npEnd < to && doc.token(npEnd).isPunct(',')) {
            start = npEnd + 1;
            int name = speakers.afterTitles(start, to - 1);
            Entities.Cluster apposed = entities.at(name);
            int afterName = name;
            while (afterName < to && apposed != null && entities.at(afterName) == apposed) {
                afterName++;
            }
            if (apposed != null && afterName < to && (doc.token(afterName).is("of") || doc.token(afterName).is("at"))) {
                // "According to the expert, Prof. Jane Roe of the Technical University, X": her affiliation is the source's
                int comma = afterName + 1;
                while (comma < to && comma < afterName + AFFILIATION_WORDS && !doc.token(comma).isPunct(',') && !doc.token(comma).isTerminal()) {
                    comma++;
                }
                afterName = comma;
            }
            if (apposed != null && apposed.type == EntityType.PERSON && afterName < to && doc.token(afterName).isPunct(',')) {
                // "According to the Solicitor-General, Jane Roe, who led the team, X": the source's name in apposition
                subject = Subject.of(apposed);
                start = afterName + 1;
            }
            if (start < to && (doc.token(start).is("which") || doc.token(start).is("who") || SOURCE_PARTICIPLES.contains(doc.token(start).lower))) {
                // "According to the ministry, which is coordinating the case, X": the relative clause describes the source,
                // as does "According to an analysis by the budget office, published on Monday, X"
                int close = start + 1;
                while (close < to && close < start + 25 && !doc.token(close).isPunct(',')) {
                    close++;
                }
                if (close >= to || !doc.token(close).isPunct(',')) {
                    return;
                }
                start = close + 1;
            }
            end = contentEnd(start, start, to, List.of(), false, start);
        } else if (i > from + 2 && doc.token(i - 1).isPunct(',') && !isFrontedAdverbial(from, i - 1)) {
            start = from;
            end = i - 2;
        } else {
            return;
        }
        end = trimTrailing(start, end);
        if (end - start + 1 < 2 || overlapsDirect(start, end)) {
            return;
        }
        speakers.remember(subject, start);
        found.add(new Found(StatementKind.INDIRECT, start, end, subject.cluster(), "according to", i));
    }

    /** The author of a document named from token k to end: "a research note from Banco Austral", "an analysis by the PBO". */
    private Entities.Cluster documentAuthor(int k, int end) {
        for (int n = k; n + 2 < end && n < k + 4 && doc.token(n).isWord(); n++) {
            Token by = doc.token(n + 1);
            int name = doc.token(n + 2).is("the") ? n + 3 : n + 2;
            if (lex.documentNouns.contains(doc.token(n).lower) && (by.is("from") || by.is("by") || by.is("of"))
                    && name < end && entities.at(name) != null && entities.at(name).type != EntityType.LOCATION) {
                return entities.at(name);
            }
        }
        return null;
    }

    /** "Behind closed doors, according to X, she argued …": a prepositional phrase alone is no content. */
    private boolean isFrontedAdverbial(int from, int comma) {
        if (!PREPOSITIONS.contains(doc.token(from).lower) || comma - from > 5) {
            return false;
        }
        for (int k = from; k < comma; k++) {
            if (AUXILIARIES.contains(doc.token(k).lower) || verbAt(k, comma) != null) {
                return false;
            }
        }
        return true;
    }

    /** "a warning from Beijing that X", "assurances by the ministry that X": the author and the content. */
    private void speechNoun(int i, int from, int to) {
        Token by = doc.token(i + 1);
        if (!(by.is("from") || by.is("by")) || i + 2 >= to) {
            return;
        }
        Entities.Cluster author = entities.at(i + 2);
        int k = i + 2;
        while (author != null && k < to && entities.at(k) == author) {
            k++;
        }
        if (author == null || k + 1 >= to || !doc.token(k).is("that")) {
            return;
        }
        int start = k + 1;
        int end = trimTrailing(start, contentEnd(start, start, to, List.of(), false, from));
        if (end - start + 1 < 2 || overlapsDirect(start, end)) {
            return;
        }
        Subject subject = Subject.of(entities.actor(author));
        speakers.remember(subject, start);
        found.add(new Found(StatementKind.INDIRECT, start, end, subject.cluster(), doc.token(i).lower, i));
    }

    // ---- direct quotes

    private void direct(int q, int s, int from, int to) {
        if (entities.isQuotedTitle(q)) {
            // "a 2014 report, “Dams, Debris and Disaster in the Upper Ganga”": a title says nothing
            return;
        }
        Quote quote = doc.quotes.get(q);
        int before = quote.open - 1;
        boolean clauseStart = before < from || before < doc.paragraphStarts[quote.paragraph]
                || doc.token(before).isTerminal() || doc.token(before).isPunct(':') || doc.token(before).isPunct(',')
                || doc.token(before).isPunct('\u2014') || doc.token(before).isPunct('\u2013') || doc.isClosingMark(before)
                || quote.continues >= 0;
        attributionCue = -1;
        Subject subject = tailAttribution(quote, tailEnd(quote, s, to));
        if (!subject.valid()) {
            subject = headAttribution(quote, from);
        }
        boolean attributed = subject.valid();
        if (!clauseStart && !attributed) {
            return;
        }
        if (!clauseStart && quote.close >= 0 && quote.close + 1 < to && doc.token(quote.close + 1).isWord()
                && !doc.token(quote.close + 1).isCapitalised() && verbAt(quote.close + 1, to) == null && cueBefore(quote.open, from)) {
            // "said the trucks were held “in full accordance with the law” for breaking rules": words
            // quoted inside a reported clause that goes on are part of it
            return;
        }
        if (!clauseStart && attributionCue > quote.close && doc.token(from).quote < 0) {
            // "Sales remain “broadly stable,” the chief said": the quoted words end a reported clause
            partialQuote(quote, from, subject);
            return;
        }
        Subject introducer = !attributed && before > from && doc.token(before).isPunct(':') && quote.continues < 0
                ? speakers.mainSubject(from, before) : Subject.NONE;
        if (introducer.valid() && introducer.cluster() != null) {
            // "X put the dispute in a wider context: “…”": the subject of the clause the colon ends speaks
            subject = introducer;
        } else if (!attributed) {
            if (quote.continues >= 0 && quoteIsStatement[quote.continues]) {
                subject = Subject.of(quoteSpeaker[quote.continues]);
            } else {
                Found previous = previousStatement(quote.paragraph, quote.open);
                Found introduced = before < from ? introducedBefore(quote.paragraph) : null;
                if (previous != null && quote.words() >= 2) {
                    subject = Subject.of(previous.speaker());
                } else if (introduced != null && quote.words() >= 4) {
                    // "X, a fellow at Y, said the risk was political.¶“The legal risk is real …”": the quote
                    // paragraph goes on with the speaker the paragraph before ended with
                    subject = Subject.of(introduced.speaker());
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
        quoteCue[q] = attributionCue;
        if (attributionCue >= 0) {
            rememberCue(attributionCue, subject);
        }
        quoteSpeaker[q] = subject.cluster();
        speakers.remember(subject, quote.first);
        String cue = attributionCue < 0 ? null : cueText(attributionCue);
        Found direct = new Found(StatementKind.DIRECT, quote.first, last, subject.cluster(), cue, attributionCue);
        found.add(direct);
        directs.add(direct);
    }

    /** Whether a verb of saying stands before token k in its sentence, outside quotes. */
    private boolean cueBefore(int k, int from) {
        for (int i = Math.max(from, k - MAX_CONTENT); i < k; i++) {
            Lexicon.Verb verb = doc.token(i).quote < 0 && doc.token(i).isWord() ? verbAt(i, k) : null;
            if (verb != null && isVerbUse(i, verb, from)) {
                return true;
            }
        }
        return false;
    }

    private void partialQuote(Quote quote, int from, Subject subject) {
        int end = trimTrailing(from, quote.close);
        if (end - from + 1 < 2 || overlapsDirect(from, end)) {
            return;
        }
        speakers.remember(subject, from);
        rememberCue(attributionCue, subject);
        found.add(new Found(StatementKind.INDIRECT, from, end, subject.cluster(), cueText(attributionCue), attributionCue));
    }

    /**
     * Whose words an unattributed quote at token {@code open} goes on with: the last direct
     * statement in this paragraph, or a reported one of a named speaker after it ("Judge X argued
     * that A. He put it bluntly: “…”"); else the direct one that ends the paragraph before.
     */
    private Found previousStatement(int paragraph, int open) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            boolean reportedHere = f.kind() == StatementKind.INDIRECT && f.speaker() != null && f.last() < open
                    && doc.token(f.first()).paragraph == paragraph;
            if (f.kind() != StatementKind.DIRECT && !reportedHere) {
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

    /**
     * The reported statement by a named speaker that ends the paragraph before, in its last
     * sentence: who a quote opening the next paragraph with no attribution of its own belongs to.
     */
    private Found introducedBefore(int paragraph) {
        Found last = paragraph > 0 ? lastStatementOfParagraph(paragraph - 1) : null;
        if (last == null || last.kind() != StatementKind.INDIRECT || last.speaker() == null) {
            return null;
        }
        int lastSentence = doc.token(doc.paragraphStarts[paragraph] - 1).sentence;
        return doc.token(last.first()).sentence == lastSentence ? last : null;
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

    /**
     * Where the attribution after a quote may end: the sentence's end, or the next sentence's when a
     * question or exclamation closes the quote and its sentence ("“Who pays?” Anna Berg asked."),
     * in the same paragraph.
     */
    private int tailEnd(Quote quote, int s, int to) {
        boolean asks = doc.token(quote.last).isPunct('?') || doc.token(quote.last).isPunct('!');
        if (!asks || quote.close < 0 || quote.close + 1 < to || s + 1 >= doc.sentenceCount()) {
            return to;
        }
        int next = doc.sentenceStart(s + 1);
        return next < doc.size() && doc.token(next).paragraph == quote.paragraph && doc.token(next).quote < 0
                && !doc.isOpeningMark(next) ? doc.sentenceEnd(s + 1) : to;
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
            return speakers.resolveNounPhrase(start + 2, end - 1, start);
        }
        int limit = Math.min(to, start + 30);
        for (int k = start; k < limit; k++) {
            Token t = doc.token(k);
            // a quote inside a name is part of the name: 'Arnel “Jun” Macaraeg said'
            if ((t.quote >= 0 || doc.isOpeningMark(k)) && entities.at(k) == null) {
                break;
            }
            if (t.is("attributed") && k + 2 < to && doc.token(k + 1).is("to")) {
                Entities.Cluster c = speakers.firstEntity(k + 2, Math.min(to, k + 8));
                if (c != null) {
                    consumeCuesIn(start, limit);
                    attributionCue = k;
                    return Subject.of(c);
                }
            }
            if (EVIDENCE_PARTICIPLES.contains(t.lower)) {
                // "said the state would “not interfere”, citing FIFA rules that forbid it": the grounds, no attribution
                return Subject.NONE;
            }
            Lexicon.Verb verb = verbAt(k, to);
            if (verb != null && !isVerbUse(k, verb, start)) {
                continue;
            }
            if (verb != null && k > start && (doc.token(k - 1).is("and") || doc.token(k - 1).is("but"))) {
                // "vowed to appeal “all the way”, the arbiter — and said he …": a verb joined to the clause's own, no attribution
                return Subject.NONE;
            }
            if (verb != null && k > start && PREPOSITIONS.contains(doc.token(start).lower) && !hasCommaBetween(start, k)) {
                // "…”, under FIFA rules.": a phrase that opens with a preposition is no subject, its noun no verb
                return Subject.NONE;
            }
            if (verb != null || TAIL_ONLY_CUES.contains(t.lower)) {
                int verbEnd = verb == null ? k : k + verb.words().length - 1;
                int complement = skipAdverbialPhrases(verbEnd + 1, to);
                if (k == start && complement < to && doc.token(complement).is("that")) {
                    // "Taiwan, whose industry is called its “silicon shield”, said on Wednesday that …": the verb reports a
                    // clause of its own, it attributes no quote
                    return Subject.NONE;
                }
                consumedCues.add(k);
                attributionCue = k;
                Subject subject = k > start ? speakers.resolveNounPhrase(start, k - 1, k) : Subject.NONE;
                if (!subject.valid() && k == start) {
                    int end = verbEnd + 1;
                    while (end < to && !doc.token(end).isPunct(',') && !(doc.token(end).isTerminal() && !doc.isAbbreviationPeriod(end))
                            && end < verbEnd + 10) {
                        end++;
                    }
                    // ",” said the group's president, Jane Roe.": the name in apposition
                    // ",” said the presiding judge, Dr. Jane Roe, as she": after the name's title
                    int name = end + 1 < to && doc.token(end).isPunct(',') ? speakers.afterTitles(end + 1, to - 1) : -1;
                    Entities.Cluster apposed = name >= 0 ? entities.at(name) : null;
                    if (apposed != null && apposed.type == EntityType.PERSON) {
                        end = name;
                        while (end < to && entities.at(end) == apposed) {
                            end++;
                        }
                    }
                    subject = speakers.resolveNounPhrase(verbEnd + 1, end - 1, k);
                    Entities.Cluster named = subject.valid() && subject.cluster() == null ? nameGiven(end, to) : null;
                    if (named != null) {
                        subject = Subject.of(named);
                    }
                }
                return subject;
            }
        }
        return Subject.NONE;
    }

    /**
     * ",” said one driver, who gave only his first name, Tomas.", "…, identified only as Tomas.": the
     * name an unnamed speaker gave, ending the sentence after "name" or "identified".
     */
    private Entities.Cluster nameGiven(int comma, int to) {
        boolean naming = false;
        for (int k = comma + 1; k < to && k < comma + 14; k++) {
            Token t = doc.token(k);
            naming |= t.is("name") || t.is("identified");
            Entities.Cluster c = entities.at(k);
            if (naming && c != null && c.type == EntityType.PERSON && (doc.token(k - 1).isPunct(',') || doc.token(k - 1).is("as"))) {
                int e = k;
                while (e < to && entities.at(e) == c) {
                    e++;
                }
                return e >= to || doc.token(e).isTerminal() ? c : null;
            }
        }
        return null;
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
        if (clauseStart) {
            k--;
        }
        if (k >= from && doc.token(k).is("that")) {
            k--;
        }
        if (k < from) {
            return Subject.NONE;
        }
        // "“A,” she said, “B.”": the attribution between the halves already named the first one's speaker
        int previous = clauseStart ? statementClosingBefore(k, from) : -1;
        if (previous >= 0) {
            attributionCue = quoteCue[previous];
            return Subject.of(quoteSpeaker[previous]);
        }
        // the cue may be a few words back: "she told reporters:", "said on Friday:", "put it more simply on local radio:"
        for (int v = k; v >= Math.max(from, k - HEAD_CUE_WORDS); v--) {
            if (doc.token(v).quote >= 0 || doc.isClosingMark(v) || v < k && doc.token(v).isPunct(',')) {
                break;
            }
            Lexicon.Verb verb = verbAt(v, quote.open);
            if (verb != null && !isVerbUse(v, verb, from)) {
                continue;
            }
            if (verb != null && v + verb.words().length - 1 < k && !clauseStart) {
                break;
            }
            if (verb != null && !clauseStart && verb.verbClass() == Lexicon.VerbClass.POSITION) {
                // "lodged “the strongest possible protest”", "opposed “any attempt”": the quote is the verb's object
                break;
            }
            if (verb != null) {
                consumedCues.add(v);
                attributionCue = v;
                return speakers.subjectOf(v, from, doc.sentenceEnd(doc.token(v).sentence));
            }
        }
        return Subject.NONE;
    }

    /** The direct statement whose closing mark stands a few tokens before k in the sentence, or -1. */
    private int statementClosingBefore(int k, int from) {
        for (int b = k; b >= from && b >= k - 30; b--) {
            if (doc.isClosingMark(b)) {
                int q = doc.token(b - 1).quote;
                return q >= 0 && quoteIsStatement[q] && b < k ? q : -1;
            }
        }
        return -1;
    }

    // ---- reported speech

    private void rememberCue(int cue, Subject subject) {
        lastCue = cue;
        lastCueSubject = subject;
    }

    /**
     * A participle after a comma shares the subject of the attribution before it in the sentence:
     * "…,” she said, adding that …", "X rose, said the minister, warning that …".
     */
    private Subject participleSubject(int v, int from) {
        boolean participle = doc.token(v).lower.endsWith("ing") && v > from && (doc.token(v - 1).isPunct(',')
                || doc.token(v - 1).is("while") && v - 1 > from && doc.token(v - 2).isPunct(','));
        int p = v - 1;
        while (p > from && ADVERBS.contains(doc.token(p).lower)) {
            p--;
        }
        // "X's deputy minister, Y, said … and called on …", "Z welcomed the order and thanked the judges":
        // a second verb phrase of the same subject (after a position, a position of its own)
        boolean coordinated = p > from && (doc.token(p).is("and") || doc.token(p).is("but")) && lastCue >= 0
                && verbAt(lastCue, doc.size()) != null;
        return (participle || coordinated) && lastCue >= from && lastCue < v && lastCueSubject.valid() ? lastCueSubject : Subject.NONE;
    }

    /** A verb of saying in its -ing form at k: "adding", "warning", "saying". */
    private boolean reportsAnother(int k, int to) {
        Token t = doc.token(k);
        return k < to && t.isWord() && !t.isCapitalised() && t.lower.endsWith("ing") && verbAt(k, to) != null;
    }

    private void indirect(int v, int verbEnd, int from, int to, List<int[]> cues) {
        Lexicon.Verb verb = verbAt(v, to);
        Subject subject = participleSubject(v, from);
        if (!subject.valid()) {
            subject = speakers.subjectOf(v, from, to);
        }
        int start;
        int aside = attributionAside(v, verbEnd, from, to, verb);
        if (aside >= 0) {
            // "Säntis, he said, had spent more than any team": the attribution stands inside its clause;
            // "Prices will rise, the bank said, adding that …": or after it, and a participle adds a statement of its own
            int end = trimTrailing(from, reportsAnother(verbEnd + 2, to) ? aside - 1
                    : contentEnd(verbEnd + 2, verbEnd, to, cues, false, from));
            if (subject.valid() && !overlapsDirect(from, end) && !sameSpanFound(from, end)) {
                speakers.remember(subject, from);
                rememberCue(v, subject);
                found.add(new Found(StatementKind.INDIRECT, from, end, subject.cluster(), verb.cue(), v));
            }
            return;
        }
        if (verb.verbClass() == Lexicon.VerbClass.POSITION) {
            start = negatedStart(v, from);
            boolean perfect = start < v && (doc.token(start).is("has") || doc.token(start).is("have")) && doc.token(start + 1).is("not");
            if (start < v && (perfect || WITHHELD_WHEN_NEGATED.stream().anyMatch(doc.token(v).lower::startsWith))) {
                // "did not criticise the court", "has not endorsed the date": a judgement withheld is no statement,
                // as annotators read it six times in six, while "did not oppose the bill" takes a position (six in six);
                // "has not opposed the cuts" reports only what has not happened (seven in seven)
                return;
            }
        } else {
            start = complementStart(verbEnd + 1, to, verb.verbClass() == Lexicon.VerbClass.TELL);
        }
        boolean tell = verb.verbClass() == Lexicon.VerbClass.TELL;
        boolean appeal = tell && isAppeal(verbEnd + 1, to);
        if (appeal) {
            // "urged the agency to reconsider": an appeal too short to stand alone, the verb phrase is the content
            verb = new Lexicon.Verb(verb.cue(), Lexicon.VerbClass.POSITION, verb.words());
            start = v;
        } else if (tell && start > verbEnd + 1 && start < to && AUXILIARIES.contains(doc.token(start).lower)) {
            // "warned the standoff could cost …": what looked like the addressee is the clause's subject
            start = complementStart(verbEnd + 1, to, false);
        }
        if (start < 0) {
            return;
        }
        // ("a law that critics say would hand …": the relative pronoun is the reported clause's subject, its verb the content)
        boolean subjectless = verb.verbClass() != Lexicon.VerbClass.POSITION && start < to
                && AUXILIARIES.contains(doc.token(start).lower) && !isGapInRelative(v, from);
        if (subjectless || isAnonymityRequest(start, to) || verb.verbClass() != Lexicon.VerbClass.POSITION
                && start < to && Words.QUESTION_WORDS.contains(doc.token(start).lower) && negatedStart(v, from) < v) {
            // "did not say when its review would end", "has not said whether it will appeal": what is left unsaid
            return;
        }
        int end = contentEnd(start, verbEnd, to, cues, verb.verbClass() == Lexicon.VerbClass.POSITION, from);
        int pronoun = relativePronounBefore(v, from);
        boolean afterComma = pronoun >= 0 && doc.token(pronoun - 1).isPunct(',') && !doc.token(pronoun).is("that");
        boolean describing = pronoun >= 0 && !afterComma && describesApposedNoun(pronoun, from, to);
        boolean closedAside = false;
        if (afterComma || describing) {
            // "X, which says it has had 600 complaints, criticised Y", "X, the carrier that had urged CADE to veto
            // the deal, said …": the aside ends at its comma
            for (int k = start + 1; k < end; k++) {
                if (doc.token(k).isPunct(',') && doc.token(k).quote < 0) {
                    end = k - 1;
                    closedAside = true;
                    break;
                }
            }
        }
        if ((verb.verbClass() == Lexicon.VerbClass.CLAUSE && !SAY.contains(doc.token(v).lower)
                || tell && start < to && !OBJECT_WORDS.contains(doc.token(start).lower)) && start == verbEnd + 1 && isObjectOnly(start, end)) {
            if (ANNOUNCING.contains(doc.token(v).lower)) {
                // "told the legislature, announcing the order": an act made public, no position taken
                return;
            }
            // "denied any wrongdoing", "confirmed the deal", "urged calm": an object, not a clause; the verb phrase is the content
            start = v;
        }
        if (closedAside && !appeal && (verb.verbClass() == Lexicon.VerbClass.POSITION || start == v
                || describing && !doc.token(start).is("to") && !opensFiniteClause(start, end))) {
            // "Spain, which has pushed for the deal, also defended …", "the lawyer who argued the case for the
            // villagers, said …": an aside before the verb describes the speaker; only a reported clause or an
            // appeal in it is a statement
            return;
        }
        // "X, the bank said in its quarterly review, adding that Y": what the participle reports is no content of this verb
        boolean inverted = verb.verbClass() != Lexicon.VerbClass.POSITION && (end - start + 1 < 2 || endsInAdverbialOnly(start, end)
                || start > verbEnd + 1 && doc.token(start - 1).isPunct(',') && reportsAnother(start, to));
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
                    subject = speakers.resolveNounPhrase(verbEnd + 1, end, v);
                }
                start = from;
                end = comma - 1;
            } else {
                return;
            }
        }
        if (verb.verbClass() == Lexicon.VerbClass.POSITION && verb.words().length == 1 && verbEnd + 1 < to
                && NO_OBJECT.contains(doc.token(verbEnd + 1).lower)) {
            // "whom he has praised in the past": the object went before, the words after are circumstance
            return;
        }
        if (verb.verbClass() == Lexicon.VerbClass.POSITION && trimTrailing(start, end) == verbEnd) {
            // "…, a claim the ministry rejected.": the object stands before its subject
            int noun = claimNounBefore(v, from);
            if (noun < 0) {
                return;
            }
            int subjectStart = doc.token(noun + 1).is("that") || doc.token(noun + 1).is("which") ? noun + 2 : noun + 1;
            subject = speakers.resolveNounPhrase(subjectStart, v - 1, v);
            start = noun > from && DETERMINERS.contains(doc.token(noun - 1).lower) ? noun - 1 : noun;
        }
        if (!subject.valid() || end < start) {
            return;
        }
        end = trimTrailing(start, end);
        if (end - start + 1 < 2 || overlapsDirect(start, end) || sameSpanFound(start, end)) {
            return;
        }
        speakers.remember(subject, start);
        rememberCue(v, subject);
        found.add(new Found(StatementKind.INDIRECT, start, end, subject.cluster(), verb.cue(), v));
    }

    /** The relative pronoun right before the verb at v, past one auxiliary ("which says", "that had urged"), or -1. */
    private int relativePronounBefore(int v, int from) {
        int r = v - 1;
        // "which can also appeal", "who has long argued": auxiliaries and adverbs before the verb
        while (r > from && v - r <= 3 && (AUXILIARIES.contains(doc.token(r).lower) || Words.ADVERBS.contains(doc.token(r).lower))) {
            r--;
        }
        int day = speakers.dayPhraseStart(r, from);
        if (day > from) {
            // "which last year warned", "who on Monday urged"
            r = day - 1;
        }
        if (r <= from) {
            return -1;
        }
        Token pronoun = doc.token(r);
        return pronoun.is("which") || pronoun.is("who") || pronoun.is("that") ? r : -1;
    }

    /** "a law that critics say would …", "a plan which analysts believe will …": a subject of a few words after "that". */
    private boolean isGapInRelative(int v, int from) {
        for (int k = v - 1; k > from && v - k <= GAP_SUBJECT_WORDS + 1; k--) {
            Token t = doc.token(k);
            if (t.is("that") || t.is("which")) {
                return k < v - 1 && !doc.token(k - 1).isPunct(',') && verbAt(k - 1, v) == null;
            }
            if (!t.isWord() || verbAt(k, v) != null || AUXILIARIES.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "X, the low-cost carrier that …": the relative pronoun at r describes a noun set off by an aside's comma. */
    private boolean describesApposedNoun(int r, int from, int to) {
        for (int k = r - 1; k > from && r - k <= MAX_ASIDE; k--) {
            Token t = doc.token(k);
            if (t.isPunct(',')) {
                return k < r - 1 && DETERMINERS.contains(doc.token(k + 1).lower);
            }
            if (!t.isWord() || verbAt(k, to) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * The comma that opens an attribution set inside its clause, ", he said," after at least two
     * words of a sentence with no quotation, or -1.
     */
    private int attributionAside(int v, int verbEnd, int from, int to, Lexicon.Verb verb) {
        if (verb.verbClass() != Lexicon.VerbClass.CLAUSE || verbEnd + 2 >= to || !doc.token(verbEnd + 1).isPunct(',')
                || doc.isOpeningMark(verbEnd + 2)) {
            return -1;
        }
        int comma = v - 1;
        while (comma > from && v - comma <= ASIDE_SUBJECT_WORDS && doc.token(comma).isWord()) {
            comma--;
        }
        if (comma - from < 1 || !doc.token(comma).isPunct(',') || comma == v - 1) {
            return -1;
        }
        // bounded like every clause: a run-on line of attributions stays linear
        for (int k = Math.max(from, comma - MAX_CONTENT); k < Math.min(to, verbEnd + MAX_CONTENT); k++) {
            Token t = doc.token(k);
            int open = doc.isOpeningMark(k) ? k : t.quote >= 0 ? doc.quotes.get(t.quote).open : -1;
            // "The decree, it said, gave ministers powers “wider than …”": words quoted inside the clause after the aside
            if (open >= 0 && !(open > verbEnd + 2 && doc.token(open - 1).isWord())) {
                return -1;
            }
        }
        return comma;
    }

    private static boolean isNegation(Token t) {
        return t.is("not") || t.is("never") || t.is("n't");
    }

    /** "did not back the plan", "has never endorsed X": a position held in the negative keeps its negation. */
    private int negatedStart(int v, int from) {
        int k = v - 1;
        while (k > from && !isNegation(doc.token(k)) && (ADVERBS.contains(doc.token(k).lower)
                || doc.token(k).lower.endsWith("ly") && doc.token(k).isWord() && !doc.token(k).isCapitalised())) {
            // "has not publicly opposed"
            k--;
        }
        if (k - 1 >= from && isNegation(doc.token(k))
                && AUXILIARIES.contains(doc.token(k - 1).lower) && !BE.contains(doc.token(k - 1).lower)) {
            return k - 1;
        }
        return v;
    }

    /** An object of a few words and then a quoted label: "called Petro an “illegal leader”", not "a firm called “Arc”". */
    private boolean namesWithQuotedLabel(int i) {
        for (int k = i + 1; k < Math.min(doc.size(), i + 7); k++) {
            Token t = doc.token(k);
            if (doc.isOpeningMark(k)) {
                // a label of one word inside a noun phrase is a scare quote: "called RSV the “forgotten” virus";
                // one that ends the clause is the label: "called the strike “irresponsible” and said"
                Quote label = doc.quotes.get(doc.token(k + 1).quote);
                return k > i + 1 && (label.words() >= 2 || label.close > 0 && endsClause(label.close + 1));
            }
            if (!t.isWord() && t.kind != Token.Kind.POSSESSIVE || t.is("for") || t.is("on") || t.is("off") || t.is("in")) {
                return false;
            }
        }
        return false;
    }

    private boolean endsClause(int k) {
        return k >= doc.size() || !doc.token(k).isWord() || doc.token(k).is("and") || doc.token(k).is("but");
    }

    /**
     * An addressee of a few words and then a short infinitive ending the clause: "urged its partners to
     * act", "told him to leave"; a longer one ("urged X to seek a deal") is content on its own.
     */
    private boolean isAppeal(int i, int to) {
        for (int k = i + 1; k < Math.min(to - 1, i + 6); k++) {
            Token t = doc.token(k);
            if (t.is("to")) {
                int end = k + 1;
                while (end < to && doc.token(end).isWord()) {
                    end++;
                }
                return end - k <= 3 && doc.token(k + 1).isWord() && !DETERMINERS.contains(doc.token(k + 1).lower);
            }
            if (!t.isWord() || t.is("that") || PRONOUNS.contains(t.lower) || AUXILIARIES.contains(t.lower)
                    || PREPOSITIONS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** The claim noun a few words before the verb with only its subject between, or -1. */
    private int claimNounBefore(int v, int from) {
        for (int k = v - 2; k >= from && k >= v - 7; k--) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                return -1;
            }
            if (StanceReferents.isClaim(t.lower)) {
                return k;
            }
        }
        return -1;
    }

    /** A short noun phrase with no verb of its own that fills the whole complement: "any wrongdoing". */
    private boolean isObjectOnly(int start, int end) {
        Token first = doc.token(start);
        if (doc.token(end).isTerminal()) {
            end--;
        }
        if (end == start && first.isWord() && !first.isCapitalised() && !PRONOUNS.contains(first.lower)
                && !AUXILIARIES.contains(first.lower) && !lex.functionWords.contains(first.lower)) {
            // "denied wrongdoing"
            return end + 1 < doc.size() && doc.token(end + 1).isTerminal();
        }
        if (end - start > 3 || end < start + 1 || !(DETERMINERS.contains(first.lower) || first.is("all"))) {
            return false;
        }
        for (int k = start + 1; k <= end; k++) {
            Token t = doc.token(k);
            // a past tense makes it a clause: "the talks failed"
            if (!t.isWord() || t.lower.endsWith("ed") || AUXILIARIES.contains(t.lower) || PRONOUNS.contains(t.lower) || t.is("that")
                    || verbAt(k, end + 1) != null) {
                return false;
            }
        }
        return end + 1 < doc.size() && doc.token(end + 1).isTerminal();
    }

    /** "asking not to be named", "asked to remain anonymous": a condition of speaking, not content. */
    private boolean isAnonymityRequest(int start, int to) {
        int k = start;
        if (k < to && doc.token(k).is("not")) {
            k++;
        }
        return k + 2 < to && doc.token(k).is("to") && (doc.token(k + 1).is("be") || doc.token(k + 1).is("remain"))
                && (doc.token(k + 2).lower.endsWith("ed") || doc.token(k + 2).is("anonymous"));
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
        // "…, she said on Monday", "…, he said again"; not an object: "denied any wrongdoing"
        if (end - start + 1 <= 3) {
            return PREPOSITIONS.contains(doc.token(start).lower)
                    || lex.functionWords.contains(doc.token(start).lower) && !Words.DETERMINERS.contains(doc.token(start).lower);
        }
        // "…, a prosecutor told the court on Monday as the trial opened": when, and what else happened then
        if (!WHEN_PREPOSITIONS.contains(doc.token(start).lower)) {
            return false;
        }
        for (int k = start + 1; k <= end && k <= start + TIME_PHRASE_WORDS; k++) {
            if (WHILE_WORDS.contains(doc.token(k).lower)) {
                return true;
            }
            if (!doc.token(k).isWord() && doc.token(k).kind != Token.Kind.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /** Where the reported clause starts after a verb of saying, or -1 when a direct quote follows. */
    private int complementStart(int i, int to, boolean tell) {
        if (i >= to) {
            return i;
        }
        if (i + 2 < to && doc.token(i).isPunct(',') && PARENTHETICALS.contains(doc.token(i + 1).lower)
                && doc.token(i + 2).isPunct(',')) {
            // "she warned, however, that X"
            i += 3;
        }
        // "said that X", "told reporters after the hearing that X", "told a radio station in San Isidro on Monday that X"
        for (int k = i; k < Math.min(to, i + 14); k++) {
            Token t = doc.token(k);
            int named = t.isPunct(',') && k > i ? pastApposedName(k + 1, to) : -1;
            if (named > 0 && named + 1 < to && doc.token(named).isPunct(',') && doc.token(named + 1).is("that")) {
                // "wrote in a letter to the court's president, Jane Roe, that X": the addressee's name in commas
                return named + 2;
            }
            int aside = t.isPunct(',') && k > i ? participleAsideEnd(k + 1, to) : -1;
            if (aside > 0 && aside + 1 < to && doc.token(aside + 1).is("that")) {
                // "wrote in a letter to the board, seen by this newspaper, that X": a participle's aside before the clause
                return aside + 2;
            }
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
            if (entities.at(i) == null && OBJECT_WORDS.contains(first.lower)) {
                // "told reporters X", "told the newspaper X": a pronoun or noun, or a determiner and its noun
                i++;
                if (i < to && DETERMINERS.contains(first.lower) && entities.at(i) == null) {
                    i++;
                }
            }
            // "told the Tarvo High Court X": a determiner and the name it opens
            i = pastName(i, to);
        }
        return i;
    }

    private boolean hasCommaBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (doc.token(k).isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    /** The comma closing an aside that opens with a past participle at i ("seen by Reuters,"), or -1. */
    private int participleAsideEnd(int i, int to) {
        Token first = i < to ? doc.token(i) : null;
        if (first == null || !first.isWord() || first.isCapitalised()
                || !(first.lower.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(first.lower))) {
            return -1;
        }
        for (int k = i + 1; k < to && k <= i + ASIDE_WORDS; k++) {
            if (doc.token(k).isPunct(',')) {
                return k;
            }
            if (!doc.token(k).isWord() && doc.token(k).kind != Token.Kind.POSSESSIVE) {
                return -1;
            }
        }
        return -1;
    }

    /** The token after a name (with its titles) that starts at i, or -1 when no name starts there. */
    private int pastApposedName(int i, int to) {
        int name = speakers.afterTitles(i, to - 1);
        return entities.at(name) != null ? pastName(name, to) : -1;
    }

    private int pastName(int i, int to) {
        Entities.Cluster c = i < to ? entities.at(i) : null;
        while (c != null && i < to && entities.at(i) == c) {
            i++;
        }
        return i;
    }

    /** "about 40 of", "over half of", "around a third of": a preposition that rounds a quantity, not one of place or time. */
    private boolean isApproximateQuantity(int i, int to) {
        if (!APPROXIMATORS.contains(doc.token(i).lower) || i + 1 >= to) {
            return false;
        }
        int k = doc.token(i + 1).is("a") || doc.token(i + 1).is("an") ? i + 2 : i + 1;
        return k < to && (doc.token(k).kind == Token.Kind.NUMBER || FRACTIONS.contains(doc.token(k).lower));
    }

    /** "said in a statement on Monday the plan …": the phrases between verb and clause are not content. */
    private int skipAdverbialPhrases(int i, int to) {
        for (int phrase = 0; phrase < 3 && i < to; phrase++) {
            Token t = doc.token(i);
            if (!(PREPOSITIONS.contains(t.lower) && !t.is("of")) && !(lex.functionWords.contains(t.lower) && t.isCapitalised())
                    || t.is("at") && i + 1 < to && (doc.token(i + 1).is("least") || doc.token(i + 1).is("most"))
                    || isApproximateQuantity(i, to)) {
                // "said at least two members knew", "said about a third of its members would close": a quantity
                // opens the clause, no phrase of place or time
                return i;
            }
            int k = i + 1;
            if (k < to && DETERMINERS.contains(doc.token(k).lower)) {
                k++;
            }
            Entities.Cluster named = entities.at(k);
            while (named != null && k < to && entities.at(k) == named) {
                // "testified against Jane Roe", "said in Paris": the name is the phrase's object
                k++;
                if (k + 1 < to && doc.token(k).kind == Token.Kind.POSSESSIVE && entities.at(k + 1) != null) {
                    // "in a filing with Chile's market regulator": a name owned by the name
                    named = entities.at(++k);
                }
            }
            if (named != null && k + 2 < to && doc.token(k).isPunct('(') && doc.token(k + 2).isPunct(')')) {
                // "with the Comisión para el Mercado Financiero (CMF)": the name's initials
                k += 3;
            }
            int words = 0;
            while (named == null && k < to && words < 4 && doc.token(k).isWord() && !PRONOUNS.contains(doc.token(k).lower)
                    && !DETERMINERS.contains(doc.token(k).lower) && !doc.token(k).is("that")
                    && !(words > 0 && PREPOSITIONS.contains(doc.token(k).lower))
                    && !(doc.token(k).isCapitalised() && !lex.functionWords.contains(doc.token(k).lower))) {
                // "in a filing with X": the next preposition opens a phrase of its own
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
        // "While the union waits for X, the board plans Y": the fronted clause ends at its comma
        // (an even number of commas before the cue means they only enclosed an appositive)
        // ("But the director said X, Y": a conjunction opening the sentence fronts no clause)
        boolean fronted = SUBORDINATORS.contains(doc.token(from).lower) && !doc.token(from).is("that")
                && !COORDINATORS.contains(doc.token(from).lower) && start - from <= MAX_CONTENT;
        if (fronted) {
            int commas = 0;
            for (int k = from + 1; k < start; k++) {
                if (doc.token(k).isPunct(',')) {
                    commas++;
                }
            }
            fronted = commas % 2 == 0;
        }
        for (int[] cue : cues) {
            int c = cue[0];
            if (c > start + MAX_CONTENT) {
                break;
            }
            if (c > verbEnd && c > start && c <= end) {
                Token before = doc.token(c - 1);
                Token before2 = c - 2 >= 0 ? doc.token(c - 2) : before;
                boolean coordinated = before.is("and") || before.is("but")
                        || (before2.is("and") || before2.is("but")) && (ADVERBS.contains(before.lower)
                                // "argues that X and is calling on Y": a second position, not the reported clause going on
                                || BE.contains(before.lower) && doc.token(c).lower.endsWith("ing"));
                if (coordinated) {
                    end = before.is("and") || before.is("but") ? c - 2 : c - 3;
                    break;
                }
                int comma = coordinatedSubjectStart(c, start);
                if (comma >= 0) {
                    // "said it would review the rules, and Environment Minister Ana Ruiz said …": a second speaker's clause
                    end = comma - 1;
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
            if (t.isPunct(',') && k + 2 <= end && DETERMINERS.contains(doc.token(k + 1).lower)
                    && StanceReferents.isClaim(doc.token(k + 2).lower)) {
                // "…, a claim the ministry rejected": a comment on what was said, not part of it
                return k - 1;
            }
            if (t.isPunct(',') && k > start + 1 && k + 1 <= end) {
                // "…, while urging the government to act": the participle after "while" is a position of its own
                int p = doc.token(k + 1).is("while") && k + 2 <= end && doc.token(k + 2).lower.endsWith("ing") ? k + 2 : k + 1;
                Token next = doc.token(p);
                boolean relative = next.is("who") || next.is("which");
                Lexicon.Verb nextVerb = verbAt(p, to);
                // a participle that is no verb of saying, or one that takes its own position ("…, accusing X of Y")
                // ("…, adding that Y" reports a statement of its own; "…, noting that Y" gives the reason for this one)
                // ("…, citing three meetings" gives this statement's grounds and stays in it)
                boolean participle = next.lower.endsWith("ing") && !EVIDENCE_PARTICIPLES.contains(next.lower) && (position && (nextVerb == null
                        || nextVerb.verbClass() == Lexicon.VerbClass.THAT && !(k + 2 <= end && doc.token(k + 2).is("that")))
                        || nextVerb != null && (nextVerb.verbClass() == Lexicon.VerbClass.POSITION || p == k + 2 || next.is("adding")));
                // "rejected the request, and in a statement, the ministry said": a new clause, not a second verb
                boolean newClause = position && (next.is("and") || next.is("but")) && k + 2 <= end
                        && !lex.verbsByFirstWord.containsKey(doc.token(k + 2).lower)
                        && !ADVERBS.contains(doc.token(k + 2).lower) && !doc.token(k + 2).lower.endsWith("ed")
                        && hasVerbAfter(k + 3, end, to);
                // "said it wants X, and it has urged lessors to …": a second subject with a verb of saying of its own
                boolean secondAct = (next.is("and") || next.is("but")) && k + 3 <= end && PRONOUNS.contains(doc.token(k + 2).lower)
                        && hasVerbOfSaying(k + 3, Math.min(end, k + 5), to);
                int relativeEnd = relative ? embeddedRelativeEnd(p, end) : -1;
                if (relativeEnd >= 0) {
                    // "that the programme, which is run by KfW, had become": the clause goes on after the aside
                    k = relativeEnd;
                    continue;
                }
                if (fronted || relative || participle || newClause || secondAct) {
                    return k - 1;
                }
            }
            if (position && (t.is("and") || t.is("but")) && k > start + 1 && k + 1 <= end
                    && (doc.token(k + 1).lower.endsWith("ed") || verbAt(k + 1, to) != null
                        || AUXILIARIES.contains(doc.token(k + 1).lower) && !hasVerbOfSaying(k + 2, Math.min(end, k + 4), to))) {
                // ("… and has kept ships there" is narration; "… and does not accept X" goes on with the position)
                // "flagged weaker rates but kept …", "accused X of Y and called …": a second verb phrase
                return k - 1;
            }
            if (k > start + 2 && t.is("following") && !doc.token(k - 1).isPunct(',') && !isProgressive(k)) {
                return k - 1;
            }
            int occasion = position && k > start + 1 ? occasionEnd(k, end) : -1;
            if (occasion >= 0) {
                // "defended the decision at a banking conference in Lisbon on Monday, hours before …": the
                // occasion closes the position, what follows is narration
                return occasion;
            }
            if (position && k > start + 2 && CLAUSE_OPENERS.contains(t.lower) && opensFiniteClause(k + 1, end)) {
                // "lodged a protest after two ships fired on a trawler": the circumstance is narration, not the position
                return k - 1;
            }
            if (k - start > MAX_CONTENT) {
                return k;
            }
        }
        return end;
    }

    /**
     * The closing comma of a relative clause from k that describes a word of the reported clause,
     * which then goes on with its own verb ("the programme, which is run by KfW, had become"), or -1.
     */
    private int embeddedRelativeEnd(int k, int end) {
        for (int m = k + 1; m < end && m - k <= MAX_ASIDE; m++) {
            Token t = doc.token(m);
            if (t.isTerminal() || t.isPunct(';') || t.quote >= 0) {
                return -1;
            }
            if (t.isPunct(',')) {
                return AUXILIARIES.contains(doc.token(m + 1).lower) || opensVerbPhrase(m + 1, end) ? m : -1;
            }
        }
        return -1;
    }

    /**
     * "broke the law", "failed to act", "merely brought Slovakia": a lower-case verb in a past form, or one that takes
     * an object, a name or an infinitive, after an adverb.
     */
    private boolean opensVerbPhrase(int k, int end) {
        if (k < end && doc.token(k).lower.endsWith("ly")) {
            // "the law, which took effect in January, merely brought"
            k++;
        }
        Token t = doc.token(k);
        if (k >= end || !t.isWord() || t.isCapitalised() || lex.functionWords.contains(t.lower) || t.lower.endsWith("ing")) {
            return false;
        }
        Token next = doc.token(k + 1);
        return t.lower.endsWith("ed") || DETERMINERS.contains(next.lower) || next.is("to") || next.isCapitalised();
    }

    /** "was following the case": the -ing form after a form of "be" is a verb, not a preposition. */
    private boolean isProgressive(int k) {
        int p = doc.isOpeningMark(k - 1) ? k - 2 : k - 1;
        return p >= 0 && BE.contains(doc.token(p).lower);
    }

    /** The last word of an occasion ("at a news conference", "during a visit", "on Thursday") starting at k, else -1. */
    private int occasionEnd(int k, int end) {
        Token t = doc.token(k);
        if (t.is("on") && k + 1 <= end && WEEKDAYS.contains(doc.token(k + 1).lower)) {
            return k + 1;
        }
        if (t.is("in") && k + 3 <= end && doc.token(k + 1).is("front") && doc.token(k + 2).is("of")) {
            // "defended the coach in front of the cameras after training": where it was said, not what
            for (int j = k + 3; j <= Math.min(end, k + 6); j++) {
                if (!doc.token(j).isWord()) {
                    return -1;
                }
                if (j + 1 > end || !doc.token(j + 1).isWord() || PREPOSITIONS.contains(doc.token(j + 1).lower)) {
                    return j;
                }
            }
            return -1;
        }
        if (!(t.is("at") || t.is("during") || t.is("in"))) {
            return -1;
        }
        for (int j = k + 1; j <= Math.min(end, k + 4); j++) {
            Token w = doc.token(j);
            if (!w.isWord()) {
                return -1;
            }
            if (OCCASIONS.contains(w.lower)) {
                return j + 1 > end || !doc.token(j + 1).is("of") && !doc.token(j + 1).is("on") ? j : -1;
            }
        }
        return -1;
    }

    /** The comma of ", and the minister said" / ", though it warned" before the cue at c: a subject of its own, else -1. */
    private int coordinatedSubjectStart(int c, int start) {
        int end = c - 1;
        if (doc.token(end).isPunct(',')) {
            // ", while the Climate Observatory, a network of groups, urged": an aside between subject and verb
            int open = end - 1;
            while (open > start && end - open < 15 && !doc.token(open).isPunct(',')) {
                open--;
            }
            end = doc.token(open).isPunct(',') ? open - 1 : end;
        }
        int k = end;
        while (k > start && end - k <= 8 && (doc.token(k).isCapitalised() || doc.token(k).kind == Token.Kind.POSSESSIVE
                || DETERMINERS.contains(doc.token(k).lower) && !doc.token(k).is("no") || lex.personRoles.contains(doc.token(k).lower))) {
            k--;
        }
        boolean named = k < end && entities.at(end) != null;
        if (k == end && PRONOUNS.contains(doc.token(k).lower)) {
            // "…, though it warned that": a pronoun subject of its own
            k--;
            named = true;
        }
        Token conjunction = doc.token(k);
        return named && k - 1 > start && (conjunction.is("and") || conjunction.is("but") || conjunction.is("though")
                || conjunction.is("although") || conjunction.is("while")) && doc.token(k - 1).isPunct(',') ? k - 1 : -1;
    }

    private boolean hasVerbOfSaying(int from, int last, int to) {
        for (int k = from; k <= last; k++) {
            if (verbAt(k, to) != null) {
                return true;
            }
        }
        return false;
    }

    /** A subject of a few words and then a past tense or an auxiliary: "after two ships fired", "when talks were". */
    private boolean opensFiniteClause(int from, int end) {
        if (from > end || !doc.token(from).isWord()) {
            return false;
        }
        for (int k = from + 1; k <= end && k < from + 7; k++) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                return false;
            }
            if (AUXILIARIES.contains(t.lower) || t.lower.endsWith("ed") && !t.isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of saying or an auxiliary follows soon: a clause, not the last item of a list. */
    private boolean hasVerbAfter(int from, int end, int to) {
        for (int k = from; k <= end && k < from + 12; k++) {
            Token t = doc.token(k);
            if (AUXILIARIES.contains(t.lower) || t.isWord() && !t.isCapitalised() && verbAt(k, to) != null) {
                return true;
            }
        }
        return false;
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
        return doc.longestAt(lex.verbsByFirstWord, i, to);
    }

    /** A plural described after its head ends at p: "People familiar with the talks", "sources close to the board". */
    private boolean describedPlural(int p, int from) {
        for (int k = p - 1; k > from && k >= p - 6; k--) {
            if (POSTMODIFIERS.contains(doc.token(k).lower)) {
                return Words.isPlural(doc.token(k - 1));
            }
        }
        return false;
    }

    /** A determiner at k, or before one or two lower-case modifiers ending at k: "a", "a broader". */
    private boolean determinedBefore(int k, int from) {
        for (int j = k; j >= from && j >= k - 2; j--) {
            Token t = doc.token(j);
            if (DETERMINERS.contains(t.lower)) {
                return true;
            }
            if (!t.isWord() || t.isCapitalised() || lex.functionWords.contains(t.lower) || lex.verbsByFirstWord.containsKey(t.lower)
                    || AUXILIARIES.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** Rejects nouns ("his claim"), infinitives, passives and gerunds after prepositions. */
    private boolean isVerbUse(int i, Lexicon.Verb verb, int from) {
        Token t = doc.token(i);
        if (t.isCapitalised() && i != from) {
            return false;
        }
        if (verb.words().length == 1 && NAMING.contains(t.lower) && !namesWithQuotedLabel(i)) {
            return false;
        }
        if (t.is("back") && i + 1 < doc.size() && PREPOSITIONS.contains(doc.token(i + 1).lower)) {
            // "sent the workers back to their posts": the adverb, not the verb of backing
            return false;
        }
        if (verb.words().length == 1 && t.lower.endsWith("s") && i + 1 < doc.size() && doc.token(i + 1).isWord()
                && !doc.token(i + 1).isCapitalised() && lex.orgHeads.contains(doc.token(i + 1).lower)) {
            // "Paris appeals court upholds …": a noun in a compound, not a verb
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
        // "her said" is the end of "officials travelling with her", no determiner
        boolean objectHer = prev.is("her") && (t.lower.endsWith("ed") || SAY.contains(t.lower) || t.is("told"));
        if (DETERMINERS.contains(prev.lower) && !objectHer || prev.kind == Token.Kind.POSSESSIVE || prev.is("to")
                && !t.lower.endsWith("ed")) {
            return false;
        }
        boolean bare = (!t.lower.endsWith("s") || t.lower.endsWith("ss")) && !t.lower.endsWith("d") && !t.lower.endsWith("ing");
        int run = p;
        while (run > from && doc.token(run - 1).isCapitalised() && !DETERMINERS.contains(doc.token(run - 1).lower)) {
            // ("The DOJ": a sentence's capitalised determiner is no part of the name)
            run--;
        }
        // an acronym after a determiner takes no verb in the plain form: "The DOJ press release stated"
        boolean modifier = entities.at(p) == null || entities.at(p).type == EntityType.LOCATION || prev.isAllCaps();
        if (bare && modifier && prev.isCapitalised() && determinedBefore(run - 1, from)) {
            // "a broader U.S. campaign against": a noun after its modifiers, not a verb in the present
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
            if (prev.isPunct(',') || BE.contains(prev.lower) || prev.is("while") && p > from && doc.token(p - 1).isPunct(',')) {
                return true;
            }
            if (prev.is("and") && verb.verbClass() != Lexicon.VerbClass.POSITION && participleOfSayingBefore(p, from)) {
                // "went further, accusing the president of lying and saying the country would not bow" (not "rejected the
                // offer, calling it cheap and saying …", one statement, nor "accusing … and demanding a recount")
                return true;
            }
            // "a report revealing that", "with his cabinet colleague X warning that"
            for (int k = i - 1; k >= Math.max(from, i - PARTICIPLE_SUBJECT_WORDS); k--) {
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
                || PRONOUNS.contains(prev.lower) || OBJECT_PRONOUNS.contains(prev.lower) || COLLECTIVES.contains(prev.lower)
                || INDEFINITE_PEOPLE.contains(prev.lower)
                || describedPlural(p, from) || prev.is("and") || prev.is("but") || prev.is("who")
                || prev.is("that") || prev.is("which") || prev.isPunct(',') || prev.isPunct(')') || entities.at(p) != null
                || lex.personRoles.contains(prev.lower) || lex.documentNouns.contains(prev.lower)
                || lex.governmentNouns.contains(prev.lower) || lex.orgHeads.contains(prev.lower) || lex.orgNouns.contains(prev.lower)
                || prev.is("to") || prev.is("also") || prev.kind == Token.Kind.WORD && pastParticiple
                && !PREPOSITIONS.contains(prev.lower)
                // "A foundation that has fought the searches since 2021 hailed the ruling"
                || prev.kind == Token.Kind.NUMBER && speakers.endsRestrictiveRelative(p, from);
    }

    /**
     * Whether a verb of saying in its -ing form opens a phrase after a comma before k in the clause, and is the
     * clause's first verb of saying.
     */
    private boolean participleOfSayingBefore(int k, int from) {
        for (int j = k - 1; j > from && j > k - PARTICIPLE_PHRASE_WORDS; j--) {
            Token t = doc.token(j);
            if (t.isPunct(';')) {
                return false;
            }
            if (t.lower.endsWith("ing") && t.isWord() && doc.token(j - 1).isPunct(',') && verbAt(j, k) != null) {
                for (int m = j - 1; m >= from && m > j - PARTICIPLE_PHRASE_WORDS; m--) {
                    if (doc.token(m).isPunct(';')) {
                        break;
                    }
                    Lexicon.Verb earlier = verbAt(m, j);
                    if (earlier != null && isVerbUse(m, earlier, from)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    // ---- subjects
}
