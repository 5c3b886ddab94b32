package io.newswire.engine.rules;

import java.text.Normalizer;
import java.util.Locale;

/** Character classes and folding shared by the rules. */
final class Texts {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /** Whitespace including the non-breaking and narrow spaces that wire copy carries. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    /** The text with every kind of space as a plain space. */
    static String normalizeSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(isSpace(c) ? ' ' : c);
        }
        return sb.toString();
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u201F' || c == '\u2033';
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u2039' || c == '\u203A';
    }

    /** Lower case, accents removed, curly apostrophes straightened: for comparing names. */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    static int countNonAscii(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                n++;
            }
        }
        return n;
    }
}
