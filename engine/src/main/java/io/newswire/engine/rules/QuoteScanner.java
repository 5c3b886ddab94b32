package io.newswire.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in one left-to-right pass. Direction comes from the neighbouring
 * characters rather than the glyph, because straight marks have none and wire copy often has
 * the wrong curly one ({@code the end.”Next}); a mark that can only open while a quote is open
 * closes the unbalanced one first, so a missing mark costs one quote, not the rest of the text.
 * Single marks count as quotes only in paragraphs without double marks (British style).
 */
final class QuoteScanner {

    private QuoteScanner() {
    }

    static List<Quote> scan(String raw, List<Token> tokens, int[] paragraphStarts) {
        List<Quote> quotes = new ArrayList<>();
        int paragraphs = paragraphStarts.length - 1;
        for (int p = 0; p < paragraphs; p++) {
            int from = paragraphStarts[p];
            int to = paragraphStarts[p + 1];
            boolean hasDouble = false;
            for (int i = from; i < to; i++) {
                if (tokens.get(i).kind == Token.Kind.QUOTE) {
                    hasDouble = true;
                    break;
                }
            }
            Token.Kind markKind = hasDouble ? Token.Kind.QUOTE : Token.Kind.SINGLE_QUOTE;
            int openAt = -1;
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.kind != markKind) {
                    continue;
                }
                boolean spaceBefore = t.start == 0 || Texts.isSpace(raw.charAt(t.start - 1)) || i == from
                        || isOpenBracket(raw.charAt(t.start - 1));
                boolean spaceAfter = t.end >= raw.length() || Texts.isSpace(raw.charAt(t.end)) || i == to - 1
                        || isClosingPunct(raw.charAt(t.end));
                if (openAt < 0) {
                    boolean opens = markKind == Token.Kind.QUOTE
                            ? !spaceAfter
                            : spaceBefore && !spaceAfter && Character.isLetterOrDigit(raw.charAt(t.end));
                    if (opens) {
                        openAt = i;
                    }
                } else {
                    boolean closes = !spaceBefore || (spaceAfter && markKind == Token.Kind.QUOTE);
                    if (markKind == Token.Kind.SINGLE_QUOTE) {
                        closes = !spaceBefore && (spaceAfter || !Character.isLetterOrDigit(raw.charAt(t.end)));
                    }
                    if (closes) {
                        add(quotes, openAt, i, p);
                        openAt = -1;
                    } else if (spaceBefore && !spaceAfter && markKind == Token.Kind.QUOTE) {
                        add(quotes, openAt, -1, p, i - 1);
                        openAt = i;
                    }
                }
            }
            if (openAt >= 0) {
                add(quotes, openAt, -1, p, to - 1);
            }
        }
        // a paragraph that opens with a mark continues a quote the previous paragraph left open
        for (int q = 1; q < quotes.size(); q++) {
            Quote prev = quotes.get(q - 1);
            Quote cur = quotes.get(q);
            if (prev.close < 0 && cur.paragraph == prev.paragraph + 1 && cur.open == paragraphStarts[cur.paragraph]) {
                cur.continues = q - 1;
            }
        }
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            for (int i = quote.first; i <= quote.last; i++) {
                tokens.get(i).quote = q;
            }
        }
        return quotes;
    }

    private static void add(List<Quote> quotes, int open, int close, int paragraph) {
        add(quotes, open, close, paragraph, close - 1);
    }

    private static void add(List<Quote> quotes, int open, int close, int paragraph, int last) {
        if (last > open) {
            quotes.add(new Quote(open, close, open + 1, last, paragraph));
        }
    }

    private static boolean isOpenBracket(char c) {
        return c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/';
    }

    private static boolean isClosingPunct(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')' || c == ']'
                || c == '\u2026' || c == '\u2014' || c == '\u2013';
    }
}
