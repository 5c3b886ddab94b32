package io.newswire.engine.rules;

/** A token of the story at [start, end) of the raw text. */
final class Token {

    enum Kind { WORD, NUMBER, POSSESSIVE, QUOTE, SINGLE_QUOTE, PUNCT }

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
    int sentence = -1;

    Token(int start, int end, String text, Kind kind, int paragraph) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        this.kind = kind;
        this.paragraph = paragraph;
        this.punct = kind == Kind.PUNCT && text.length() == 1 ? text.charAt(0) : 0;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
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
