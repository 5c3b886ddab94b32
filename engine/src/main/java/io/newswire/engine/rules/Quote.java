package io.newswire.engine.rules;

/**
 * A span in quotation marks. {@code open} and {@code close} are token indexes of the marks;
 * {@code close} is -1 when the paragraph ended first (a quote running on into the next one).
 * The words are tokens (open, close) exclusive, i.e. [first, last].
 */
final class Quote {

    final int open;
    final int close;
    final int first;
    final int last;
    final int paragraph;
    /** The quote this one continues (previous paragraph ended inside it), or -1. */
    int continues = -1;

    Quote(int open, int close, int first, int last, int paragraph) {
        this.open = open;
        this.close = close;
        this.first = first;
        this.last = last;
        this.paragraph = paragraph;
    }

    int words() {
        return last - first + 1;
    }
}
