package io.newswire.engine.rules;

import java.util.List;

/** A linear, rule-based tokenizer that keeps raw offsets. */
final class Tokenizer {

    private Tokenizer() {
    }

    static void tokenize(String raw, int from, int to, int paragraph, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = raw.charAt(i);
            if (Texts.isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(raw, i, to, paragraph, out);
            } else if (Texts.isDoubleQuote(c)) {
                out.add(new Token(i, i + 1, raw.substring(i, i + 1), Token.Kind.QUOTE, paragraph));
                i++;
            } else if (Texts.isSingleQuote(c)) {
                out.add(new Token(i, i + 1, raw.substring(i, i + 1), Token.Kind.SINGLE_QUOTE, paragraph));
                i++;
            } else {
                int len = Character.charCount(raw.codePointAt(i));
                out.add(new Token(i, i + len, raw.substring(i, i + len), Token.Kind.PUNCT, paragraph));
                i += len;
            }
        }
    }

    /** A word runs on over an apostrophe, and over a turned comma written for the ayin: "Muzari‘i", "Shi‘a". */
    private static int word(String raw, int start, int to, int paragraph, List<Token> out) {
        int i = start;
        boolean digitsOnly = true;
        while (i < to) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                digitsOnly &= Character.isDigit(c);
                i++;
            } else if ((c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '&' || c == ',' || c == '\u2011')
                    && i + 1 < to && Character.isLetterOrDigit(raw.charAt(i + 1))) {
                if (c == ',' && !(digitsOnly && Character.isDigit(raw.charAt(i + 1)))) {
                    break;
                }
                if ((c == '\'' || c == '\u2019') && isPossessiveS(raw, i + 1, to)) {
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        // dotted initials keep their final period: "U.S.", "D.C."
        if (i < to && raw.charAt(i) == '.' && isDottedInitials(raw, start, i)) {
            i++;
        }
        Token.Kind kind = digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD;
        out.add(new Token(start, i, raw.substring(start, i), kind, paragraph));
        if (i + 1 < to && (raw.charAt(i) == '\'' || raw.charAt(i) == '\u2019') && isPossessiveS(raw, i + 1, to)) {
            out.add(new Token(i, i + 2, raw.substring(i, i + 2), Token.Kind.POSSESSIVE, paragraph));
            return i + 2;
        }
        return i;
    }

    private static boolean isPossessiveS(String raw, int i, int to) {
        return i < to && (raw.charAt(i) == 's' || raw.charAt(i) == 'S')
                && (i + 1 >= to || !Character.isLetterOrDigit(raw.charAt(i + 1)));
    }

    private static boolean isDottedInitials(String raw, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = raw.charAt(k);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (end - start) % 2 == 1;
    }
}
