package io.newswire.engine.rules;

import java.util.Set;

/** A token of the story at [start, end) of the raw text. */
final class Token {

    enum Kind { WORD, NUMBER, POSSESSIVE, QUOTE, SINGLE_QUOTE, PUNCT }

    private static final int MAX_LOWER_PREFIX = 2;
    private static final Set<String> ARTICLE_PREFIXES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul");

    final int start;
    final int end;
    final String text;
    /** Lower case with straight apostrophes. */
    final String lower;
    final Kind kind;
    final int paragraph;
    /** Index of the quote span this token lies inside (marks excluded), or -1. */
    int quote = -1;
    /** The character of a one-char punctuation token, else 0. */
    private final char punct;
    private final boolean capitalised;
    int sentence = -1;

    Token(int start, int end, String text, Kind kind, int paragraph) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        this.kind = kind;
        this.paragraph = paragraph;
        this.punct = kind == Kind.PUNCT && text.length() == 1 ? text.charAt(0) : 0;
        // asked for every token many times over: worked out once
        this.capitalised = kind == Kind.WORD && (Character.isUpperCase(text.codePointAt(0)) || hasArticlePrefix(text)
                || hasLowerCasePrefix(text));
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isCapitalised() {
        return capitalised;
    }

    /** "al-Ruwaishidi", "el-Sayed", "ash-Shami": an Arabic article before a capitalised name, part of the name. */
    private static boolean hasArticlePrefix(String text) {
        int dash = text.indexOf('-');
        return dash >= 2 && dash <= 3 && dash + 1 < text.length() && Character.isUpperCase(text.codePointAt(dash + 1))
                && ARTICLE_PREFIXES.contains(text.substring(0, dash));
    }

    /**
     * "uMngcwabe", "eThekwini", "Mac an tSaoir", "bhFear": a name whose grammar puts a prefix in lower case
     * before its capital.
     */
    private static boolean hasLowerCasePrefix(String text) {
        int prefix = 0;
        while (prefix < text.length() && prefix <= MAX_LOWER_PREFIX && Character.isLowerCase(text.charAt(prefix))) {
            prefix++;
        }
        return prefix > 0 && prefix <= MAX_LOWER_PREFIX && prefix + 1 < text.length() && Character.isUpperCase(text.charAt(prefix))
                && Character.isLowerCase(text.charAt(prefix + 1));
    }

    boolean isAllCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isPunct(char c) {
        return punct == c;
    }

    boolean isTerminal() {
        return punct == '.' || punct == '?' || punct == '!' || punct == '\u2026';
    }

    @Override
    public String toString() {
        return text;
    }
}
