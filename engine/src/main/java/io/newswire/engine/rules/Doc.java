package io.newswire.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** The story of one article as tokens, paragraphs, quotes and sentences. */
final class Doc {

    final String raw;
    final Layout layout;
    final List<Token> tokens = new ArrayList<>();
    /** Token index where each paragraph starts, plus the end. */
    final int[] paragraphStarts;
    final List<Quote> quotes;
    /** Token index where each sentence starts, plus the end. */
    final int[] sentenceStarts;

    Doc(String raw) {
        this.raw = raw;
        this.layout = Layout.of(raw);
        List<Layout.Line> paragraphs = layout.paragraphs;
        paragraphStarts = new int[paragraphs.size() + 1];
        for (int p = 0; p < paragraphs.size(); p++) {
            paragraphStarts[p] = tokens.size();
            Layout.Line line = paragraphs.get(p);
            Tokenizer.tokenize(raw, line.start(), line.end(), p, tokens);
        }
        paragraphStarts[paragraphs.size()] = tokens.size();
        quotes = QuoteScanner.scan(raw, tokens, paragraphStarts);
        sentenceStarts = splitSentences();
    }

    /** Words of a dateline before its dash: "SAO PAULO, Brazil, Oct 2". */
    private static final int DATELINE_WORDS = 8;

    /**
     * Where the words from token {@code from} start after a dateline closed by a dash: capitalised
     * words, names, numbers, commas and periods ("MANILA, Philippines —", "SAN-PÉDRO, Côte
     * d'Ivoire -", "SAO PAULO, Oct 2 -"); else from.
     */
    int afterDateline(int from, int end, IntPredicate isName) {
        for (int k = from; k < end && k < from + DATELINE_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.isPunct('\u2014') || t.isPunct('\u2013') || t.isPunct('-')) {
                return k > from ? k + 1 : from;
            }
            if (t.isPunct(':') && k > from && allCaps(from, k)) {
                // "CHENNAI: The federation on Monday suspended": a dateline in capitals before a colon
                return k + 1;
            }
            if (!(t.isCapitalised() || isName.test(k) || t.isPunct(',') || t.isPunct('.') || t.kind == Token.Kind.NUMBER)) {
                return from;
            }
        }
        return from;
    }

    private boolean allCaps(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!tokens.get(k).isAllCaps() && !tokens.get(k).isPunct(',')) {
                return false;
            }
        }
        return true;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** Whether the lower-case words of a multi-word entry follow from token k, ending before limit. */
    boolean wordsAt(int k, String[] words, int limit) {
        if (k + words.length > limit) {
            return false;
        }
        for (int w = 1; w < words.length; w++) {
            if (!tokens.get(k + w).lower.equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    /** The longest entry, by first word, whose words start at word token k and end before limit, or null. */
    <P extends Lexicon.Phrase> P longestAt(Map<String, List<P>> byFirstWord, int k, int limit) {
        Token t = tokens.get(k);
        List<P> entries = t.isWord() ? byFirstWord.get(t.lower) : null;
        if (entries == null) {
            return null;
        }
        P best = null;
        for (P entry : entries) {
            if (wordsAt(k, entry.words(), limit) && (best == null || entry.words().length > best.words().length)) {
                best = entry;
            }
        }
        return best;
    }

    /** The period of "Dr.", "Mr.", "Gen.": not the end of anything. */
    boolean isAbbreviationPeriod(int k) {
        Token t = tokens.get(k);
        if (!t.isPunct('.') || k == 0) {
            return false;
        }
        Token prev = tokens.get(k - 1);
        return prev.end == t.start && Lexicon.get().abbreviations.contains(prev.lower);
    }

    int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    int sentenceEnd(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    boolean isOpeningMark(int i) {
        Token t = tokens.get(i);
        return (t.kind == Token.Kind.QUOTE || t.kind == Token.Kind.SINGLE_QUOTE)
                && i + 1 < tokens.size() && tokens.get(i + 1).quote >= 0 && quotes.get(tokens.get(i + 1).quote).open == i;
    }

    boolean isClosingMark(int i) {
        Token t = tokens.get(i);
        return (t.kind == Token.Kind.QUOTE || t.kind == Token.Kind.SINGLE_QUOTE)
                && i > 0 && tokens.get(i - 1).quote >= 0 && quotes.get(tokens.get(i - 1).quote).close == i;
    }

    private int[] splitSentences() {
        Lexicon lex = Lexicon.get();
        List<Integer> starts = new ArrayList<>();
        int n = tokens.size();
        for (int p = 0; p + 1 < paragraphStarts.length; p++) {
            int from = paragraphStarts[p];
            int to = paragraphStarts[p + 1];
            if (from == to) {
                continue;
            }
            starts.add(from);
            for (int i = from; i < to - 1; i++) {
                if (endsSentenceAfter(i, to, lex)) {
                    starts.add(i + 1);
                }
            }
        }
        starts.add(n);
        int[] out = new int[starts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = starts.get(k);
        }
        for (int s = 0; s + 1 < out.length; s++) {
            for (int i = out[s]; i < out[s + 1]; i++) {
                tokens.get(i).sentence = s;
            }
        }
        return out;
    }

    private boolean endsSentenceAfter(int i, int to, Lexicon lex) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        boolean nextStarts = next.isCapitalised() || next.kind == Token.Kind.NUMBER || isOpeningMark(i + 1);
        if (!nextStarts) {
            return false;
        }
        if (t.isTerminal() && t.quote < 0) {
            if (t.text.equals(".") && i > 0) {
                Token prev = tokens.get(i - 1);
                boolean attached = prev.end == t.start;
                if (attached && (lex.abbreviations.contains(prev.lower)
                        || (prev.text.length() == 1 && Character.isUpperCase(prev.text.charAt(0))))) {
                    return false;
                }
            }
            return true;
        }
        if (isClosingMark(i) && i > 0 && tokens.get(i - 1).isTerminal()) {
            return true;
        }
        // "moved to the U.K. They said" : dotted initials end a sentence before a function word
        return t.isWord() && t.text.endsWith(".") && t.quote < 0
                && ((isOpeningMark(i + 1) && i + 2 < tokens.size() && tokens.get(i + 2).isCapitalised())
                    || (next.isCapitalised() && lex.functionWords.contains(next.lower)));
    }
}
